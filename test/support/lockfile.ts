// Finds optional dependencies that package-lock.json names but does not contain.
// npm lists every platform's build of a package like @biomejs/biome (its
// @biomejs/cli-<os>-<cpu> optional dependencies) when it resolves from scratch; after
// incremental installs it can write only this machine's, and `npm ci` elsewhere then fails.

export interface LockEntry {
  version?: string;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}
export interface Lockfile {
  packages?: Record<string, LockEntry>;
}

/** Where Node would find `name` when required from the package at `from` (a lockfile key). */
function resolveInLock(packages: Record<string, LockEntry>, from: string, name: string): string | null {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (dir === '') return null;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

/** Every optional dependency, of every locked package, that the lockfile lacks. */
export function missingOptionalPackages(lock: Lockfile): string[] {
  const packages = lock.packages ?? {};
  const missing: string[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolveInLock(packages, key, name)) missing.push(`${key || '(root)'} → ${name}`);
    }
  }
  return missing;
}

/** Packages that ship per-platform builds as optional dependencies, with those builds' os lists. */
export function platformFamilies(lock: Lockfile): Map<string, string[]> {
  const packages = lock.packages ?? {};
  const families = new Map<string, string[]>();
  for (const [key, entry] of Object.entries(packages)) {
    const oses = Object.keys(entry.optionalDependencies ?? {}).flatMap((name) => {
      const found = resolveInLock(packages, key, name);
      return found ? (packages[found]?.os ?? []) : [];
    });
    if (oses.length > 1) families.set(key, [...new Set(oses)].sort());
  }
  return families;
}
