import { formatMoney } from '../../../core/numbers/display';

/** Amounts on the main issue's scale: money in the deal's currency, or a plain number with its unit. */
export function amountFormatter(currency: string, unit: string): (value: number) => string {
  const trimmed = unit.trim();
  if (!trimmed || trimmed.toUpperCase() === currency) {
    try {
      new Intl.NumberFormat(undefined, { style: 'currency', currency });
      // €9.40, never €9.4: the currency's usual decimals when there are any.
      return (value) => formatMoney(value, currency);
    } catch {
      // An unusual currency code Intl does not know: fall through to a plain number.
    }
  }
  const plain = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
  const suffix = trimmed || currency;
  return (value) => `${plain.format(value)} ${suffix}`;
}

/** Short tick labels: 120000 → 120k. */
export function compactNumber(value: number): string {
  return new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
