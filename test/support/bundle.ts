import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Bundles a child-process script with the real repository code into one .mjs, so each
 * child then starts plain node in ~100 ms. Written inside the project (git-ignored
 * .cache/) so the bundle resolves better-sqlite3 from node_modules.
 */
export async function bundleScript(entry: string, name: string): Promise<{ file: string; remove: () => void }> {
  const folder = join(PROJECT_ROOT, '.cache', 'children');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return { file, remove: () => rmSync(file, { force: true }) };
}
