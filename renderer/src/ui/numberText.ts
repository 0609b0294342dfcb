import { describeReading, formatForInput } from '../../../core/numbers/display';
import { readNumber } from '../../../core/numbers/reader';
import { UnreadableInput } from './useAutosave';

/** The language the user's system reads and writes numbers in. */
export const userLocale = (): string => navigator.language || 'en-US';

const ISO_CODE = /^[A-Z]{3}$/;

/** A suffix that is a currency code Intl knows ("EUR") makes the field a money field. */
export function currencyOf(suffix: string | undefined): string | undefined {
  if (!suffix || !ISO_CODE.test(suffix)) return undefined;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: suffix });
    return suffix;
  } catch {
    return undefined;
  }
}

/** How a number field converts between the stored number and the text typed in the user's locale. */
export function numberText(currency: string | undefined) {
  const locale = userLocale();
  return {
    toText: (value: number | null) => (value === null ? '' : formatForInput(value, locale)),
    fromText: (raw: string): number | null => {
      const reading = readNumber(raw, { locale, currency });
      if (reading.kind === 'empty') return null;
      if (reading.kind === 'refused') throw new UnreadableInput(reading.message);
      return reading.value;
    },
    /** "Read as €410,000" while the typed text is not already the plain number. */
    understood: (raw: string): string | null => {
      const reading = readNumber(raw, { locale, currency });
      if (reading.kind !== 'number' || raw.trim() === formatForInput(reading.value, locale)) return null;
      return `Read as ${describeReading(reading.value, { locale, currency })}`;
    },
  };
}
