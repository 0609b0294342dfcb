import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import { ATTACHMENTS_FOLDER } from '../../db/attachments';
import { backupDatabase } from '../../db/backup';
import { openDatabase } from '../../db/database';
import { DATABASE_FILE } from '../../db/dataDir';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE, processStartTime } from '../../db/dataLock';
import { MIGRATIONS_FOLDER, makeTempDir } from '../support/tempDataDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.remove());

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
const linux = process.platform === 'linux';

describe.runIf(linux)('the data-folder lock with a reused process id', () => {
  it('takes over a lock whose pid now belongs to a later, unrelated process', async () => {
    // A live process that is not Parley: its pid stands for the reused one.
    const unrelated = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      const pid = unrelated.pid as number;
      await expect.poll(() => processStartTime(pid)).not.toBeNull();
      const lockFile = join(temp.dir, LOCK_FILE);
      const written = new Date().toISOString();
      // The owner had this pid but started at another moment (its start time is recorded).
      const ownStart = String(Number(processStartTime(pid)) - 1);
      writeFileSync(lockFile, JSON.stringify({ pid, startedAt: written, processStart: ownStart }));
      const lock = acquireDataDirLock(temp.dir);
      lock.release();
      // The same pid with its true start time is the owner, alive: the folder stays locked.
      writeFileSync(lockFile, JSON.stringify({ pid, startedAt: written, processStart: processStartTime(pid) }));
      expect(() => acquireDataDirLock(temp.dir)).toThrow(DataDirLockedError);
    } finally {
      unrelated.kill();
    }
  });
});

describe.runIf(process.platform !== 'win32')('private by default', () => {
  it('creates the folder 0700 and the database, its log, backups and files 0600', async () => {
    const dataDir = join(temp.dir, 'Parley');
    const database = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
    try {
      const ctx = { db: database.db, dataDir, storage: database };
      const deal = await invoke(ctx, 'deals.create', { title: 'Private deal' });
      if (!deal.ok) throw new Error(deal.error.message);
      const item = await invoke(ctx, 'rows.create', {
        table: 'evidence',
        dealId: deal.value.id,
        fields: { title: 'Benchmark' },
      });
      if (!item.ok) throw new Error(item.error.message);
      const attached = await invoke(ctx, 'evidence.attach', {
        evidenceId: item.value.id,
        fileName: 'prices.csv',
        contentBase64: Buffer.from('a,b').toString('base64'),
      });
      expect(attached.ok).toBe(true);
      const backup = await backupDatabase(database.sqlite, database.backupFolder, 'manual');
      expect(mode(dataDir)).toBe('700');
      for (const suffix of ['', '-wal', '-shm']) expect(mode(join(dataDir, DATABASE_FILE + suffix))).toBe('600');
      expect(mode(database.backupFolder)).toBe('700');
      expect(mode(backup.file)).toBe('600');
      expect(mode(join(dataDir, LOCK_FILE))).toBe('600');
      const attachments = join(dataDir, ATTACHMENTS_FOLDER);
      expect(mode(attachments)).toBe('700');
      const [folder] = readdirSync(attachments);
      expect(mode(join(attachments, folder ?? ''))).toBe('700');
      for (const name of readdirSync(join(attachments, folder ?? ''))) {
        expect(mode(join(attachments, folder ?? '', name))).toBe('600');
      }
    } finally {
      database.close();
    }
  });

  it('tightens an older install whose folder and database others could read', async () => {
    const dataDir = join(temp.dir, 'Parley');
    (await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER })).close();
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, DATABASE_FILE), 0o644);
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    const database = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
    database.close();
    expect(mode(dataDir)).toBe('700');
    expect(mode(join(dataDir, DATABASE_FILE))).toBe('600');
  });
});
