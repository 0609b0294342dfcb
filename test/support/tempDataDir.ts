import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../../db/database';
import { DATABASE_FILE } from '../../db/dataDir';

export const MIGRATIONS_FOLDER = resolve(import.meta.dirname, '..', '..', 'db', 'migrations');

/** A fresh data directory in the OS temp folder; remove() deletes it. */
export function makeTempDir(prefix = 'parley-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * One database per test file with every migration applied by Parley's own start-up
 * (migrations, search index, library seed), closed and kept as a template: copying its file
 * costs a few milliseconds where migrating afresh costs ~200 (api and fuzz tests open
 * hundreds). The migrations themselves are tested from an empty file in database.test.ts.
 */
let template: Promise<string> | null = null;

function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const temp = makeTempDir('parley-template-');
    const database = await openDatabase({ dataDir: temp.dir, migrationsFolder: MIGRATIONS_FOLDER });
    // Everything in the one file: the copy must not depend on a -wal file beside it.
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    database.close();
    process.once('exit', () => temp.remove());
    return join(temp.dir, DATABASE_FILE);
  })();
  return template;
}

/** A real SQLite file with every migration applied, in its own temp folder. */
export async function openTempDatabase() {
  const temp = makeTempDir();
  copyFileSync(await migratedTemplate(), join(temp.dir, DATABASE_FILE));
  const database = await openDatabase({ dataDir: temp.dir, migrationsFolder: MIGRATIONS_FOLDER });
  return {
    ...database,
    // The copy is as new as the template: nothing in it is worth an on-start backup.
    createdNow: true,
    dataDir: temp.dir,
    cleanup: () => {
      database.close();
      temp.remove();
    },
  };
}
