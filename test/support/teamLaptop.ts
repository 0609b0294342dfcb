/**
 * A laptop in its own process, for tests that kill it (`vite-node test/support/teamLaptop.ts`).
 * Opens Parley's database in PARLEY_DATA_DIR, joins the shared deal PARLEY_DEAL_ID on the team
 * server PARLEY_TEAM_URL with PARLEY_TEAM_TOKEN, and then keeps editing the risk PARLEY_RISK_ID.
 * Prints one line per event the test waits for:
 *   `synced`         the first sync is written to SQLite
 *   `applied <n>`    n remote updates written to SQLite so far
 *   `ack <n>`        local edit n returned (the app would show it saved): owner = `laptop edit n`
 */
import { openDatabase } from '../../db/database';
import { rowStore } from '../../db/repositories/rowStores';
import { joinDeal } from '../../db/teamSync/bridge';
import { MIGRATIONS_FOLDER } from './tempDataDir';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const database = await openDatabase({ dataDir: env('PARLEY_DATA_DIR'), migrationsFolder: MIGRATIONS_FOLDER });
const shared = joinDeal(database.db, env('PARLEY_DEAL_ID'), { serverUrl: env('PARLEY_TEAM_URL'), userName: 'Maria' });
let applied = 0;
// After the bridge's own 'update' handler (registered first), which writes the update to SQLite.
shared.doc.on('update', (_update: Uint8Array, origin: unknown) => {
  if (origin === 'parley-local') return;
  applied++;
  console.log(`applied ${applied}`);
});
await shared.connect(env('PARLEY_TEAM_TOKEN'));
console.log('synced');
const riskId = env('PARLEY_RISK_ID');
for (let n = 0; ; n++) {
  rowStore('risks').update(database.db, riskId, { verification: `laptop edit ${n}` });
  console.log(`ack ${n}`);
  await new Promise((done) => setTimeout(done, 2));
}
