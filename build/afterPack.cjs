// electron-builder afterPack hook: give the packaged app a better-sqlite3 binary built for
// its Electron version and platform, leaving the project's node_modules (Node ABI) alone,
// then flip Electron's fuses (build/fuses.cjs) before the app is signed.
const { copyFileSync, existsSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const flipParleyFuses = require('./fuses.cjs').default;

const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

exports.default = async function afterPack(context) {
  const { ensureElectronSqlite } = await import('../scripts/electron-sqlite.mjs');
  const platform = context.electronPlatformName;
  const arch = ARCH_NAMES[context.arch] ?? process.arch;
  const binding = ensureElectronSqlite({
    electronVersion: context.packager.config.electronVersion ?? require('electron/package.json').version,
    platform,
    arch,
  });
  const resources =
    platform === 'darwin'
      ? join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`, 'Contents', 'Resources')
      : join(context.appOutDir, 'resources');
  // The app applies migrations from resources/migrations at start-up (extraResources in
  // electron-builder.yml); a package without them could never open its database.
  if (!existsSync(join(resources, 'migrations', 'meta', '_journal.json'))) {
    throw new Error(
      `afterPack: ${join(resources, 'migrations')} is missing; check extraResources in electron-builder.yml`,
    );
  }
  const target = join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release');
  mkdirSync(target, { recursive: true });
  copyFileSync(binding, join(target, 'better_sqlite3.node'));
  await flipParleyFuses(context);
};
