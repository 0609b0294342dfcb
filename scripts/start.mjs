// `npm start`: the desktop app when Electron's runtime is installed, browser mode otherwise.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildIfStale, ROOT } from './build-if-stale.mjs';
import { ensureElectronSqlite } from './electron-sqlite.mjs';

const require = createRequire(import.meta.url);

/**
 * The Electron binary's path, or the reason it cannot be used. Since Electron 41 the npm
 * package has no install step: `require('electron')` downloads the runtime the first time.
 * With ELECTRON_SKIP_BINARY_DOWNLOAD set we do not even try (a blocked network would only
 * add a failed download to every start).
 */
function findElectron() {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile) && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return { reason: 'its runtime was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set)' };
  }
  try {
    const binary = require('electron');
    if (typeof binary === 'string' && existsSync(binary)) return { binary };
    return { reason: 'its binary is missing' };
  } catch {
    return { reason: 'its runtime could not be downloaded (the download is blocked, or this machine is offline)' };
  }
}

const electron = findElectron();
if (!electron.binary) {
  console.log(`Parley: the Electron runtime is not installed — ${electron.reason}.`);
  console.log('Parley: starting in browser mode instead; open the address below in your browser.');
  await import('./web.mjs');
} else {
  buildIfStale();
  const electronVersion = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  const binding = ensureElectronSqlite({ electronVersion });
  const app = spawn(electron.binary, [ROOT], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PARLEY_SQLITE_BINDING: binding },
  });
  app.on('exit', (code) => process.exit(code ?? 0));
}
