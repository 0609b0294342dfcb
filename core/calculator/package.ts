import { type CalculatorSide, type DealFigures, type DealTerms, dealFigures } from './figures';
import { moneyPeriodOf, type NumericKind } from './numericKinds';
import type { CalculatorSettings } from './settings';

/** What the calculator needs to know of an issue: its kind, unit and each option's number. */
export interface CalculatorIssue {
  id: string;
  name: string;
  category: string;
  numericKind: NumericKind | null;
  unit: string;
  options: readonly { id: string; value: number | null }[];
}

/** A package: one option per issue (issue id → option id), as MESO offers store it. */
export type PackageChoice = Readonly<Record<string, string>>;

export interface CalculatorDeal {
  currency: string;
  ourSide: CalculatorSide;
}

export interface PackageTerms {
  terms: DealTerms;
  /** Where the term and payment terms came from: an issue's name, or the calculator's setting. */
  termFrom: string | null;
  paymentFrom: string | null;
  /** Numeric issues the package gives no number for (no option chosen, or an option without a value). */
  unvalued: string[];
}

function chosenValue(issue: CalculatorIssue, choice: PackageChoice): number | null {
  const optionId = Object.hasOwn(choice, issue.id) ? choice[issue.id] : undefined;
  return issue.options.find((o) => o.id === optionId)?.value ?? null;
}

/** The term issue: months, preferring the one filed under the Term category. */
function pick(issues: readonly CalculatorIssue[], kind: NumericKind, category: string, anyCategory: boolean) {
  return (
    issues.find((i) => i.numericKind === kind && i.category === category) ??
    (anyCategory ? issues.find((i) => i.numericKind === kind) : undefined)
  );
}

/**
 * Reads a package's terms from the deal's numeric issues. Every money issue adds to the
 * price by its period; a percent issue filed under Price is read as a discount off the list
 * price when no money issue sets the price; the term comes from a months issue and the
 * payment terms from a days issue filed under Payment terms, else from the settings.
 */
export function packageTerms(
  issues: readonly CalculatorIssue[],
  choice: PackageChoice,
  settings: CalculatorSettings,
  deal: CalculatorDeal,
): PackageTerms {
  const unvalued: string[] = [];
  let recurringPerYear: number | null = null;
  let oneOff = 0;
  for (const issue of issues) {
    if (issue.numericKind === null) continue;
    const value = chosenValue(issue, choice);
    if (value === null) {
      unvalued.push(issue.name.trim() || 'Unnamed issue');
      continue;
    }
    if (issue.numericKind !== 'money') continue;
    const period = moneyPeriodOf(issue.unit);
    if (period === 'one_off') oneOff += value;
    else recurringPerYear = (recurringPerYear ?? 0) + (period === 'per_month' ? value * 12 : value);
  }

  const discountIssue = pick(issues, 'percent', 'price', false);
  const discountPercent = discountIssue ? chosenValue(discountIssue, choice) : null;
  if (recurringPerYear === null && discountPercent !== null && settings.listPricePerYear !== null) {
    recurringPerYear = settings.listPricePerYear * (1 - discountPercent / 100);
  }

  const termIssue = pick(issues, 'months', 'term', true);
  const termFromIssue = termIssue ? chosenValue(termIssue, choice) : null;
  const paymentIssue = pick(issues, 'days', 'payment_terms', false);
  const paymentFromIssue = paymentIssue ? chosenValue(paymentIssue, choice) : null;

  const termMonths = termFromIssue ?? settings.termMonths;
  const paymentDays = paymentFromIssue ?? settings.paymentDays;
  return {
    terms: {
      currency: deal.currency,
      recurringPerYear,
      oneOff,
      termMonths,
      paymentDays,
      listPricePerYear: settings.listPricePerYear,
      costOfCapitalPercent: settings.costOfCapitalPercent,
      baselinePaymentDays: settings.baselinePaymentDays,
      ourSide: deal.ourSide,
    },
    termFrom: termFromIssue !== null ? termIssue?.name || 'Term' : termMonths !== null ? 'calculator setting' : null,
    paymentFrom:
      paymentFromIssue !== null
        ? paymentIssue?.name || 'Payment terms'
        : paymentDays !== null
          ? 'calculator setting'
          : null,
    unvalued,
  };
}

/** A package straight to its money figures: what MESO offers, received offers and the debrief show. */
export function packageFigures(
  issues: readonly CalculatorIssue[],
  choice: PackageChoice,
  settings: CalculatorSettings,
  deal: CalculatorDeal,
  locale?: string,
): DealFigures & Pick<PackageTerms, 'termFrom' | 'paymentFrom' | 'unvalued'> {
  const { terms, termFrom, paymentFrom, unvalued } = packageTerms(issues, choice, settings, deal);
  return { ...dealFigures(terms, locale), termFrom, paymentFrom, unvalued };
}

/** True when the deal has any numeric issue, i.e. the calculator has something to work with. */
export const hasNumericIssues = (issues: readonly Pick<CalculatorIssue, 'numericKind'>[]) =>
  issues.some((i) => i.numericKind !== null);
