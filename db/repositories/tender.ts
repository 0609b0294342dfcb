/**
 * The tender's rows: one write path per change — validate with the core schema, one
 * transaction, move the deal's "last edited" time, return what was committed.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { notFound, UserError } from '../../core/errors';
import type { BidSheetReading } from '../../core/tender/bidSheet/parse';
import {
  bidFieldsSchema,
  bidLineFieldsSchema,
  DEFAULT_TENDER,
  type LotFields,
  lotFieldsSchema,
  type SupplierFields,
  supplierFieldsSchema,
  type TenderFields,
  tenderFieldsSchema,
} from '../../core/tender/fields';
import type { TenderRows } from '../../core/tender/fromRows';
import { assertLiveDeal, writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { tenderBidLines, tenderBids, tenderLots, tenderSuppliers, tenders } from '../schema';

const tenderPatch = tenderFieldsSchema.partial();
const lotPatch = lotFieldsSchema.partial();
const supplierPatch = supplierFieldsSchema.partial();

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
    .where(eq(tenderLots.dealId, dealId))
    .orderBy(asc(tenderLots.position))
    .all();
  const suppliers = db
    .select()
    .from(tenderSuppliers)
    .where(eq(tenderSuppliers.dealId, dealId))
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
  return {
    tender,
    lots: lots.map(({ dealId: _d, position: _p, ...lot }) => lot),
    suppliers: suppliers.map(({ dealId: _d, position: _p, ...s }) => s),
    bids: bids.map(({ position: _p, dealId: _d, ...b }) => b),
    bidLines: bidLines.map(({ position: _p, ...l }) => l),
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

function nextPosition(db: ParleyDb, table: typeof tenderLots | typeof tenderSuppliers, dealId: string): number {
  const rows = db.select({ position: table.position }).from(table).where(eq(table.dealId, dealId)).all();
  return rows.reduce((max, r) => Math.max(max, r.position + 1), 0);
}

const LOT_DEFAULTS: LotFields = { name: '', unit: 'unit', volume: 0, baselinePrice: 0 };
const SUPPLIER_DEFAULTS: SupplierFields = { name: '', incumbent: false, qualityScore: 50, notes: '' };

export function addLot(db: ParleyDb, dealId: string, input: unknown): LotFields & { id: string } {
  const fields = lotFieldsSchema.parse({ ...LOT_DEFAULTS, ...defined((input ?? {}) as Record<string, unknown>) });
  return writeDeal(db, dealId, (tx) => {
    const id = randomUUID();
    tx.insert(tenderLots)
      .values({ id, dealId, ...fields, position: nextPosition(tx, tenderLots, dealId) })
      .run();
    return lotById(tx, dealId, id);
  });
}

function lotById(db: ParleyDb, dealId: string, id: string): LotFields & { id: string } {
  const row = db
    .select()
    .from(tenderLots)
    .where(and(eq(tenderLots.id, id), eq(tenderLots.dealId, dealId)))
    .get();
  if (!row) throw notFound('The lot');
  const { dealId: _d, position: _p, ...lot } = row;
  return lot;
}

export function updateLot(db: ParleyDb, dealId: string, id: string, patch: unknown): LotFields & { id: string } {
  const parsed = defined(lotPatch.parse(patch ?? {}));
  return writeDeal(db, dealId, (tx) => {
    lotById(tx, dealId, id);
    if (Object.keys(parsed).length > 0) tx.update(tenderLots).set(parsed).where(eq(tenderLots.id, id)).run();
    return lotById(tx, dealId, id);
  });
}

/** Removes the lot and every price bid on it. */
export function removeLot(db: ParleyDb, dealId: string, id: string): { id: string } {
  return writeDeal(db, dealId, (tx) => {
    lotById(tx, dealId, id);
    tx.delete(tenderLots).where(eq(tenderLots.id, id)).run();
    return { id };
  });
}

function supplierById(db: ParleyDb, dealId: string, id: string): SupplierFields & { id: string } {
  const row = db
    .select()
    .from(tenderSuppliers)
    .where(and(eq(tenderSuppliers.id, id), eq(tenderSuppliers.dealId, dealId)))
    .get();
  if (!row) throw notFound('The supplier');
  const { dealId: _d, position: _p, ...supplier } = row;
  return supplier;
}

export function addSupplier(db: ParleyDb, dealId: string, input: unknown): SupplierFields & { id: string } {
  const fields = supplierFieldsSchema.parse({
    ...SUPPLIER_DEFAULTS,
    ...defined((input ?? {}) as Record<string, unknown>),
  });
  return writeDeal(db, dealId, (tx) => {
    const id = randomUUID();
    tx.insert(tenderSuppliers)
      .values({ id, dealId, ...fields, position: nextPosition(tx, tenderSuppliers, dealId) })
      .run();
    return supplierById(tx, dealId, id);
  });
}

export function updateSupplier(db: ParleyDb, dealId: string, id: string, patch: unknown) {
  const parsed = defined(supplierPatch.parse(patch ?? {}));
  return writeDeal(db, dealId, (tx) => {
    supplierById(tx, dealId, id);
    if (Object.keys(parsed).length > 0) tx.update(tenderSuppliers).set(parsed).where(eq(tenderSuppliers.id, id)).run();
    return supplierById(tx, dealId, id);
  });
}

/** Removes the supplier with its bid. */
export function removeSupplier(db: ParleyDb, dealId: string, id: string): { id: string } {
  return writeDeal(db, dealId, (tx) => {
    supplierById(tx, dealId, id);
    tx.delete(tenderSuppliers).where(eq(tenderSuppliers.id, id)).run();
    return { id };
  });
}

/**
 * Writes a bid read from a sheet, replacing the supplier's previous bid, in one
 * transaction. Refuses a reading with problems: the preview is the only way in.
 */
export function saveBidFromSheet(db: ParleyDb, dealId: string, reading: BidSheetReading, sourceFile: string) {
  const bid = reading.bid;
  if (!bid || reading.problems.length > 0)
    throw new UserError('invalid_input', 'This bid sheet has problems; fix them and import it again.');
  return writeDeal(db, dealId, (tx) => {
    supplierById(tx, dealId, bid.supplierId);
    const lotIds = new Set(
      tx
        .select({ id: tenderLots.id })
        .from(tenderLots)
        .where(eq(tenderLots.dealId, dealId))
        .all()
        .map((l) => l.id),
    );
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
