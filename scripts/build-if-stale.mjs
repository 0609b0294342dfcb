import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = ['core', 'db', 'api', 'web', 'electron', 'renderer', 'package.json', 'electron.vite.config.ts'];
const OUTPUTS = ['out/main/index.js', 'out/main/web.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds with electron-vite when any output is missing or older than a source file. */
export function buildIfStale() {
  const outputs = OUTPUTS.map((file) => join(ROOT, file));
  const stale =
    outputs.some((file) => !existsSync(file)) ||
    Math.min(...outputs.map((file) => statSync(file).mtimeMs)) <
      Math.max(...SOURCES.map((source) => newestMtime(join(ROOT, source))));
  if (!stale) return;
  console.log('Parley: building the app…');
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (result.status !== 0) {
    console.error('Parley: the build failed (see above).');
    process.exit(result.status ?? 1);
  }
}
