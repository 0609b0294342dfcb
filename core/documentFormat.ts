import { formatMoney } from './numbers/display';

/**
 * Number and date wording for generated documents (plan, offer sheet, readiness texts).
 * One fixed locale so a printed plan reads the same on every machine that prints it.
 */
const LOCALE = 'en-GB';

const plainNumber = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export const formatNumber = (value: number): string => plainNumber.format(value);

const formatters = new Map<string, (value: number) => string>();

/**
 * Amounts on a deal's scale: money in its currency, or a number with its unit. Memoised:
 * building an Intl formatter costs far more than using one, and the deals list checks
 * thousands of deals at once.
 */
export function amountFormat(currency: string, unit = ''): (value: number) => string {
  const key = `${currency}\u0000${unit}`;
  let format = formatters.get(key);
  if (!format) {
    format = buildAmountFormat(currency, unit);
    if (formatters.size < 500) formatters.set(key, format);
  }
  return format;
}

function buildAmountFormat(currency: string, unit: string): (value: number) => string {
  const trimmed = unit.trim();
  if (!trimmed || trimmed.toUpperCase() === currency) {
    try {
      new Intl.NumberFormat(LOCALE, { style: 'currency', currency });
      // €9.40, never €9.4: the currency's usual decimals when there are any.
      return (value) => formatMoney(value, currency, LOCALE);
    } catch {
      // A currency code Intl does not know: a plain number with the code.
    }
  }
  const suffix = trimmed || currency;
  return (value) => `${plainNumber.format(value)} ${suffix}`;
}

/** A value with an optional unit typed by the user ("12 %", "30 days", "1,200"). */
export const withUnit = (value: number, unit: string): string =>
  unit.trim() ? `${plainNumber.format(value)} ${unit.trim()}` : plainNumber.format(value);

/** Calendar dates (YYYY-MM-DD) and ISO times, as "15 Mar 2027". */
export function formatDay(value: string | null): string {
  if (!value) return '—';
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** 0–100 points, one decimal at most. */
export const formatPoints = (value: number): string =>
  `${(Math.round(value * 10) / 10).toFixed(1).replace(/\.0$/, '')}`;
