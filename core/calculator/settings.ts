import { z } from 'zod';

/** A term above 50 years or payment terms above ~3 years are typos, not deals. */
export const TERM_MONTHS_LIMIT = 600;
export const PAYMENT_DAYS_LIMIT = 1000;
const LIST_PRICE_LIMIT = 1e12;

const optionalNumber = (label: string, min: number, max: number, unit = '') =>
  z
    .number({ error: `${label} must be a number` })
    .min(min, `${label} must be at least ${min}${unit}`)
    .max(max, `${label} must be at most ${max}${unit}`)
    .nullable();

/**
 * The deal-level inputs of the calculator. The package supplies price, term and payment
 * terms from its numeric issues; these fill in what the package does not say.
 */
export const calculatorSettingsSchema = z.strictObject({
  /** List price per year, in the deal's currency; the discount is measured against it. */
  listPricePerYear: optionalNumber('List price', 0, LIST_PRICE_LIMIT),
  /** Yearly cost of capital in percent points (8 = 8 % a year). */
  costOfCapitalPercent: optionalNumber('Cost of capital', 0, 100, ' %'),
  /** Term in months when no issue of the package is a term in months. */
  termMonths: optionalNumber('Term', 0, TERM_MONTHS_LIMIT, ' months'),
  /** Payment terms in days when no issue of the package is payment terms in days. */
  paymentDays: optionalNumber('Payment terms', 0, PAYMENT_DAYS_LIMIT, ' days'),
  /** The payment terms the cash effect is measured against (0 = paid on invoice). */
  baselinePaymentDays: z
    .number({ error: 'Baseline payment terms must be a number' })
    .min(0, 'Baseline payment terms cannot be negative')
    .max(PAYMENT_DAYS_LIMIT, `Baseline payment terms must be at most ${PAYMENT_DAYS_LIMIT} days`),
});
export type CalculatorSettings = z.infer<typeof calculatorSettingsSchema>;
export const calculatorSettingsPatchSchema = calculatorSettingsSchema.partial();

export const CALCULATOR_DEFAULTS: CalculatorSettings = {
  listPricePerYear: null,
  costOfCapitalPercent: null,
  termMonths: null,
  paymentDays: null,
  baselinePaymentDays: 0,
};
