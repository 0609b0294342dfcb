// `npm run lockfile`: rebuild package-lock.json from package.json alone.
// npm writes only this machine's optional packages after incremental installs, and `npm ci`
// on another platform then refuses the lockfile. A lockfile resolved from scratch lists
// every platform's builds (@biomejs/cli-*, @rollup/rollup-*, @esbuild/*, …);
// test/unit/lockfile.test.ts fails when one is missing.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
rmSync(join(root, 'package-lock.json'), { force: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['install', '--package-lock-only', '--no-audit', '--no-fund'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
});
process.exit(run.status ?? 1);
