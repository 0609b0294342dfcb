import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../db/database';

export const MIGRATIONS_FOLDER = resolve(import.meta.dirname, '..', '..', 'db', 'migrations');

/** A fresh data directory in the OS temp folder; remove() deletes it. */
export function makeTempDir(prefix = 'parley-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real SQLite file with every migration applied, in its own temp folder. */
export async function openTempDatabase() {
  const temp = makeTempDir();
  const database = await openDatabase({ dataDir: temp.dir, migrationsFolder: MIGRATIONS_FOLDER });
  return {
    ...database,
    dataDir: temp.dir,
    cleanup: () => {
      database.close();
      temp.remove();
    },
  };
}
