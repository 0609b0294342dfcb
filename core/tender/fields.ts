/**
 * The user-editable fields of the tender's rows, as stored (db/schema/tender.ts) and as
 * they travel in deal files. `toTender` (tender/fromRows.ts) turns the rows into the
 * shapes the cost model and the solver read.
 */
import { z } from 'zod';
import { nonNegativeAmount, score } from '../numbers';
import { entityId, shortText } from '../text';
import { SCENARIO_KINDS } from './model';

const percent = (label: string) => score(label);
const days = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number of days`)
    .min(0, `${label} cannot be negative`)
    .max(365, `${label} must be at most 365 days`);

/** The tender's terms, hard constraints, the scenario picked for the plan and the robustness ranges. */
export const tenderFieldsSchema = z.strictObject({
  currency: z
    .string({ error: 'Currency must be text' })
    .trim()
    .regex(/^[A-Z]{3}$/, 'Currency must be a three-letter code such as EUR'),
  termMonths: z
    .number({ error: 'Term must be a number' })
    .int('Term must be whole months')
    .min(1, 'Term must be at least 1 month')
    .max(240, 'Term must be at most 240 months'),
  costOfCapitalPct: percent('Cost of capital'),
  baselinePaymentDays: days('Baseline payment terms'),
  serviceTargetPct: percent('Service target'),
  shortfallCostPct: percent('Cost of a point below target'),
  priceWeight: percent('Weight of price'),
  minServiceLevelPct: percent('Minimum service level').nullable(),
  maxSharePct: percent('Maximum share per supplier').nullable(),
  minSuppliers: z
    .number({ error: 'At least … suppliers must be a number' })
    .int('At least … suppliers must be a whole number')
    .min(1, 'At least one supplier is needed')
    .max(50, 'At most 50 suppliers'),
  incumbentAllowed: z.boolean({ error: 'Incumbent allowed must be yes or no' }),
  pickedScenario: z.enum(SCENARIO_KINDS, { error: `Scenario must be one of: ${SCENARIO_KINDS.join(', ')}` }).nullable(),
  qualitySpread: percent('Quality score spread'),
  priceWeightLow: percent('Lowest weight of price'),
  priceWeightHigh: percent('Highest weight of price'),
});
export type TenderFields = z.infer<typeof tenderFieldsSchema>;

export const DEFAULT_TENDER: TenderFields = {
  currency: 'EUR',
  termMonths: 24,
  costOfCapitalPct: 8,
  baselinePaymentDays: 30,
  serviceTargetPct: 98.5,
  shortfallCostPct: 0,
  priceWeight: 70,
  minServiceLevelPct: null,
  maxSharePct: null,
  minSuppliers: 1,
  incumbentAllowed: true,
  pickedScenario: null,
  qualitySpread: 10,
  priceWeightLow: 50,
  priceWeightHigh: 90,
};

export const lotFieldsSchema = z.strictObject({
  name: shortText('Lot name'),
  unit: shortText('Unit').max(40, 'Unit must be at most 40 characters'),
  volume: nonNegativeAmount('Volume per year'),
  baselinePrice: nonNegativeAmount('Baseline price'),
});
export type LotFields = z.infer<typeof lotFieldsSchema>;
/** A lot as `rows.list('tenderLots')` and `tender.get` answer it. */
export type Lot = LotFields & { id: string };
/** A new lot's fields (`rows.create`, table 'tenderLots'); what is left out takes its default. */
export const newLotSchema = lotFieldsSchema.partial();
export const lotPatchSchema = lotFieldsSchema.partial();

export const supplierFieldsSchema = z.strictObject({
  name: shortText('Supplier name'),
  incumbent: z.boolean({ error: 'Incumbent must be yes or no' }),
  /** Our evaluation of quality (0–100): the non-price part of the weighted value. */
  qualityScore: score('Quality score'),
  notes: shortText('Notes'),
});
export type SupplierFields = z.infer<typeof supplierFieldsSchema>;
/** A supplier as `rows.list('tenderSuppliers')` and `tender.get` answer it. */
export type Supplier = SupplierFields & { id: string };
export const newSupplierSchema = supplierFieldsSchema.partial();
export const supplierPatchSchema = supplierFieldsSchema.partial();

export const bidFieldsSchema = z.strictObject({
  supplierId: entityId('Supplier'),
  paymentDays: days('Payment terms'),
  switchingCost: nonNegativeAmount('Switching cost'),
  implementationCost: nonNegativeAmount('Implementation cost'),
  serviceLevelPct: percent('Service level'),
  serviceCreditPct: percent('Service credit'),
  volumeDiscountPct: percent('Volume discount'),
  volumeDiscountThresholdPct: percent('Volume discount threshold'),
  /** The file the bid was imported from, for the committee's audit trail. */
  sourceFile: shortText('Source file'),
});
export type BidFields = z.infer<typeof bidFieldsSchema>;

export const bidLineFieldsSchema = z.strictObject({
  lotId: entityId('Lot'),
  unitPrice: nonNegativeAmount('Unit price'),
});
export type BidLineFields = z.infer<typeof bidLineFieldsSchema>;
