/** Where a hit opens: a step of its deal, or a tab of the library. */
export type SearchTarget =
  | { screen: 'workspace'; step: string }
  | { screen: 'library'; tab: 'templates' | 'tradeables' | 'phrases' };

export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;

export interface SearchHit {
  /** What was found (a deal, an issue, a BATNA…); hits arrive grouped by kind. */
  kind: string;
  /** The kind's heading in the results. */
  group: string;
  target: SearchTarget;
  refId: string;
  dealId: string | null;
  dealTitle: string | null;
  title: string;
  /** Body text around the match; matched words sit between SNIPPET_OPEN and SNIPPET_CLOSE. */
  snippet: string;
}

/**
 * Marks around matched words in snippets. Control characters nobody types, so the
 * renderer can split on them and render plain text (never HTML).
 */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

/** The words of a query as the index tokenises them (letters and digits; the rest separates). */
export function searchTerms(query: string): string[] {
  const words = query.normalize('NFKC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return words.slice(0, MAX_TERMS);
}

/**
 * User text → an FTS5 MATCH expression. Every word is quoted (so AND, OR, NEAR, quotes and
 * column filters typed by the user are plain words) and prefix-matched, so results appear
 * while typing. All words must match. Null when there is nothing to search for.
 */
export function toMatchExpression(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(' ');
}

/** A snippet as plain pieces, the matched ones flagged; unbalanced marks are tolerated. */
export function splitSnippet(snippet: string): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  let match = false;
  let text = '';
  for (const char of snippet) {
    if (char === SNIPPET_OPEN || char === SNIPPET_CLOSE) {
      if (text) pieces.push({ text, match });
      text = '';
      match = char === SNIPPET_OPEN;
    } else {
      text += char;
    }
  }
  if (text) pieces.push({ text, match });
  return pieces;
}

/** A word as the index compares it: accents removed, lower case (unicode61 remove_diacritics 2). */
export const foldWord = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The words of `text` around the first one that matches a query term (by prefix, as the
 * index matches), with every matching word between SNIPPET_OPEN and SNIPPET_CLOSE. Made
 * here rather than by FTS5's snippet(): for a common word, snippet() has to walk that
 * word's whole position list for each row shown, which costs more than the search.
 */
export function makeSnippet(text: string, query: string, maxWords = 14): string {
  const terms = searchTerms(query).map(foldWord);
  const words = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    hit: terms.some((term) => foldWord(m[0]).startsWith(term)),
  }));
  if (words.length === 0) return '';
  const first = Math.max(
    words.findIndex((w) => w.hit),
    0,
  );
  const from = Math.max(0, Math.min(first - 3, words.length - maxWords));
  const to = Math.min(words.length, from + maxWords);
  let out = from > 0 ? '…' : '';
  for (let i = from; i < to; i++) {
    const word = words[i];
    if (!word) continue;
    const next = words[i + 1];
    const piece = text.slice(word.start, word.end);
    const gap = i + 1 < to && next ? text.slice(word.end, next.start).replace(/\s+/g, ' ') : '';
    out += word.hit ? `${SNIPPET_OPEN}${piece}${SNIPPET_CLOSE}${gap}` : `${piece}${gap}`;
  }
  const last = words[to - 1];
  if (to < words.length) out += '…';
  else if (last) out += text.slice(last.end).replace(/\s+/g, ' ').trimEnd();
  return out;
}
