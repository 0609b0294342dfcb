import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import { loadLpSolver } from '../../api/lpSolver';
import { createDeal } from '../../db/repositories/deals';
import { fillTemplate } from '../support/bidSheets';
import { dumpDatabase } from '../support/dump';
import { kestrelBids, kestrelTender, must } from '../support/kestrelTender';
import { openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
let dealId: string;
const silent = { error: () => {} };
const ctx = () => ({ db: database.db, dataDir: database.dataDir });

async function call<T>(name: Parameters<typeof invoke>[1], input: unknown): Promise<T> {
  const envelope = await invoke(ctx(), name, input, silent);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.value as T;
}

beforeAll(async () => {
  await loadLpSolver();
}, 60_000);
beforeEach(async () => {
  database = await openTempDatabase();
  dealId = createDeal(database.db, { title: 'Kestrel Foods: cold-chain transport tender 2027', ourSide: 'buying' }).id;
});
afterEach(() => database.cleanup());

/** The Kestrel tender typed into Parley: terms, three lanes, three suppliers (ids are Parley's). */
async function setUpKestrel() {
  const fixture = kestrelTender();
  await call('tender.update', { dealId, patch: { ...fixture.terms, minServiceLevelPct: 98.5 } });
  const lotIds = new Map<string, string>();
  for (const lot of fixture.lots) {
    const { id: fixtureId, ...fields } = lot;
    lotIds.set(fixtureId, (await call<{ id: string }>('rows.create', { table: 'tenderLots', dealId, fields })).id);
  }
  const supplierIds = new Map<string, string>();
  for (const s of fixture.suppliers) {
    const bid = must(kestrelBids().find((b) => b.supplierId === s.id));
    const added = await call<{ id: string }>('rows.create', {
      table: 'tenderSuppliers',
      dealId,
      fields: { name: s.name, incumbent: s.incumbent, qualityScore: bid.qualityScore },
    });
    supplierIds.set(s.id, added.id);
  }
  // The fixture's bids, re-keyed to Parley's ids, as the suppliers will fill them in.
  const bids = kestrelBids().map((b) => ({
    ...b,
    supplierId: must(supplierIds.get(b.supplierId)),
    lines: b.lines.map((l) => ({ ...l, lotId: must(lotIds.get(l.lotId)) })),
  }));
  return { bids, supplierIds, lotIds };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

describe('tender: bid sheets through the API into SQLite', () => {
  it('exports a template per supplier, previews without writing, imports the three bids and compares them', async () => {
    const { bids } = await setUpKestrel();
    for (const bid of bids) {
      const template = await call<{ fileName: string; contentBase64: string }>('tender.bidTemplate', {
        dealId,
        supplierId: bid.supplierId,
      });
      expect(template.fileName).toMatch(/^Bid sheet - Kestrel Foods.*\.xlsx$/);
      const filled = base64(await fillTemplate(fromBase64(template.contentBase64), bid));
      const before = dumpDatabase(database.sqlite);
      const preview = await call<{ problems: unknown[]; bid: unknown }>('tender.previewBidSheet', {
        dealId,
        fileName: 'filled.xlsx',
        contentBase64: filled,
      });
      expect(preview.problems).toEqual([]);
      expect(dumpDatabase(database.sqlite)).toBe(before);
      await call('tender.importBidSheet', { dealId, fileName: 'filled.xlsx', contentBase64: filled });
    }
    const rows = await call<{ bids: { supplierId: string; paymentDays: number }[]; bidLines: unknown[] }>(
      'tender.get',
      {
        dealId,
      },
    );
    expect(rows.bids).toHaveLength(3);
    expect(rows.bidLines).toHaveLength(8);
    const comparison = await call<{
      baseline: number;
      scenarios: { kind: string; outcome: { status: string; cost?: { total: number } } }[];
    }>('tender.comparison', { dealId });
    expect(comparison.baseline).toBeCloseTo(96.4 * 14_000 * 2, 4);
    expect(comparison.scenarios.map((s) => s.outcome.status)).toEqual(['awarded', 'awarded', 'awarded', 'awarded']);
    const workbook = await call<{ contentBase64: string }>('tender.committeeWorkbook', { dealId });
    expect(fromBase64(workbook.contentBase64).byteLength).toBeGreaterThan(3000);
  }, 180_000);

  it('refuses a malformed sheet with row and column, and writes nothing even when asked to import it', async () => {
    const { bids } = await setUpKestrel();
    const bid = must(bids[2]);
    const template = await call<{ contentBase64: string }>('tender.bidTemplate', {
      dealId,
      supplierId: bid.supplierId,
    });
    const broken = base64(
      await fillTemplate(fromBase64(template.contentBase64), bid, (sheet) => {
        sheet.getCell('E3').value = 'about ninety';
      }),
    );
    const before = dumpDatabase(database.sqlite);
    const preview = await call<{ problems: { row: number; column: string }[]; bid: unknown }>(
      'tender.previewBidSheet',
      {
        dealId,
        fileName: 'polar.xlsx',
        contentBase64: broken,
      },
    );
    expect(preview.bid).toBeNull();
    expect(preview.problems).toEqual([expect.objectContaining({ row: 3, column: 'E' })]);
    const envelope = await invoke(
      ctx(),
      'tender.importBidSheet',
      { dealId, fileName: 'polar.xlsx', contentBase64: broken },
      silent,
    );
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.message).toMatch(/problems/);
    const notXlsx = await invoke(
      ctx(),
      'tender.previewBidSheet',
      { dealId, fileName: 'x.xlsx', contentBase64: 'aGVsbG8=' },
      silent,
    );
    expect(notXlsx.ok).toBe(false);
    if (!notXlsx.ok) expect(notXlsx.error.message).toBe('This file is not a readable .xlsx workbook.');
    expect(dumpDatabase(database.sqlite)).toBe(before);
  }, 60_000);

  it('a deleted supplier and lot leave the comparison and award; Undo brings back the same comparison; purge takes their bids', async () => {
    const { bids, lotIds } = await setUpKestrel();
    for (const bid of bids) {
      const template = await call<{ contentBase64: string }>('tender.bidTemplate', {
        dealId,
        supplierId: bid.supplierId,
      });
      const filled = base64(await fillTemplate(fromBase64(template.contentBase64), bid));
      await call('tender.importBidSheet', { dealId, fileName: 'filled.xlsx', contentBase64: filled });
    }
    type Rows = {
      lots: { id: string }[];
      suppliers: { id: string }[];
      bids: { id: string; supplierId: string }[];
      bidLines: { lotId: string; bidId: string }[];
    };
    type Comparison = { baseline: number; scenarios: { outcome: { status: string } }[] };
    const rowsBefore = await call<Rows>('tender.get', { dealId });
    const comparisonBefore = await call<Comparison>('tender.comparison', { dealId });
    const supplierId = must(bids[0]).supplierId;
    const bidId = must(rowsBefore.bids.find((b) => b.supplierId === supplierId)).id;
    // The lot priced by the most bids: deleting it must take its lines out of the live bids too.
    const linesOn = (id: string) => rowsBefore.bidLines.filter((l) => l.lotId === id);
    const lotId = must([...lotIds.values()].sort((a, b) => linesOn(b).length - linesOn(a).length)[0]);
    expect(linesOn(lotId).filter((l) => l.bidId !== bidId).length).toBeGreaterThan(0);

    await call('rows.delete', { table: 'tenderSuppliers', id: supplierId });
    await call('rows.delete', { table: 'tenderLots', id: lotId });

    const rows = await call<Rows>('tender.get', { dealId });
    expect(rows.suppliers.map((s) => s.id)).toEqual(
      rowsBefore.suppliers.map((s) => s.id).filter((id) => id !== supplierId),
    );
    expect(rows.lots.map((l) => l.id)).toEqual(rowsBefore.lots.map((l) => l.id).filter((id) => id !== lotId));
    expect(rows.bids.map((b) => b.id)).not.toContain(bidId);
    expect(rows.bids).toHaveLength(2);
    expect(rows.bidLines.filter((l) => l.lotId === lotId || l.bidId === bidId)).toEqual([]);
    expect(rows.bidLines.length).toBeGreaterThan(0);
    expect((await call<{ id: string }[]>('rows.list', { table: 'tenderLots', dealId })).map((l) => l.id)).not.toContain(
      lotId,
    );

    const comparison = await call<Comparison>('tender.comparison', { dealId });
    const text = JSON.stringify(comparison);
    expect(text).not.toContain(supplierId);
    expect(text).not.toContain(lotId);
    expect(comparison.baseline).toBeLessThan(comparisonBefore.baseline);
    expect(comparison.scenarios.some((s) => s.outcome.status === 'awarded')).toBe(true);
    const robustness = await call<{ scenarios: unknown[] }>('tender.robustness', { dealId, draws: 200 });
    expect(JSON.stringify(robustness.scenarios)).not.toContain(supplierId);
    expect(JSON.stringify(robustness.scenarios)).not.toContain(lotId);
    const template = await invoke(ctx(), 'tender.bidTemplate', { dealId, supplierId }, silent);
    expect(template.ok).toBe(false);

    await call('rows.restore', { table: 'tenderSuppliers', id: supplierId });
    await call('rows.restore', { table: 'tenderLots', id: lotId });
    expect(await call<Rows>('tender.get', { dealId })).toEqual(rowsBefore);
    expect(await call<Comparison>('tender.comparison', { dealId })).toEqual(comparisonBefore);

    // The undo window closes: the rows leave the file with the supplier's bid and the lot's prices.
    await call('rows.delete', { table: 'tenderSuppliers', id: supplierId });
    await call('rows.delete', { table: 'tenderLots', id: lotId });
    const count = (sql: string, ...ids: string[]) => (database.sqlite.prepare(sql).get(...ids) as { n: number }).n;
    const linesOf = 'SELECT count(*) AS n FROM tender_bid_lines WHERE lot_id = ? OR bid_id = ?';
    expect(count(linesOf, lotId, bidId)).toBeGreaterThan(0);
    await call('rows.purge', { table: 'tenderSuppliers', id: supplierId });
    await call('rows.purge', { table: 'tenderLots', id: lotId });
    expect(count('SELECT count(*) AS n FROM tender_suppliers WHERE id = ?', supplierId)).toBe(0);
    expect(count('SELECT count(*) AS n FROM tender_lots WHERE id = ?', lotId)).toBe(0);
    expect(count('SELECT count(*) AS n FROM tender_bids WHERE id = ?', bidId)).toBe(0);
    expect(count(linesOf, lotId, bidId)).toBe(0);
    expect(await call<Comparison>('tender.comparison', { dealId })).toEqual(comparison);
  }, 180_000);
});
