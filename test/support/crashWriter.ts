/**
 * Child process for the crash test: writes deals through the real repository as fast as
 * a busy user never could, and reports each id on stdout only AFTER its transaction
 * committed; imports deal files with attachments among them. The parent kills it with
 * SIGKILL at random moments.
 *
 * argv: <dataDir> <migrationsFolder> <seed>
 */
import { writeSync } from 'node:fs';
import { invoke } from '../../api/invoke';
import { openDatabase } from '../../db/database';
import { exportDeals } from '../../db/dealFiles/transfer';
import { duplicateDeal } from '../../db/dealTables/duplicate';
import { createDeal, updateDeal } from '../../db/repositories/deals';

const [dataDir, migrationsFolder, seedText] = process.argv.slice(2);
if (!dataDir || !migrationsFolder) throw new Error('usage: crashWriter <dataDir> <migrationsFolder> <seed>');

let state = Number(seedText ?? 1) >>> 0;
/** mulberry32: a reproducible stream per round. */
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pause = new Int32Array(new SharedArrayBuffer(4));
const report = (line: string) => writeSync(1, `${line}\n`);

const database = await openDatabase({ dataDir, migrationsFolder });
const ctx = { db: database.db, dataDir, storage: database };
const call = async (name: string, input: unknown) => {
  const envelope = await invoke(ctx, name as never, input);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.value as { id: string; deals: { id: string }[] };
};

// A deal with evidence files (made in the first round), exported and imported again and
// again as a copy: each import writes its files before its transaction commits, the moment
// a kill leaves files behind. Sixteen files of 256 KB keep that window open long enough for a
// kill aimed at an import to land inside it on an idle machine too, not only on a busy one.
const SOURCE_TITLE = 'Deal with files';
let sourceId = database.sqlite.prepare('SELECT id FROM deals WHERE title = ? LIMIT 1').pluck().get(SOURCE_TITLE) as
  | string
  | undefined;
if (!sourceId) {
  sourceId = createDeal(database.db, { title: SOURCE_TITLE }).id;
  for (let i = 0; i < 16; i++) {
    const item = await call('rows.create', {
      table: 'evidence',
      dealId: sourceId,
      fields: { title: `Benchmark ${i + 1}` },
    });
    const bytes = Buffer.alloc(256 * 1024, i + 1);
    await call('evidence.attach', {
      evidenceId: item.id,
      fileName: `benchmark-${i + 1}.pdf`,
      contentBase64: bytes.toString('base64'),
    });
  }
}
const dealFile = exportDeals(database.db, [sourceId], dataDir).text;

report('ready');
report(`id ${sourceId}`);
const mine: string[] = [sourceId];
for (;;) {
  const roll = random();
  if (roll < 0.25) {
    const { deals } = await call('dealFiles.import', { text: dealFile, onConflict: 'copy' });
    for (const deal of deals) {
      mine.push(deal.id);
      report(`id ${deal.id}`);
    }
  } else if (roll < 0.5 || mine.length === 0) {
    const deal = createDeal(database.db, {
      title: `Crash deal ${Math.floor(random() * 1e9)}`,
      counterparty: 'Acme',
      notes: 'n'.repeat(Math.floor(random() * 400)),
    });
    mine.push(deal.id);
    report(`id ${deal.id}`);
  } else if (roll < 0.7) {
    // Several rows in one transaction: after a crash either all are there or none.
    const ids = database.db.transaction((tx) =>
      Array.from({ length: 2 + Math.floor(random() * 20) }, (_, i) => createDeal(tx, { title: `Batch ${i}` }).id),
    );
    mine.push(...ids);
    for (const id of ids) report(`id ${id}`);
  } else if (roll < 0.85) {
    const source = mine[Math.floor(random() * mine.length)] ?? '';
    const copy = duplicateDeal(database.db, source);
    mine.push(copy.id);
    report(`id ${copy.id}`);
  } else {
    const target = mine[Math.floor(random() * mine.length)] ?? '';
    updateDeal(database.db, target, { notes: 'u'.repeat(Math.floor(random() * 2000)), status: 'live' });
  }
  // Bounded pace (about a thousand writes a second) keeps the file small over many rounds.
  if (random() < 0.5) Atomics.wait(pause, 0, 0, 1);
}
