import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupDatabase, listBackups } from '../../db/backup';
import { openConnection } from '../../db/connection';
import { openDatabase } from '../../db/database';
import { DATABASE_FILE, resolveDataDir } from '../../db/dataDir';
import { MigrationError } from '../../db/migrate';
import { createDeal, deleteDeal, getDeal, listDeals, purgeDeal } from '../../db/repositories/deals';
import { dumpDatabase } from '../support/dump';
import { MIGRATIONS_FOLDER, makeTempDir } from '../support/tempDataDir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tempDir() {
  const temp = makeTempDir();
  cleanups.push(temp.remove);
  return temp.dir;
}

/** A copy of the real migrations plus one more, to test updates. */
function migrationsWithExtra(sql: string): string {
  const folder = join(tempDir(), 'migrations');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number; when: number; tag: string; breakpoints: boolean; version: string }[];
  };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('no migrations');
  const tag = `${String(last.idx + 1).padStart(4, '0')}_extra`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  writeFileSync(journalFile, JSON.stringify(journal));
  writeFileSync(join(folder, `${tag}.sql`), sql);
  return folder;
}

describe('opening the database', () => {
  it('creates every table from an empty folder, with WAL and foreign keys on', async () => {
    const dataDir = tempDir();
    const database = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
    cleanups.push(database.close);
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
    const tables = database.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all();
    expect(tables).toContain('deals');
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
    const applied = database.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get();
    expect(applied).toBe(journal.entries.length);
  });

  it('keeps data across a close and re-open, without a needless backup', async () => {
    const dataDir = tempDir();
    const first = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
    const deal = createDeal(first.db, { title: 'Renewal', counterparty: 'Acme' });
    first.close();
    const second = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
    cleanups.push(second.close);
    expect(getDeal(second.db, deal.id)).toMatchObject({ title: 'Renewal', counterparty: 'Acme' });
    expect(listBackups(second.backupFolder)).toHaveLength(0);
  });

  it('backs up the existing file before applying a new migration', async () => {
    const dataDir = tempDir();
    const first = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
    const deal = createDeal(first.db, { title: 'Before the update' });
    first.close();
    const updated = await openDatabase({
      dataDir,
      migrationsFolder: migrationsWithExtra('CREATE TABLE `extra_things` (`id` text PRIMARY KEY NOT NULL);'),
    });
    cleanups.push(updated.close);
    const backups = listBackups(updated.backupFolder);
    expect(backups).toHaveLength(1);
    const backup = openConnection(backups[0]?.file ?? '', { readonly: true });
    expect(backup.prepare('SELECT title FROM deals WHERE id = ?').pluck().get(deal.id)).toBe('Before the update');
    expect(backup.prepare("SELECT name FROM sqlite_master WHERE name = 'extra_things'").get()).toBeUndefined();
    backup.close();
  });

  it('leaves the database exactly as it was when a migration fails', async () => {
    const dataDir = tempDir();
    const first = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
    createDeal(first.db, { title: 'Precious' });
    const before = dumpDatabase(first.sqlite);
    first.close();

    // The first statement would succeed; the second fails: the whole update must roll back.
    const broken = migrationsWithExtra(
      'CREATE TABLE `half_done` (`id` text);\n--> statement-breakpoint\nALTER TABLE `no_such_table` ADD `x` text;',
    );
    await expect(openDatabase({ dataDir, migrationsFolder: broken })).rejects.toBeInstanceOf(MigrationError);

    const after = openConnection(join(dataDir, DATABASE_FILE));
    cleanups.push(() => after.close());
    expect(dumpDatabase(after)).toBe(before);
  });

  it('refuses a migration that would leave dangling links, and changes nothing', async () => {
    const dataDir = tempDir();
    const first = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
    const before = dumpDatabase(first.sqlite);
    first.close();
    const dangling = migrationsWithExtra(
      "CREATE TABLE `child` (`deal_id` text REFERENCES `deals`(`id`));\n--> statement-breakpoint\nINSERT INTO `child` VALUES ('nobody');",
    );
    await expect(openDatabase({ dataDir, migrationsFolder: dangling })).rejects.toThrow(/break 1 link/);
    const after = openConnection(join(dataDir, DATABASE_FILE));
    cleanups.push(() => after.close());
    expect(dumpDatabase(after)).toBe(before);
  });

  it('purging a deleted deal cascades to its child rows', async () => {
    const dataDir = tempDir();
    const database = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
    cleanups.push(database.close);
    // A child table of the same shape later steps use: the cascade is SQLite's, with foreign keys on.
    database.sqlite.exec(
      'CREATE TABLE deal_child (id text PRIMARY KEY, deal_id text NOT NULL REFERENCES deals(id) ON DELETE CASCADE)',
    );
    const keep = createDeal(database.db, { title: 'Keep' });
    const gone = createDeal(database.db, { title: 'Gone' });
    const insert = database.sqlite.prepare('INSERT INTO deal_child VALUES (?, ?)');
    insert.run('a', keep.id);
    insert.run('b', gone.id);
    insert.run('c', gone.id);
    deleteDeal(database.db, gone.id);
    // Soft-deleted: children stay so Undo can bring everything back.
    expect(database.sqlite.prepare('SELECT count(*) FROM deal_child').pluck().get()).toBe(3);
    purgeDeal(database.db, gone.id);
    expect(database.sqlite.prepare('SELECT id FROM deal_child').pluck().all()).toEqual(['a']);
    expect(listDeals(database.db).map((d) => d.title)).toEqual(['Keep']);
  });
});

describe('backups', () => {
  it('uses the online backup API and keeps only the newest few', async () => {
    const dataDir = tempDir();
    const database = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
    cleanups.push(database.close);
    createDeal(database.db, { title: 'Backed up' });
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) {
      await backupDatabase(database.sqlite, database.backupFolder, 'manual');
      await new Promise((r) => setTimeout(r, 2));
    }
    const backups = listBackups(database.backupFolder);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    const newest = openConnection(backups[0]?.file ?? '', { readonly: true });
    expect(newest.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(newest.prepare('SELECT title FROM deals').pluck().all()).toEqual(['Backed up']);
    newest.close();
  });
});

describe('data directory', () => {
  it('PARLEY_DATA_DIR overrides the OS app-data folder', () => {
    expect(resolveDataDir({ PARLEY_DATA_DIR: '/tmp/elsewhere' }, '/home/x/.config/Parley')).toBe('/tmp/elsewhere');
    expect(resolveDataDir({}, '/home/x/.config/Parley')).toBe('/home/x/.config/Parley');
    expect(resolveDataDir({ PARLEY_DATA_DIR: '  ' }, '/fallback')).toBe('/fallback');
  });
});
