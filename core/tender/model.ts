/**
 * The tender: one deal (procurement) with several suppliers bidding on its lots.
 * These are the shapes the cost model, the award solver and the bid sheets share; the
 * database rows map onto them one to one (db/dealTables).
 */
import { z } from 'zod';

const money = z.number().finite().min(0);
const pct = z.number().finite().min(0).max(100);

export const lotSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  unit: z.string(),
  /** Units per year. */
  volume: z.number().finite().min(0),
  /** Today's price per unit (the incumbent's), the baseline savings are measured from. */
  baselinePrice: money,
});
export type Lot = z.infer<typeof lotSchema>;

export const supplierSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  incumbent: z.boolean(),
});
export type Supplier = z.infer<typeof supplierSchema>;

export const bidLineSchema = z.object({
  lotId: z.string().min(1),
  /** Price per unit; a lot the supplier did not bid on has no line. */
  unitPrice: money,
});
export type BidLine = z.infer<typeof bidLineSchema>;

export const bidSchema = z.object({
  supplierId: z.string().min(1),
  paymentDays: z.number().int().min(0).max(365),
  switchingCost: money,
  implementationCost: money,
  /** The service level the supplier commits to (e.g. on-time-in-full %). */
  serviceLevelPct: pct,
  /** Credit the supplier pays back, in % of the fee, per point below our service target. */
  serviceCreditPct: pct,
  /** A discount on everything it wins once it wins at least `volumeDiscountThresholdPct` of the tender. */
  volumeDiscountPct: pct,
  volumeDiscountThresholdPct: pct,
  /** Our evaluation of quality (0–100 points): the non-price part of the weighted value. */
  qualityScore: pct,
  lines: z.array(bidLineSchema),
});
export type Bid = z.infer<typeof bidSchema>;

export const constraintsSchema = z.object({
  /** Suppliers committing to less are not awarded anything. */
  minServiceLevelPct: pct.nullable(),
  /** No supplier wins more than this share of the tender (by baseline spend). */
  maxSharePct: pct.nullable(),
  minSuppliers: z.number().int().min(1).max(50),
  incumbentAllowed: z.boolean(),
});
export type Constraints = z.infer<typeof constraintsSchema>;

export const tenderTermsSchema = z.object({
  currency: z.string().min(1).max(8),
  termMonths: z.number().int().min(1).max(240),
  /** Our annual cost of capital, for the value of paying earlier or later. */
  costOfCapitalPct: z.number().finite().min(0).max(100),
  /** The payment terms we have today; finance effects are measured from these. */
  baselinePaymentDays: z.number().int().min(0).max(365),
  /** Our service target (same measure as the bids' service level). */
  serviceTargetPct: pct,
  /** What each point below the target costs us, in % of the spend (rework, lost sales). */
  shortfallCostPct: pct,
  /** Weight of price in the weighted value (0–100); quality gets the rest. */
  priceWeight: pct,
});
export type TenderTerms = z.infer<typeof tenderTermsSchema>;

export const tenderSchema = z.object({
  terms: tenderTermsSchema,
  lots: z.array(lotSchema),
  suppliers: z.array(supplierSchema),
  bids: z.array(bidSchema),
  constraints: constraintsSchema,
});
export type Tender = z.infer<typeof tenderSchema>;

export const SCENARIO_KINDS = ['lowestCost', 'bestValue', 'singleAward', 'splitByLot'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export const SCENARIO_LABELS: Record<ScenarioKind, string> = {
  lowestCost: 'Lowest total cost',
  bestValue: 'Best weighted value',
  singleAward: 'Single award',
  splitByLot: 'Split award by lot',
};

/** Which supplier wins each lot (lot id → supplier id). */
export type Assignment = Record<string, string>;
