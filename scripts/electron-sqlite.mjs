// better-sqlite3 is a native module: node_modules keeps the build for Node's ABI (tests),
// and this keeps a second build for Electron's ABI in .cache/, so `npm test` and
// `npm start` both work in one checkout, in either order, with no manual rebuild.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** Returns the path of a better_sqlite3.node built for this Electron version, fetching or building it once. */
export function ensureElectronSqlite({ electronVersion, platform = process.platform, arch = process.arch }) {
  // PARLEY_ELECTRON_SQLITE_CACHE lets the afterPack tests use a cache of their own.
  const cache = process.env.PARLEY_ELECTRON_SQLITE_CACHE || join(ROOT, '.cache', 'electron-sqlite');
  const target = join(cache, `${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
  if (existsSync(target)) return target;

  // Work on a copy of the package so node_modules/better-sqlite3 keeps its Node build.
  const work = mkdtempSync(join(tmpdir(), 'parley-electron-sqlite-'));
  try {
    cpSync(join(ROOT, 'node_modules', 'better-sqlite3'), work, { recursive: true });
    rmSync(join(work, 'build'), { recursive: true, force: true });
    const common = { cwd: work, stdio: 'inherit' };
    const prebuilt = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'prebuild-install', 'bin.js'),
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--platform=${platform}`,
        `--arch=${arch}`,
      ],
      common,
    );
    if (prebuilt.status !== 0) {
      console.log(
        'Parley: no prebuilt SQLite binary for Electron could be downloaded; compiling it (a minute or two)…',
      );
      const built = spawnSync(
        process.execPath,
        [
          join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
          'rebuild',
          '--release',
          `--target=${electronVersion}`,
          `--arch=${arch}`,
          '--dist-url=https://electronjs.org/headers',
        ],
        common,
      );
      if (built.status !== 0) throw new Error('could not build better-sqlite3 for Electron (see the output above)');
    }
    mkdirSync(join(target, '..'), { recursive: true });
    copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
