import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Lockfile, missingOptionalPackages, platformFamilies } from '../support/lockfile';

const ROOT = resolve(import.meta.dirname, '..', '..');
const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;

describe('package-lock.json installs on every platform (npm ci)', () => {
  it('contains every optional dependency it names (all platforms’ builds)', () => {
    // Fix: `npm run lockfile` (regenerates it from scratch, see README).
    expect(missingOptionalPackages(lock)).toEqual([]);
  });

  it('carries Linux, macOS and Windows builds for the packages that ship native binaries', () => {
    const families = platformFamilies(lock);
    // The toolchain's native parts: the linter, the bundlers.
    for (const dependent of ['node_modules/@biomejs/biome', 'node_modules/rollup', 'node_modules/esbuild']) {
      expect(families.get(dependent), dependent).toEqual(expect.arrayContaining(['darwin', 'linux', 'win32']));
    }
  });

  it('notices a lockfile written for this machine only', () => {
    const packages = { ...lock.packages };
    const dropped = Object.keys(packages).filter((key) => /^node_modules\/@rollup\/rollup-darwin-/.test(key));
    expect(dropped.length).toBeGreaterThan(0);
    for (const key of dropped) delete packages[key];
    expect(missingOptionalPackages({ packages })).toEqual(
      dropped.map((key) => `node_modules/rollup → ${key.replace('node_modules/', '')}`),
    );
  });
});
