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
    lotIds.set(fixtureId, (await call<{ id: string }>('tender.addLot', { dealId, fields })).id);
  }
  const supplierIds = new Map<string, string>();
  for (const s of fixture.suppliers) {
    const bid = must(kestrelBids().find((b) => b.supplierId === s.id));
    const added = await call<{ id: string }>('tender.addSupplier', {
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
});
