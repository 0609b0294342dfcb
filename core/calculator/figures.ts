import { formatMoney, formatNumber, formatPercent } from './format';

/** Which way the money flows decides whose cash the payment terms cost. */
export type CalculatorSide = 'buying' | 'selling' | 'other';

/** A package's commercial terms, already turned into numbers (see package.ts). */
export interface DealTerms {
  currency: string;
  /** Recurring amounts per year (per-month amounts count twelve times). Null: none chosen. */
  recurringPerYear: number | null;
  /** One-off amounts (set-up fee, implementation), counted once in the total. */
  oneOff: number;
  termMonths: number | null;
  paymentDays: number | null;
  listPricePerYear: number | null;
  costOfCapitalPercent: number | null;
  baselinePaymentDays: number;
  ourSide: CalculatorSide;
}

export type FigureKey = 'annual' | 'oneOff' | 'tcv' | 'discount' | 'paymentEffect' | 'todayValue';

/** One computed figure, with the formula a reader can check by hand. */
export interface Figure {
  key: FigureKey;
  label: string;
  /** Full precision; `text` shows it rounded to the currency's minor unit. */
  value: number;
  text: string;
  formula: string;
}

export interface DealFigures {
  currency: string;
  annualValue: number | null;
  totalContractValue: number | null;
  discount: { perYear: number; overTerm: number | null; percent: number } | null;
  /**
   * What the payment terms are worth in financing, measured against the baseline days:
   * positive when the payer pays later than the baseline. The payer gains it, the payee
   * carries it.
   */
  paymentTermsEffect: number | null;
  /** The same effect from our side: a gain (+) when buying, a cost (−) when selling. */
  paymentTermsEffectForUs: number | null;
  /** The total in today's money: the contract value minus the financing effect. */
  valueToday: number | null;
  figures: Figure[];
  /** Why a figure could not be computed, in words a user can act on. */
  gaps: string[];
}

const DAYS_PER_YEAR = 365;

/**
 * The money figures of one set of terms. Payment terms are valued as simple interest on
 * each invoice for the days it is paid later than the baseline; summed over the term that
 * is exactly total × rate × days / 365, whatever the invoicing rhythm.
 */
export function dealFigures(terms: DealTerms, locale?: string): DealFigures {
  const { currency } = terms;
  const money = (v: number) => formatMoney(v, currency, locale);
  const figures: Figure[] = [];
  const gaps: string[] = [];

  const annualValue = terms.recurringPerYear;
  if (annualValue !== null) {
    figures.push({
      key: 'annual',
      label: 'Annual value',
      value: annualValue,
      text: money(annualValue),
      formula: `recurring amounts per year = ${money(annualValue)}`,
    });
  }
  if (terms.oneOff !== 0) {
    figures.push({
      key: 'oneOff',
      label: 'One-off amounts',
      value: terms.oneOff,
      text: money(terms.oneOff),
      formula: `one-off amounts = ${money(terms.oneOff)}`,
    });
  }

  let totalContractValue: number | null = null;
  if (annualValue === null) {
    if (terms.oneOff !== 0) totalContractValue = terms.oneOff;
    else gaps.push('No money amount in the package: give the price issue the kind Money and numbers on its options.');
  } else if (terms.termMonths === null) {
    gaps.push('No term: add a term issue in months, or set the term in the calculator.');
  } else {
    totalContractValue = (annualValue * terms.termMonths) / 12 + terms.oneOff;
  }
  if (totalContractValue !== null) {
    const recurringPart =
      annualValue === null
        ? ''
        : `${money(annualValue)} per year × ${formatNumber(terms.termMonths ?? 0, locale)} / 12 months`;
    const oneOffPart = terms.oneOff !== 0 ? money(terms.oneOff) : '';
    figures.push({
      key: 'tcv',
      label: 'Total contract value',
      value: totalContractValue,
      text: money(totalContractValue),
      formula: `${[recurringPart, oneOffPart].filter(Boolean).join(' + ')} = ${money(totalContractValue)}`,
    });
  }

  let discount: DealFigures['discount'] = null;
  if (terms.listPricePerYear !== null && terms.listPricePerYear > 0 && annualValue !== null) {
    const perYear = terms.listPricePerYear - annualValue;
    const percent = (perYear / terms.listPricePerYear) * 100;
    const overTerm = terms.termMonths === null ? null : (perYear * terms.termMonths) / 12;
    discount = { perYear, overTerm, percent };
    figures.push({
      key: 'discount',
      label: 'Discount against list',
      value: perYear,
      text: `${money(perYear)} per year (${formatPercent(percent, locale, 1)})`,
      formula: `(${money(terms.listPricePerYear)} − ${money(annualValue)}) / ${money(terms.listPricePerYear)} = ${formatPercent(percent, locale, 1)}${
        overTerm === null ? '' : `; over the term ${money(overTerm)}`
      }`,
    });
  } else if (terms.listPricePerYear === null && annualValue !== null) {
    gaps.push('No list price: set it in the calculator to see the discount.');
  }

  let paymentTermsEffect: number | null = null;
  if (totalContractValue !== null && terms.paymentDays !== null && terms.costOfCapitalPercent !== null) {
    const days = terms.paymentDays - terms.baselinePaymentDays;
    paymentTermsEffect = (totalContractValue * (terms.costOfCapitalPercent / 100) * days) / DAYS_PER_YEAR;
    figures.push({
      key: 'paymentEffect',
      label: `Cash effect of net ${formatNumber(terms.paymentDays, locale)}`,
      value: paymentTermsEffect,
      text: `${money(paymentTermsEffect)} ${effectWording(terms.ourSide, paymentTermsEffect)}`,
      formula: `${money(totalContractValue)} × ${formatPercent(terms.costOfCapitalPercent, locale)} × (${formatNumber(
        terms.paymentDays,
        locale,
      )} − ${formatNumber(terms.baselinePaymentDays, locale)}) / ${DAYS_PER_YEAR} days = ${money(paymentTermsEffect)}`,
    });
  } else if (totalContractValue !== null) {
    if (terms.paymentDays === null)
      gaps.push('No payment terms: add a payment-terms issue in days, or set them in the calculator.');
    if (terms.costOfCapitalPercent === null)
      gaps.push('No cost of capital: set it in the calculator to value the payment terms.');
  }

  const valueToday =
    totalContractValue !== null && paymentTermsEffect !== null ? totalContractValue - paymentTermsEffect : null;
  if (valueToday !== null && totalContractValue !== null && paymentTermsEffect !== null) {
    figures.push({
      key: 'todayValue',
      label: "Total in today's money",
      value: valueToday,
      text: money(valueToday),
      formula: `${money(totalContractValue)} − ${money(paymentTermsEffect)} = ${money(valueToday)}`,
    });
  }

  const forUs =
    paymentTermsEffect === null
      ? null
      : terms.ourSide === 'buying'
        ? paymentTermsEffect
        : terms.ourSide === 'selling'
          ? -paymentTermsEffect
          : paymentTermsEffect;

  return {
    currency,
    annualValue,
    totalContractValue,
    discount,
    paymentTermsEffect,
    paymentTermsEffectForUs: forUs === null ? null : forUs || 0,
    valueToday,
    figures,
    gaps,
  };
}

function effectWording(side: CalculatorSide, effect: number): string {
  if (effect === 0) return 'no financing effect';
  const later = effect > 0;
  if (side === 'selling') return later ? 'financing cost to us' : 'financing gain to us';
  if (side === 'buying') return later ? 'financing gain to us' : 'financing cost to us';
  return later ? 'gained by the payer' : 'gained by the payee';
}
