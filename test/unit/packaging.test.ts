import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * Packaging, checked without Electron's binary: electron-builder's own configuration
 * loader and schema validation on build/electron-builder.yml, and the afterPack hook run
 * on a fake packaged app (the fuse flip is @electron/fuses' real code on a stand-in binary
 * that carries only Electron's fuse wire).
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');
const { FuseV1Options, getCurrentFuseWire } = require('@electron/fuses');
const { FuseState, SENTINEL } = require('@electron/fuses/dist/constants');
const afterPack = require('../../build/afterPack.cjs').default;
const { PARLEY_FUSES } = require('../../build/fuses.cjs');
const ELECTRON_VERSION: string = require('electron/package.json').version;

const loadConfig = () => getConfig(ROOT, join(ROOT, 'build', 'electron-builder.yml'), null);

// Loading electron-builder's schema takes a few seconds on a busy machine.
describe('build/electron-builder.yml', { timeout: 60_000 }, () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is rejected by that validation when it holds an unknown option (the check is real)', async () => {
    const config = { ...(await loadConfig()), afterPak: 'build/afterPack.cjs' };
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/afterPak/);
  });

  it('keeps what the app relies on', async () => {
    const config = await loadConfig();
    expect(config.afterPack).toBe('build/afterPack.cjs');
    // node_modules keeps its Node build of better-sqlite3 (tests); afterPack supplies Electron's.
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.extraResources).toContainEqual({ from: 'db/migrations', to: 'migrations' });
    expect(
      config.files.flatMap((entry: string | { filter: string[] }) =>
        typeof entry === 'string' ? [entry] : entry.filter,
      ),
    ).toContain('out/**');
    // Fuses are flipped once, by afterPack (build/fuses.cjs).
    expect(config.electronFuses).toBeUndefined();
    expect(config.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'parley.json' }));
  });
});

describe('build/afterPack.cjs on a fake packaged app', { timeout: 60_000 }, () => {
  let work: string;
  let previousCache: string | undefined;
  const ELECTRON_SQLITE = Buffer.from('better_sqlite3.node built for Electron ABI (stand-in bytes)');

  /** Electron's fuse wire as in a real binary: sentinel, version 1, length, one byte per fuse. */
  const fakeElectronBinary = () =>
    Buffer.concat([
      Buffer.from('\u007fELF…electron main binary…'),
      Buffer.from(SENTINEL),
      Buffer.from([1, 8]),
      // Each fuse starts opposite to what Parley wants, except the one Parley leaves alone (index 6).
      Buffer.from('10110011'),
      Buffer.from('…rest of the binary…'),
    ]);

  function fakeApp(platform: 'linux' | 'win32', withMigrations = true) {
    const appOutDir = join(work, `${platform}-unpacked`);
    const resources = join(appOutDir, 'resources');
    mkdirSync(resources, { recursive: true });
    if (withMigrations) cpSync(join(ROOT, 'db', 'migrations'), join(resources, 'migrations'), { recursive: true });
    const binary = join(appOutDir, platform === 'win32' ? 'Parley.exe' : 'parley');
    writeFileSync(binary, fakeElectronBinary());
    const context = {
      appOutDir,
      electronPlatformName: platform,
      arch: 1, // x64
      packager: { appInfo: { productFilename: 'Parley' }, executableName: 'parley', config: {} },
    };
    return { context, resources, binary };
  }

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'parley-afterpack-'));
    previousCache = process.env.PARLEY_ELECTRON_SQLITE_CACHE;
    process.env.PARLEY_ELECTRON_SQLITE_CACHE = join(work, 'cache');
    // The Electron build of SQLite, as scripts/electron-sqlite.mjs caches it per version/platform/arch.
    for (const platform of ['linux', 'win32']) {
      const dir = join(work, 'cache', `${ELECTRON_VERSION}-${platform}-x64`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'better_sqlite3.node'), ELECTRON_SQLITE);
    }
  });
  afterEach(() => {
    if (previousCache === undefined) delete process.env.PARLEY_ELECTRON_SQLITE_CACHE;
    else process.env.PARLEY_ELECTRON_SQLITE_CACHE = previousCache;
    rmSync(work, { recursive: true, force: true });
  });

  for (const platform of ['linux', 'win32'] as const) {
    it(`${platform}: copies the Electron-ABI SQLite into app.asar.unpacked and flips the fuses`, async () => {
      const { context, resources, binary } = fakeApp(platform);
      await afterPack(context);

      const copied = join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release');
      expect(readFileSync(join(copied, 'better_sqlite3.node'))).toEqual(ELECTRON_SQLITE);
      // Migrations stay outside the asar, where the app reads them at start-up.
      expect(readFileSync(join(resources, 'migrations', 'meta', '_journal.json'), 'utf8')).toBe(
        readFileSync(join(ROOT, 'db', 'migrations', 'meta', '_journal.json'), 'utf8'),
      );

      const wire = await getCurrentFuseWire(binary);
      for (const [name, enabled] of Object.entries(PARLEY_FUSES)) {
        expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(
          enabled ? FuseState.ENABLE : FuseState.DISABLE,
        );
      }
      // A fuse Parley does not set keeps what the binary had.
      expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.ENABLE);
    });
  }

  it('refuses a package whose migrations were left out', async () => {
    const { context } = fakeApp('linux', false);
    await expect(afterPack(context)).rejects.toThrow(/migrations is missing/);
  });

  it('sets every fuse the flipping library knows except the V8 snapshot one', () => {
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(PARLEY_FUSES).sort()).toEqual(
      known.filter((k) => k !== 'LoadBrowserProcessSpecificV8Snapshot').sort(),
    );
  });
});
