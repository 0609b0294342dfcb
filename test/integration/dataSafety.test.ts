import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import { backupDatabase, checkFileIntegrity, listBackups } from '../../db/backup';
import { startBackupSchedule } from '../../db/backupSchedule';
import { type Database, DatabaseDamagedError, openDatabase } from '../../db/database';
import { DATABASE_FILE } from '../../db/dataDir';
import { DataDirLockedError, LOCK_FILE } from '../../db/dataLock';
import { createDeal, listDeals } from '../../db/repositories/deals';
import { restoreBackup } from '../../db/restore';
import { openDatabaseRestoring } from '../../db/startup';
import { dumpDatabase } from '../support/dump';
import { MIGRATIONS_FOLDER, makeTempDir } from '../support/tempDataDir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function tempDir() {
  const temp = makeTempDir();
  cleanups.push(temp.remove);
  return temp.dir;
}

async function open(dataDir: string): Promise<Database> {
  const database = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
  cleanups.push(database.close);
  return database;
}

const titles = (database: Database) =>
  listDeals(database.db, { includeArchived: true })
    .map((deal) => deal.title)
    .sort();

/** Overwrites bytes in the middle of the file, as a failing disk or a bad sync would. */
function damage(file: string, offset: number, bytes = 512) {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(bytes, 0x5a), 0, bytes, offset);
  closeSync(fd);
}

describe('single writer per data folder', () => {
  it('refuses a second open while the first holds the folder, and takes over stale locks', async () => {
    const dataDir = tempDir();
    const first = await open(dataDir);
    await expect(openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER })).rejects.toThrow(DataDirLockedError);
    first.close();
    // A lock left by a process that no longer exists (crash, kill -9) is taken over.
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => dead.once('exit', done));
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: dead.pid, startedAt: '' }));
    const second = await open(dataDir);
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    second.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    // A lock from before the last boot is stale even if its pid now belongs to a live program.
    writeFileSync(
      join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, startedAt: '2001-01-01T00:00:00.000Z' }),
    );
    (await open(dataDir)).close();
  });

  it('names the live owner in a plain message', async () => {
    const dataDir = tempDir();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    cleanups.push(() => sleeper.kill('SIGKILL'));
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: sleeper.pid, startedAt: '' }));
    await expect(openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER })).rejects.toThrow(
      new RegExp(`Another Parley \\(process ${sleeper.pid}\\) is already using the data folder`),
    );
  });
});

describe('integrity check at start-up', () => {
  async function damagedFolder() {
    const dataDir = tempDir();
    const database = await open(dataDir);
    for (let i = 0; i < 200; i++) createDeal(database.db, { title: `Deal ${i}`, notes: 'n'.repeat(500) });
    const good = await backupDatabase(database.sqlite, database.backupFolder, 'manual');
    createDeal(database.db, { title: 'After the backup' });
    database.close();
    const file = join(dataDir, DATABASE_FILE);
    damage(file, 4096 * 3);
    return { dataDir, file, good, bytes: readFileSync(file) };
  }

  it('refuses a damaged file without writing to it, and names the newest good backup', async () => {
    const { dataDir, file, good, bytes } = await damagedFolder();
    const error = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    expect((error as DatabaseDamagedError).goodBackup?.name).toBe(good.name);
    expect((error as Error).message).toMatch(
      /is damaged .* Nothing was changed or deleted\. The newest good backup is/,
    );
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('treats a file that is not a database at all as damaged', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, DATABASE_FILE), 'this is not SQLite'.repeat(100));
    await expect(openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER })).rejects.toThrow(DatabaseDamagedError);
  });

  it('restores the newest good backup on request, keeping the damaged file aside', async () => {
    const { dataDir, bytes } = await damagedFolder();
    const database = await openDatabaseRestoring({ dataDir, migrationsFolder: MIGRATIONS_FOLDER }, 'newest');
    cleanups.push(database.close);
    expect(titles(database)).toHaveLength(200);
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    const aside = readdirSync(join(dataDir, 'damaged')).filter((name) => name.endsWith('.sqlite'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'damaged', aside[0] ?? '')).equals(bytes)).toBe(true);
  });
});

