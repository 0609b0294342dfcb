import { readNumber } from '../numbers/reader';

/**
 * Reading typed text for internal values: numbers as people write them and the words that
 * belong only in the internal plan. A leaf module, so the offer-sheet guard and the meeting
 * step's disclosure check share it without importing each other.
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
