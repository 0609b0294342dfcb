/** Amounts on the main issue's scale: money in the deal's currency, or a plain number with its unit. */
export function amountFormatter(currency: string, unit: string): (value: number) => string {
  const trimmed = unit.trim();
  if (!trimmed || trimmed.toUpperCase() === currency) {
    try {
      const money = new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency,
        minimumFractionDigits: 0,
        maximumFractionDigits: 2,
      });
      return (value) => money.format(value);
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
