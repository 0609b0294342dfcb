import { readNumber } from '../numbers/reader';

/**
 * What marks text as internal: numbers read the ways people write them, and words that only
 * belong in our own plan. Shared by the offer-sheet guard and the meeting plan's disclosure
 * check, and free of the document code so both can use it.
 */

const NUMBER_TOKEN = /[-−]?[€$£¥]?\s?\d[\d.,'’\u00a0\u202f]*(?:\s?(?:k|m|bn)\b)?/gi;
export const POINTS_CONTEXT = /\b(pts?|points?|weight|weights|score|scores|priority)\b/i;

/** Every number the text may show, read the ways people write them. */
export function numbersIn(text: string): { token: string; values: number[]; at: number }[] {
  const found: { token: string; values: number[]; at: number }[] = [];
  for (const match of text.matchAll(NUMBER_TOKEN)) {
    const token = match[0].trim().replace(/[.,'’\s]+$/, '');
    const values = new Set<number>();
    for (const locale of ['en-GB', 'de-DE']) {
      const reading = readNumber(token.replace(/^[-−]?[€$£¥]\s?/, ''), { locale });
      if (reading.kind === 'number') values.add(reading.value);
    }
    if (values.size) found.push({ token, values: [...values], at: match.index ?? 0 });
  }
  return found;
}

/** Words that only belong in the internal plan. */
export const INTERNAL_WORDS =
  /\b(reservation( point)?|walk[- ]?away|batna|our target|our limit|bottom line|fallback|internal only|do not share)\b/i;

export const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
