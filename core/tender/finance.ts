/**
 * The payment-terms finance effect per unit of spend, for the tender's cost coefficients.
 * The formula is the deal calculator's (core/calculator dealFigures); asking it for the
 * effect on one unit of yearly spend over one year keeps the award model linear.
 */
import { dealFigures } from '../calculator';
import type { TenderTerms } from './model';

/**
 * What paying `paymentDays` instead of the baseline days is worth to us, per unit of spend
 * (positive: paying later saves us money).
 */
export function paymentTermsGainPerUnit(terms: TenderTerms, paymentDays: number): number {
  // dealFigures also formats every figure for display (Intl, ~0.5 ms); the award model asks
  // for the same few day counts thousands of times, so keep the answers.
  const key = `${terms.currency}|${terms.costOfCapitalPct}|${terms.baselinePaymentDays}|${paymentDays}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const figures = dealFigures({
    currency: terms.currency,
    recurringPerYear: 1,
    oneOff: 0,
    termMonths: 12,
    paymentDays,
    listPricePerYear: null,
    costOfCapitalPercent: terms.costOfCapitalPct,
    baselinePaymentDays: terms.baselinePaymentDays,
    ourSide: 'buying',
  });
  const gain = figures.paymentTermsEffectForUs ?? 0;
  if (cache.size > 1000) cache.clear();
  cache.set(key, gain);
  return gain;
}

const cache = new Map<string, number>();
