/**
 * Team sync (#20). Prints ratios measured in this one run, the baseline beside each:
 *  1. First sync of a 2,000-row shared deal through the team server onto a second laptop
 *     (join → every row in its SQLite file) vs reading the same deal's rows from SQLite.
 *  2. 1,000 edits to a shared deal through the bridge (each its own transaction: row, doc,
 *     update log) vs the same 1,000 edits to a deal that is not shared (plain SQLite writes).
 * The team server runs as a child process (`npm run team-server`), as it does for users.
 * Run: npm run bench -- teamSync (or npx vite-node bench/teamSync.bench.ts).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { and, eq, isNull } from 'drizzle-orm';
import type { ParleyDb } from '../db/database';
import { readDeal } from '../db/dealTables/read';
import { createDeal } from '../db/repositories/deals';
import { rowStore } from '../db/repositories/rowStores';
import { risks, stakeholders } from '../db/schema';
import { closeSharedDeal, joinDeal, shareDeal } from '../db/teamSync/bridge';
import { teamApi } from '../db/teamSync/serverApi';
import { openTeamStore } from '../team/store';
import { startTeamServer, waitFor } from '../test/support/teamServer';
import { makeTempDir, openTempDatabase } from '../test/support/tempDataDir';
import { median } from './support';

const ROWS = 2_000;
const EDITS = 1_000;
const PASSWORD = 'bench password';

/** A deal with `ROWS` rows (risks and stakeholders): one of each through the app, copied in one transaction. */
function seedDeal(db: ParleyDb, title: string): string {
  const dealId = createDeal(db, { title, counterparty: 'Globex', currency: 'EUR' }).id;
  rowStore('risks').create(db, dealId, { statement: 'Risk 0: the budget may be frozen until Q1' });
  rowStore('stakeholders').create(db, dealId, { name: 'Stakeholder 0', role: 'legal_procurement' });
  db.transaction((tx) => {
    for (const table of [risks, stakeholders]) {
      const first = tx.select().from(table).where(eq(table.dealId, dealId)).get();
      if (!first) throw new Error('The first row was not written');
      for (let i = 1; i < ROWS / 2; i++) {
        const text =
          table === risks
            ? { statement: `Risk ${i}: the budget may be frozen until Q${(i % 4) + 1}` }
            : { name: `Stakeholder ${i}` };
        tx.insert(table)
          .values({ ...first, ...text, id: randomUUID(), position: i } as never)
          .run();
      }
    }
  });
  return dealId;
}

/** The whole deal as the app reads it from SQLite (every registry table). */
const readWholeDeal = (db: ParleyDb, dealId: string) => Object.values(readDeal(db, dealId)).flat().length;

const liveCount = (db: ParleyDb, dealId: string) =>
  db
    .select({ id: risks.id })
    .from(risks)
    .where(and(eq(risks.dealId, dealId), isNull(risks.deletedAt)))
    .all().length +
  db
    .select({ id: stakeholders.id })
    .from(stakeholders)
    .where(and(eq(stakeholders.dealId, dealId), isNull(stakeholders.deletedAt)))
    .all().length;

const folder = makeTempDir('parley-bench-team-');
const serverFile = join(folder.dir, 'team.sqlite');
const store = await openTeamStore({ file: serverFile });
await store.addUser('ana@example.com', 'Ana', PASSWORD);
await store.addUser('maria@example.com', 'Maria', PASSWORD);
await store.close();
const server = await startTeamServer(serverFile);
const opened: { cleanup: () => void }[] = [];
try {
  const api = teamApi(server.http);
  const ana = (await api.signIn('ana@example.com', PASSWORD)).token;
  const maria = (await api.signIn('maria@example.com', PASSWORD)).token;

  // 1. First sync vs reading from SQLite.
  const a = await openTempDatabase();
  opened.push(a);
  const dealId = seedDeal(a.db, 'Bench shared deal');
  const reads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    if (readWholeDeal(a.db, dealId) < ROWS) throw new Error('The seeded deal does not hold every row');
    reads.push(performance.now() - start);
  }
  const shareStart = performance.now();
  const onA = shareDeal(a.db, dealId, { serverUrl: server.url, userName: 'Ana' });
  await api.share(ana, dealId);
  await api.addMember(ana, dealId, 'maria@example.com', 'editor');
  await onA.connect(ana);
  await waitFor(
    () => onA.settled,
    'the server to hold the seeded doc',
    () => '',
    120_000,
  );
  const shareMs = performance.now() - shareStart;

  const syncs: number[] = [];
  for (let run = 0; run < 3; run++) {
    const b = await openTempDatabase();
    opened.push(b);
    const start = performance.now();
    const onB = joinDeal(b.db, dealId, { serverUrl: server.url, userName: 'Maria' });
    await onB.connect(maria);
    await waitFor(
      () => liveCount(b.db, dealId) === ROWS,
      'the first sync',
      () => liveCount(b.db, dealId),
      120_000,
    );
    syncs.push(performance.now() - start);
    closeSharedDeal(b.db, dealId);
  }
  const readMs = median(reads);
  const syncMs = median(syncs);
  console.log(`Sharing a ${ROWS}-row deal (seed the doc, send it to the server): ${shareMs.toFixed(0)} ms`);
  console.log(
    `First sync of a ${ROWS}-row deal through the server: ${syncMs.toFixed(0)} ms (median of 3) · ` +
      `reading it from SQLite: ${readMs.toFixed(1)} ms · ratio ${(syncMs / readMs).toFixed(0)}×`,
  );

  // 2. Edits through the bridge vs plain SQLite writes (same repository call, deal not shared).
  const plainDeal = seedDeal(a.db, 'Bench local deal');
  const editsOf = (deal: string) =>
    rowStore('risks')
      .list(a.db, deal)
      .slice(0, 100)
      .map((r) => r.id);
  const time = (deal: string, tag: string) => {
    const ids = editsOf(deal);
    const start = performance.now();
    for (let n = 0; n < EDITS; n++)
      rowStore('risks').update(a.db, ids[n % ids.length] as string, { owner: `${tag} owner ${n}` });
    return performance.now() - start;
  };
  const plain: number[] = [];
  const bridged: number[] = [];
  for (let run = 0; run < 3; run++) {
    plain.push(time(plainDeal, `plain ${run}`));
    bridged.push(time(dealId, `shared ${run}`));
  }
  const plainMs = median(plain);
  const bridgedMs = median(bridged);
  await waitFor(
    () => onA.settled,
    'the server to acknowledge the edits',
    () => '',
    120_000,
  );
  console.log(
    `${EDITS} edits through the bridge (online): ${bridgedMs.toFixed(0)} ms (${((bridgedMs / EDITS) * 1000).toFixed(0)} µs each) · ` +
      `${EDITS} plain SQLite writes: ${plainMs.toFixed(0)} ms (${((plainMs / EDITS) * 1000).toFixed(0)} µs each) · ` +
      `ratio ${(bridgedMs / plainMs).toFixed(1)}×`,
  );
  onA.disconnect();
} finally {
  await server.kill();
  for (const database of opened) database.cleanup();
  folder.remove();
}
