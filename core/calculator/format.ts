/**
 * Number formatting through Intl, so separators and currency symbols follow the reader's
 * locale. `locale` undefined means the runtime's default (the app); tests and the plan pass
 * a fixed locale so their output does not depend on the machine.
 */

const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, options);
    cache.set(key, found);
  }
  return found;
}

/** How many decimals the currency uses (EUR 2, JPY 0); 2 for a code Intl does not know. */
export function currencyDecimals(currency: string): number {
  try {
    return formatter('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Rounds half away from zero to `decimals` places. Working on the decimal string avoids
 * binary surprises (1.005 → 1.01, not 1.00).
 */
export function roundHalfAway(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const magnitude = Math.abs(value);
  // Exponent notation (1e-7, 1e21) cannot take the string shift; those are far from a tie.
  if (String(magnitude).includes('e')) return sign * (Math.round(magnitude * 10 ** decimals) / 10 ** decimals) || 0;
  const shifted = Math.round(Number(`${magnitude}e${decimals}`));
  return sign * Number(`${shifted}e-${decimals}`) || 0;
}

/** An amount rounded to the currency's minor unit (cents, or whole yen). */
export const roundMoney = (value: number, currency: string): number => roundHalfAway(value, currencyDecimals(currency));

export function formatMoney(value: number, currency: string, locale?: string, wholeUnits = false): string {
  const decimals = wholeUnits ? 0 : currencyDecimals(currency);
  const rounded = roundHalfAway(value, decimals);
  try {
    return formatter(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(rounded);
  } catch {
    // A code Intl refuses (a made-up currency): the number and the code, still readable.
    return `${formatter(locale, { maximumFractionDigits: decimals }).format(rounded)} ${currency}`;
  }
}

export function formatNumber(value: number, locale?: string, maxDecimals = 2): string {
  return formatter(locale, { maximumFractionDigits: maxDecimals }).format(roundHalfAway(value, maxDecimals));
}

/** `percent` is in percent points (8 means 8 %). */
export function formatPercent(percent: number, locale?: string, maxDecimals = 2): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: maxDecimals }).format(
    roundHalfAway(percent, maxDecimals) / 100,
  );
}
