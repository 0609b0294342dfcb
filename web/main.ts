import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackupSchedule } from '../db/backupSchedule';
import { DatabaseDamagedError } from '../db/database';
import { resolveDataDir } from '../db/dataDir';
import { NEWEST_BACKUP, openDatabaseRestoring } from '../db/startup';
import { closeTeamDeals, openTeamDeals } from '../db/teamSync/session';
import { loadFirstScreen } from './firstScreen';
import { startWebServer } from './server';

/** Built to out/main/web.js; the project root is two folders up. */
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `--restore-backup <name|newest>`: the way back when the database failed its check. */
function restoreArgument(argv: string[]): string | null {
  const index = argv.indexOf('--restore-backup');
  if (index === -1) return null;
  const value = argv[index + 1];
  if (!value || value.startsWith('--')) throw new Error(`--restore-backup needs a backup name or "${NEWEST_BACKUP}"`);
  return value;
}

// A file-size limit (ulimit -f) must fail the write with an error Parley reports, not kill
// the server mid-save; the write itself then fails with EFBIG.
process.on('SIGXFSZ', () => {});

async function main() {
  const dataDir = resolveDataDir();
  const requested = Number(process.env.PARLEY_PORT ?? 0);
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    throw new Error(`PARLEY_PORT must be a port number (0–65535), not "${process.env.PARLEY_PORT}"`);
  }
  const database = await openDatabaseRestoring(
    { dataDir, migrationsFolder: join(appRoot, 'db', 'migrations') },
    restoreArgument(process.argv.slice(2)),
  );
  const backups = await startBackupSchedule(database);
  // Shared deals rebuilt from their logs before any write, so every write reaches their docs.
  openTeamDeals(database.db);
  const running = await startWebServer({
    ctx: { db: database.db, storage: database, dataDir },
    staticDir: join(appRoot, 'out', 'renderer'),
    firstScreen: await loadFirstScreen(join(appRoot, 'out', 'main', 'firstScreen.js')),
    port: requested,
  });
  // Exactly one line with the address: scripts and tests read it.
  console.log(`Parley is running in browser mode: open ${running.url}`);

  const shutdown = async () => {
    backups.stop();
    await running.close();
    closeTeamDeals(database.db);
    database.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseDamagedError) {
    console.error(`Parley did not start: ${error.message}`);
    if (error.goodBackup) {
      console.error(
        `To restore it, run: node out/main/web.js --restore-backup ${error.goodBackup.name}  ` +
          `(or --restore-backup ${NEWEST_BACKUP}). The damaged file is moved to the "damaged" folder, not deleted.`,
      );
    }
    process.exit(2);
  }
  console.error(`Parley could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
