/**
 * The payment-terms finance effect per unit of spend, for the tender's cost coefficients.
 * The formula belongs to the deal calculator (core/calculator); this adapter only asks it
 * for the effect on one unit of yearly spend so the award model stays linear.
 */
import type { TenderTerms } from './model';

/**
 * What paying `paymentDays` instead of the baseline days is worth to us, per unit of spend
 * (positive: paying later saves us money).
 */
export function paymentTermsGainPerUnit(terms: TenderTerms, paymentDays: number): number {
  // Placeholder until core/calculator (deal calculator) reaches this branch: then this
  // delegates to dealFigures and the local arithmetic goes.
  return ((terms.costOfCapitalPct / 100) * (paymentDays - terms.baselinePaymentDays)) / 365;
}
