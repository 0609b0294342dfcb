import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ScenarioKind } from '../../core/tender/model';
import { deals } from './deals';

/**
 * A tender is a deal with several suppliers (see README, "Tenders"): its terms and hard
 * constraints, one row per deal; a deal without one has core/tender/fields DEFAULT_TENDER.
 */
export const tenders = sqliteTable('tenders', {
  dealId: text('deal_id')
    .primaryKey()
    .references(() => deals.id, { onDelete: 'cascade' }),
  currency: text('currency').notNull().default('EUR'),
  termMonths: integer('term_months').notNull().default(24),
  costOfCapitalPct: real('cost_of_capital_pct').notNull().default(8),
  baselinePaymentDays: integer('baseline_payment_days').notNull().default(30),
  serviceTargetPct: real('service_target_pct').notNull().default(98.5),
  shortfallCostPct: real('shortfall_cost_pct').notNull().default(0),
  priceWeight: real('price_weight').notNull().default(70),
  minServiceLevelPct: real('min_service_level_pct'),
  maxSharePct: real('max_share_pct'),
  minSuppliers: integer('min_suppliers').notNull().default(1),
  incumbentAllowed: integer('incumbent_allowed', { mode: 'boolean' }).notNull().default(true),
  pickedScenario: text('picked_scenario').$type<ScenarioKind>(),
  qualitySpread: real('quality_spread').notNull().default(10),
  priceWeightLow: real('price_weight_low').notNull().default(50),
  priceWeightHigh: real('price_weight_high').notNull().default(90),
});

/** One lot (lane, item) of the tender: volume per year and today's price per unit. */
export const tenderLots = sqliteTable(
  'tender_lots',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    name: text('name').notNull().default(''),
    unit: text('unit').notNull().default('unit'),
    volume: real('volume').notNull().default(0),
    baselinePrice: real('baseline_price').notNull().default(0),
    position: real('position').notNull(),
    /** Soft delete: the lot and its prices wait for Undo, then are purged (see rowColumns.ts). */
    deletedAt: text('deleted_at'),
  },
  (t) => [index('tender_lots_deal_idx').on(t.dealId, t.position)],
);

export const tenderSuppliers = sqliteTable(
  'tender_suppliers',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    name: text('name').notNull().default(''),
    incumbent: integer('incumbent', { mode: 'boolean' }).notNull().default(false),
    qualityScore: real('quality_score').notNull().default(50),
    notes: text('notes').notNull().default(''),
    position: real('position').notNull(),
    /** Soft delete: the supplier and its bid wait for Undo, then are purged. */
    deletedAt: text('deleted_at'),
  },
  (t) => [index('tender_suppliers_deal_idx').on(t.dealId, t.position)],
);

/** A supplier's bid: its commercial terms; the prices are its lines. One per supplier. */
export const tenderBids = sqliteTable(
  'tender_bids',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    supplierId: text('supplier_id')
      .notNull()
      .references(() => tenderSuppliers.id, { onDelete: 'cascade' }),
    paymentDays: integer('payment_days').notNull().default(30),
    switchingCost: real('switching_cost').notNull().default(0),
    implementationCost: real('implementation_cost').notNull().default(0),
    serviceLevelPct: real('service_level_pct').notNull().default(0),
    serviceCreditPct: real('service_credit_pct').notNull().default(0),
    volumeDiscountPct: real('volume_discount_pct').notNull().default(0),
    volumeDiscountThresholdPct: real('volume_discount_threshold_pct').notNull().default(0),
    sourceFile: text('source_file').notNull().default(''),
    position: real('position').notNull(),
  },
  (t) => [uniqueIndex('tender_bids_supplier_idx').on(t.supplierId)],
);

/** A bid's price for one lot; no line means no bid on that lot. */
export const tenderBidLines = sqliteTable(
  'tender_bid_lines',
  {
    id: text('id').primaryKey(),
    bidId: text('bid_id')
      .notNull()
      .references(() => tenderBids.id, { onDelete: 'cascade' }),
    lotId: text('lot_id')
      .notNull()
      .references(() => tenderLots.id, { onDelete: 'cascade' }),
    unitPrice: real('unit_price').notNull(),
    position: real('position').notNull(),
  },
  (t) => [index('tender_bid_lines_bid_idx').on(t.bidId), index('tender_bid_lines_lot_idx').on(t.lotId)],
);
