import { currencyMarks, localeNumbers } from './separators';

/**
 * Reads a number as the person typing it meant it: "410,000", "410.000,00", "410 000",
 * "€410k", "1.2m". Separators are learned from the locale's Intl data; spaces of every kind
 * only ever group digits. When a reading depends on a guess — a lone comma or point before
 * exactly three digits that the locale does not use for grouping ("1,234" in de-DE or
 * fr-FR, "1.234" in en-US) — the input is refused with a message instead of guessed.
 */
export type NumberReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'refused'; message: string };

export interface ReadOptions {
  locale: string;
  /** Money fields accept this currency's symbol or code before or after the number. */
  currency?: string | undefined;
}

const SPACES = /[\s\u00a0\u2009\u202f]/;
const APOSTROPHES = new Set(["'", '’']);
const SUFFIXES: Record<string, number> = { k: 3, m: 6, mn: 6, bn: 9, b: 9 };
const MAX_DIGITS = 17;

const refused = (message: string): NumberReading => ({ kind: 'refused', message });

export function readNumber(text: string, options: ReadOptions): NumberReading {
  let rest = text.trim().replace(/\u2212/g, '-');
  if (rest === '') return { kind: 'empty' };
  const original = text.trim();

  let negative = false;
  const takeSign = () => {
    if (rest.startsWith('-')) {
      if (negative) return false;
      negative = true;
      rest = rest.slice(1).trim();
    }
    return true;
  };
  takeSign();
  if (options.currency) {
    for (const mark of currencyMarks(options.locale, options.currency)) {
      if (rest.toUpperCase().startsWith(mark.toUpperCase())) {
        rest = rest.slice(mark.length).trim();
        break;
      }
      if (rest.toUpperCase().endsWith(mark.toUpperCase())) {
        rest = rest.slice(0, rest.length - mark.length).trim();
        break;
      }
    }
    if (!takeSign()) return refused(`“${original}” is not a number.`);
  }

  let exponent = 0;
  const suffix = /([a-z]+)$/i.exec(rest);
  if (suffix?.[1]) {
    const shift = SUFFIXES[suffix[1].toLowerCase()];
    if (shift === undefined) {
      return refused(`“${original}” is not a number${options.currency ? ` in ${options.currency}` : ''}.`);
    }
    exponent = shift;
    rest = rest.slice(0, suffix.index).trim();
  }

  if (!/^[\d.,'’\s\u00a0\u2009\u202f]+$/.test(rest) || !/\d/.test(rest)) {
    return refused(`“${original}” is not a number${options.currency ? ` in ${options.currency}` : ''}.`);
  }

  const parts = splitDecimal(rest, options.locale);
  if ('message' in parts) return refused(parts.message.replace('{text}', original));
  const digits = `${parts.whole}${parts.fraction}`.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) return refused(`“${original}” has more digits than can be kept exactly.`);
  const value = Number(`${negative ? '-' : ''}${parts.whole || '0'}.${parts.fraction || '0'}e${exponent}`);
  if (!Number.isFinite(value)) return refused(`“${original}” is not a number.`);
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value };
}

type Split = { whole: string; fraction: string } | { message: string };

/** Splits the digits into whole and decimal parts, deciding which mark is the decimal one. */
function splitDecimal(body: string, locale: string): Split {
  const { group, decimal } = localeNumbers(locale);
  const marks: { char: string; at: number }[] = [];
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (!/\d/.test(char)) marks.push({ char: SPACES.test(char) ? ' ' : char, at: i });
  }
  const kinds = [...new Set(marks.map((m) => m.char).filter((c) => c !== ' '))];
  const last = marks.at(-1);
  let decimalAt = -1;

  if (kinds.length > 2) return { message: '“{text}” mixes too many separators to be read safely.' };
  if (kinds.length === 2 && last) {
    // "1.234,56" / "1,234.56" / "1'234.50": the last mark is the decimal one, and only once.
    if (last.char === ' ' || marks.filter((m) => m.char === last.char).length > 1 || APOSTROPHES.has(last.char)) {
      return { message: '“{text}” mixes separators in a way that cannot be read safely.' };
    }
    decimalAt = last.at;
  } else if (kinds.length === 1) {
    const char = kinds[0] as string;
    const uses = marks.filter((m) => m.char === char);
    const only = uses[0];
    if (uses.length === 1 && only && !APOSTROPHES.has(char)) {
      const before = body.slice(0, only.at).replace(/\D/g, '');
      const after = body.slice(only.at + 1);
      const spaced = marks.some((m) => m.char === ' ');
      // A trailing mark ("12.") is a decimal point half-way through typing.
      if (!/^\d*$/.test(after)) return { message: '“{text}” cannot be read as a number.' };
      if (after.length !== 3 || spaced || before.length > 3 || /^0/.test(before) || before === '') {
        decimalAt = only.at;
      } else if (char === group && char !== decimal) {
        decimalAt = -1;
      } else {
        const whole = `${before}${after}`;
        return {
          message: `“{text}” could be read two ways: ${whole}, or ${before} with decimals ${after}. Type ${whole} for the whole number, or ${before}${decimal}${after}0 for the decimal one.`,
        };
      }
    }
  }

  const wholeText = decimalAt >= 0 ? body.slice(0, decimalAt) : body;
  const fraction = decimalAt >= 0 ? body.slice(decimalAt + 1) : '';
  if (!/^\d*$/.test(fraction)) return { message: '“{text}” cannot be read as a number.' };
  const groups = wholeText.split(/[^\d]/);
  if (groups.length > 1) {
    const [first, ...others] = groups;
    const lastGroup = others.at(-1) ?? '';
    const wellGrouped =
      first !== undefined &&
      /^\d{1,3}$/.test(first) &&
      /^\d{3}$/.test(lastGroup) &&
      others.every((g) => /^\d{2,3}$/.test(g));
    if (!wellGrouped) return { message: '“{text}” has digit groups that do not look like thousands.' };
  } else if (wholeText === '' && fraction === '') {
    return { message: '“{text}” cannot be read as a number.' };
  }
  return { whole: groups.join(''), fraction };
}
