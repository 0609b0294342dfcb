import { z } from 'zod';

/**
 * What the numbers of a numeric issue measure. An issue without a kind stays a list of
 * labelled options (SLA wording, data rights…); one with a kind carries a number per option.
 */
export const NUMERIC_KINDS = ['money', 'days', 'months', 'percent', 'count'] as const;
export type NumericKind = (typeof NUMERIC_KINDS)[number];

export const NUMERIC_KIND_LABELS: Record<NumericKind, string> = {
  money: 'Money',
  days: 'Days',
  months: 'Months',
  percent: 'Percent',
  count: 'Count',
};

/**
 * The period a money amount covers. It decides how the amount enters the total contract
 * value: recurring amounts are multiplied over the term, a one-off amount counts once.
 */
export const MONEY_PERIODS = ['per_year', 'per_month', 'one_off'] as const;
export type MoneyPeriod = (typeof MONEY_PERIODS)[number];
export const MONEY_PERIOD_LABELS: Record<MoneyPeriod, string> = {
  per_year: 'per year',
  per_month: 'per month',
  one_off: 'one-off',
};

export const numericKindSchema = z
  .enum(NUMERIC_KINDS, { error: `Kind must be one of: ${NUMERIC_KINDS.join(', ')}` })
  .nullable();

/**
 * The unit written beside the numbers. For money it is one of the periods above; for a
 * count it is free text ("seats", "sites"); days, months and percent need none.
 */
export const numericUnitSchema = z
  .string({ error: 'Unit must be text' })
  .trim()
  .max(30, 'Unit must be at most 30 characters');

/** A money unit the calculator does not know counts as a yearly amount (the common case). */
export function moneyPeriodOf(unit: string): MoneyPeriod {
  return (MONEY_PERIODS as readonly string[]).includes(unit) ? (unit as MoneyPeriod) : 'per_year';
}

/** The unit as a reader sees it beside a number ("days", "€ per year", "seats"). */
export function unitLabel(kind: NumericKind | null, unit: string, currency: string): string {
  switch (kind) {
    case 'money':
      return `${currency} ${MONEY_PERIOD_LABELS[moneyPeriodOf(unit)]}`;
    case 'days':
      return 'days';
    case 'months':
      return 'months';
    case 'percent':
      return '%';
    case 'count':
      return unit.trim();
    default:
      return unit.trim();
  }
}