describe('restore while running', () => {
  it('restores into the live connection and can be undone', async () => {
    const database = await open(tempDir());
    createDeal(database.db, { title: 'Kept in the backup' });
    const backup = await backupDatabase(database.sqlite, database.backupFolder, 'manual');
    createDeal(database.db, { title: 'Written after the backup' });
    const beforeRestore = dumpDatabase(database.sqlite);

    const { undo } = await restoreBackup(database, backup.name);
    expect(titles(database)).toEqual(['Kept in the backup']);
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // The connection keeps working for writes after the swap.
    createDeal(database.db, { title: 'After restore' });

    await restoreBackup(database, undo.name);
    expect(dumpDatabase(database.sqlite)).toBe(beforeRestore);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const database = await open(tempDir());
    for (let i = 0; i < 100; i++) createDeal(database.db, { title: `Deal ${i}`, notes: 'x'.repeat(400) });
    const backup = await backupDatabase(database.sqlite, database.backupFolder, 'manual');
    damage(backup.file, 4096 * 2);
    expect(checkFileIntegrity(backup.file)).not.toBe('ok');
    const before = dumpDatabase(database.sqlite);
    await expect(restoreBackup(database, backup.name)).rejects.toThrow(/is damaged .*Nothing was changed/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('is offered through the API, which refuses writes while a restore runs', async () => {
    const database = await open(tempDir());
    const ctx = { db: database.db, storage: database };
    createDeal(database.db, { title: 'One' });
    const made = await invoke(ctx, 'backups.create', {});
    expect(made).toMatchObject({ ok: true, value: { reason: 'manual' } });
    const list = await invoke(ctx, 'backups.list', {});
    expect(list.ok && list.value.backups.map((b) => b.reason)).toEqual(['manual']);
    database.maintenance = 'Parley is restoring a backup.';
    expect(await invoke(ctx, 'deals.create', { title: 'Two' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: /restoring a backup/ },
    });
    database.maintenance = null;
    expect(await invoke(ctx, 'backups.restore', { name: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await invoke({ db: database.db }, 'backups.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});

describe('automatic backups', () => {
  it('backs up on start when the file changed since the last backup, then only after writes', async () => {
    const dataDir = tempDir();
    const first = await open(dataDir);
    const schedule0 = await startBackupSchedule(first);
    // A brand-new database has nothing worth a backup.
    expect(listBackups(first.backupFolder)).toHaveLength(0);
    createDeal(first.db, { title: 'Work' });
    expect(await schedule0.tick()).toMatchObject({ reason: 'auto' });
    expect(await schedule0.tick()).toBeNull();
    schedule0.stop();
    first.close();

    await new Promise((r) => setTimeout(r, 20));
    const second = await open(dataDir);
    const schedule = await startBackupSchedule(second);
    cleanups.push(schedule.stop);
    // The clean close wrote the file after the last backup: one on-start backup.
    expect(listBackups(second.backupFolder).map((b) => b.reason)).toEqual(['on-start', 'auto']);
    expect(await schedule.tick()).toBeNull();
    createDeal(second.db, { title: 'More work' });
    expect(await schedule.tick()).toMatchObject({ reason: 'auto' });
  });

  it('rotates per reason: automatic backups never push out a before-restore one', async () => {
    const database = await open(tempDir());
    createDeal(database.db, { title: 'x' });
    await backupDatabase(database.sqlite, database.backupFolder, 'before-restore');
    for (let i = 0; i < 5; i++) await backupDatabase(database.sqlite, database.backupFolder, 'auto', { keep: 3 });
    const reasons = listBackups(database.backupFolder).map((b) => b.reason);
    expect(reasons.filter((r) => r === 'auto')).toHaveLength(3);
    expect(reasons).toContain('before-restore');
  });
});
