/**
 * The tender's rows: one write path per change — validate with the core schema, one
 * transaction, move the deal's "last edited" time, return what was committed.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { notFound, UserError } from '../../core/errors';
import type { BidSheetReading } from '../../core/tender/bidSheet/parse';
import {
  bidFieldsSchema,
  bidLineFieldsSchema,
  DEFAULT_TENDER,
  type Lot,
  type LotFields,
  lotPatchSchema,
  newLotSchema,
  newSupplierSchema,
  type Supplier,
  type SupplierFields,
  supplierPatchSchema,
  type TenderFields,
  tenderFieldsSchema,
} from '../../core/tender/fields';
import type { TenderRows } from '../../core/tender/fromRows';
import { assertLiveDeal, writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { tenderBidLines, tenderBids, tenderLots, tenderSuppliers, tenders } from '../schema';
import { defineRowStore } from './dealRows';

const tenderPatch = tenderFieldsSchema.partial();

const defined = <T extends Record<string, unknown>>(values: T): Partial<T> =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;

function readFields(db: ParleyDb, dealId: string): TenderFields {
  const row = db.select().from(tenders).where(eq(tenders.dealId, dealId)).get();
  if (!row) return { ...DEFAULT_TENDER };
  const { dealId: _deal, ...fields } = row;
  return fields;
}

export function readTenderRows(db: ParleyDb, dealId: string): TenderRows {
  const tender = readFields(db, dealId);
  const lots = db
    .select()
    .from(tenderLots)
    .where(and(eq(tenderLots.dealId, dealId), isNull(tenderLots.deletedAt)))
    .orderBy(asc(tenderLots.position))
    .all();
  const suppliers = db
    .select()
    .from(tenderSuppliers)
    .where(and(eq(tenderSuppliers.dealId, dealId), isNull(tenderSuppliers.deletedAt)))
    .orderBy(asc(tenderSuppliers.position))
    .all();
  const supplierIds = suppliers.map((s) => s.id);
  const bids =
    supplierIds.length === 0
      ? []
      : db.select().from(tenderBids).where(inArray(tenderBids.supplierId, supplierIds)).all();
  const bidIds = bids.map((b) => b.id);
  const bidLines =
    bidIds.length === 0
      ? []
      : db
          .select()
          .from(tenderBidLines)
          .where(inArray(tenderBidLines.bidId, bidIds))
          .orderBy(asc(tenderBidLines.position))
          .all();
  // A deleted lot's prices wait with it for Undo: no reader (comparison, solver, sheets) sees them.
  const liveLots = new Set(lots.map((l) => l.id));
  return {
    tender,
    lots: lots.map(({ dealId: _d, position: _p, deletedAt: _deleted, ...lot }) => lot),
    suppliers: suppliers.map(({ dealId: _d, position: _p, deletedAt: _deleted, ...s }) => s),
    bids: bids.map(({ position: _p, dealId: _d, ...b }) => b),
    bidLines: bidLines.filter((l) => liveLots.has(l.lotId)).map(({ position: _p, ...l }) => l),
  };
}

export function getTenderRows(db: ParleyDb, dealId: string): TenderRows {
  assertLiveDeal(db, dealId);
  return readTenderRows(db, dealId);
}

export function updateTender(db: ParleyDb, dealId: string, patch: unknown): TenderFields {
  const parsed = defined(tenderPatch.parse(patch ?? {}));
  return writeDeal(db, dealId, (tx) => {
    const merged = { ...readFields(tx, dealId), ...parsed };
    const checked = tenderFieldsSchema.parse(merged);
    if (checked.priceWeightLow > checked.priceWeightHigh)
      throw new UserError('invalid_input', 'The lowest weight of price must not exceed the highest.', {
        priceWeightLow: 'Must not exceed the highest weight of price.',
      });
    tx.insert(tenders)
      .values({ dealId, ...checked })
      .onConflictDoUpdate({ target: tenders.dealId, set: checked })
      .run();
    return readFields(tx, dealId);
  });
}

/** The lots (`rows.*`, table 'tenderLots'); a deleted lot takes its prices along until Undo or purge. */
export const lotStore = defineRowStore<typeof tenderLots, Lot>({
  table: tenderLots,
  label: 'The lot',
  newSchema: newLotSchema,
  patchSchema: lotPatchSchema,
  defaults: { name: '', unit: 'unit', volume: 0, baselinePrice: 0 } satisfies LotFields,
  read: (_db, rows) => rows.map(({ dealId: _d, position: _p, deletedAt: _deleted, ...lot }) => lot),
});

/** The suppliers (`rows.*`, table 'tenderSuppliers'); a deleted supplier hides its bid (its registry child). */
export const supplierStore = defineRowStore<typeof tenderSuppliers, Supplier>({
  table: tenderSuppliers,
  label: 'The supplier',
  newSchema: newSupplierSchema,
  patchSchema: supplierPatchSchema,
  defaults: { name: '', incumbent: false, qualityScore: 50, notes: '' } satisfies SupplierFields,
  read: (_db, rows) => rows.map(({ dealId: _d, position: _p, deletedAt: _deleted, ...supplier }) => supplier),
});

/**
 * Writes a bid read from a sheet, replacing the supplier's previous bid, in one
 * transaction. Refuses a reading with problems: the preview is the only way in.
 */
export function saveBidFromSheet(db: ParleyDb, dealId: string, reading: BidSheetReading, sourceFile: string) {
  const bid = reading.bid;
  if (!bid || reading.problems.length > 0)
    throw new UserError('invalid_input', 'This bid sheet has problems; fix them and import it again.');
  return writeDeal(db, dealId, (tx) => {
    const rows = readTenderRows(tx, dealId);
    if (!rows.suppliers.some((s) => s.id === bid.supplierId)) throw notFound('The supplier');
    const lotIds = new Set(rows.lots.map((l) => l.id));
    const stray = bid.lines.find((l) => !lotIds.has(l.lotId));
    if (stray)
      throw new UserError(
        'conflict',
        'A lot of this sheet was removed from the tender meanwhile; export a new template.',
      );
    tx.delete(tenderBids).where(eq(tenderBids.supplierId, bid.supplierId)).run();
    const id = randomUUID();
    const { lines, ...terms } = bid;
    const fields = bidFieldsSchema.parse({ ...terms, sourceFile: sourceFile.slice(0, 500) });
    tx.insert(tenderBids)
      .values({ id, dealId, ...fields, position: 0 })
      .run();
    lines.forEach((line, k) => {
      const checked = bidLineFieldsSchema.parse(line);
      tx.insert(tenderBidLines)
        .values({ id: randomUUID(), bidId: id, ...checked, position: k })
        .run();
    });
    return readTenderRows(tx, dealId);
  });
}
