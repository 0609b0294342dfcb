import { readNumber } from './reader';
import { currencyDecimals } from './separators';

/**
 * Money as people write it: the currency's usual decimals when there are cents (€9.40,
 * never €9.4), none for whole amounts (€410,000), and ¥ without decimals at all.
 */
export function formatMoney(value: number, currency: string, locale?: string): string {
  const decimals = Number.isInteger(value) ? 0 : currencyDecimals(currency);
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value);
  } catch {
    return `${formatPlain(value, locale)} ${currency}`;
  }
}

export function formatPlain(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}

/**
 * The text an input shows for a stored number, in the user's locale and without grouping,
 * chosen so that reading it back gives the same number: where the locale's own spelling
 * would be refused as ambiguous ("1.234" in en-US), one more zero makes it plain.
 */
export function formatForInput(value: number, locale: string): string {
  const text = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
  return readNumber(text, { locale }).kind === 'refused' ? `${text}0` : text;
}

/** What a typed number was understood as, in words for the line beside the field. */
export function describeReading(value: number, options: { locale: string; currency?: string | undefined }): string {
  return options.currency ? formatMoney(value, options.currency, options.locale) : formatPlain(value, options.locale);
}
