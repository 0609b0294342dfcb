import { existsSync, readdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupDatabase, listBackups } from '../../db/backup';
import { DatabaseDamagedError, openDatabase } from '../../db/database';
import { DATABASE_FILE } from '../../db/dataDir';
import { createDeal, listDeals } from '../../db/repositories/deals';
import { DAMAGED_FOLDER } from '../../db/restore';
import { openDatabaseRestoring } from '../../db/startup';
import { MIGRATIONS_FOLDER, makeTempDir } from '../support/tempDataDir';

let temp: ReturnType<typeof makeTempDir>;
const options = () => ({ dataDir: temp.dir, migrationsFolder: MIGRATIONS_FOLDER });
const file = () => join(temp.dir, DATABASE_FILE);

/** A data folder as a user leaves it: 30 deals, a backup of them, the app closed. */
beforeEach(async () => {
  temp = makeTempDir();
  const database = await openDatabase(options());
  for (let i = 0; i < 30; i++) createDeal(database.db, { title: `Deal ${i + 1}` });
  await backupDatabase(database.sqlite, database.backupFolder, 'on-start');
  database.close();
});
afterEach(() => temp.remove());

async function refusal(): Promise<DatabaseDamagedError> {
  const error = await openDatabase(options()).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatabaseDamagedError);
  return error as DatabaseDamagedError;
}

async function restoreOffered(damage: DatabaseDamagedError): Promise<void> {
  expect(damage.goodBackup?.reason).toBe('on-start');
  const database = await openDatabaseRestoring(options(), damage.goodBackup?.name ?? '');
  try {
    expect(listDeals(database.db)).toHaveLength(30);
  } finally {
    database.close();
  }
}

describe('a lost database is never replaced by an empty one', () => {
  it('refuses a 0-byte file beside good backups, says so, and restores the newest', async () => {
    truncateSync(file(), 0);
    const damage = await refusal();
    expect(damage.found).toBe('empty');
    expect(damage.message).toMatch(/is empty .*0 bytes.*did not start a new, empty one.*Nothing was changed/);
    expect(damage.headline).toBe('Parley’s data file is empty');
    // Refusing wrote nothing: the file is still the 0-byte one the user may want to inspect.
    expect(statSync(file()).size).toBe(0);
    await restoreOffered(damage);
    // The empty file was moved aside, not deleted.
    expect(readdirSync(join(temp.dir, DAMAGED_FOLDER)).some((name) => name.endsWith('.sqlite'))).toBe(true);
  });

  it('refuses a half-truncated file and offers the newest good backup', async () => {
    truncateSync(file(), Math.floor(statSync(file()).size / 2));
    const damage = await refusal();
    expect(damage.found).toBe('damaged');
    expect(damage.message).toMatch(/is damaged/);
    await restoreOffered(damage);
  });

  it('refuses a missing file beside good backups and restores the newest', async () => {
    rmSync(file());
    const damage = await refusal();
    expect(damage.found).toBe('missing');
    expect(damage.message).toMatch(/is missing, but the backups hold deals/);
    expect(existsSync(file())).toBe(false);
    await restoreOffered(damage);
  });

  it('still starts a new database where there was none and no backup holds deals', async () => {
    rmSync(temp.dir, { recursive: true });
    const database = await openDatabase(options());
    expect(database.createdNow).toBe(true);
    database.close();
  });

  it('rotation keeps the newest backup holding deals while the live database holds none', async () => {
    rmSync(file());
    // As if the user had ignored the refusal by moving the file aside: many starts, each backed up.
    const database = await openDatabase({ ...options(), dataDir: join(temp.dir, 'elsewhere') });
    const withDeals = listBackups(join(temp.dir, 'backups'))[0];
    try {
      for (let start = 0; start < BACKUPS_KEPT + 3; start++) {
        await backupDatabase(database.sqlite, join(temp.dir, 'backups'), 'on-start');
      }
    } finally {
      database.close();
    }
    const left = listBackups(join(temp.dir, 'backups'));
    expect(left.map((backup) => backup.name)).toContain(withDeals?.name);
    // The empty ones still rotate: the folder does not grow without bound.
    expect(left.filter((backup) => backup.reason === 'on-start')).toHaveLength(BACKUPS_KEPT + 1);
  });
});
