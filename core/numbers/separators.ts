/**
 * What a locale writes between digit groups and before the decimals, and how it writes a
 * currency, learned from the platform's Intl data rather than a hand-kept table.
 */
export interface LocaleNumbers {
  locale: string;
  group: string;
  decimal: string;
}

const cache = new Map<string, LocaleNumbers>();

export function localeNumbers(locale: string): LocaleNumbers {
  const known = cache.get(locale);
  if (known) return known;
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  const found: LocaleNumbers = {
    locale: new Intl.NumberFormat(locale).resolvedOptions().locale,
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
  cache.set(locale, found);
  return found;
}

/** Every way this locale may print the currency: symbol, narrow symbol, ISO code (€, EUR, US$, $). */
export function currencyMarks(locale: string, currency: string): string[] {
  const marks = new Set<string>([currency.toUpperCase()]);
  for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code'] as const) {
    try {
      const part = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay })
        .formatToParts(1)
        .find((p) => p.type === 'currency');
      if (part) marks.add(part.value);
    } catch {
      // A code Intl does not know: the code itself is still accepted.
    }
  }
  // Longest first, so "US$" is taken whole before "$".
  return [...marks].sort((a, b) => b.length - a.length);
}

/** The currency's usual number of decimals (2 for EUR, 0 for JPY), or 2 when Intl does not know it. */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
