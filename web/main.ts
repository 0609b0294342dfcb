import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/database';
import { resolveDataDir } from '../db/dataDir';
import { startWebServer } from './server';

/** Built to out/main/web.js; the project root is two folders up. */
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main() {
  const dataDir = resolveDataDir();
  const database = await openDatabase({ dataDir, migrationsFolder: join(appRoot, 'db', 'migrations') });
  const requested = Number(process.env.PARLEY_PORT ?? 0);
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    throw new Error(`PARLEY_PORT must be a port number (0–65535), not "${process.env.PARLEY_PORT}"`);
  }
  const running = await startWebServer({
    ctx: { db: database.db, dataDir },
    staticDir: join(appRoot, 'out', 'renderer'),
    port: requested,
  });
  // Exactly one line with the address: scripts and tests read it.
  console.log(`Parley is running in browser mode: open ${running.url}`);

  const shutdown = async () => {
    await running.close();
    database.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`Parley could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
