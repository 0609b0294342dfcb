import type { Speaker, TranscriptLine } from './types';

/** Names that mean "our side" when the user gives none. */
export const DEFAULT_OUR_NAMES = ['me', 'us', 'we', 'i', 'our side'];
const THEIR_WORDS = new Set(['them', 'they', 'counterpart', 'other side', 'their side']);

// Stage directions as people write them: "[pause]", "(long silence)", "*10-second pause*",
// "— they go quiet —", "(no reply)", or a line of dots.
const PAUSE =
  /^\s*(?:[[(*_—–-]+\s*)?(?:(?:they|he|she|we|i|everyone|both sides?)\s+(?:pauses?|go(?:es)? (?:quiet|silent)|(?:is|are|stays?|stay) (?:quiet|silent))|(?:a\s+)?(?:\d+[- ]?(?:seconds?|secs?|s|minutes?|mins?)\s+|long\s+|longer\s+|short\s+|awkward\s+)?(?:pause|silence|silent|quiet|no answer|no response|no reply|nobody speaks))\b[^\])*_]*[\])*_—–-]*\s*\.?\s*$|^\s*(?:\.{3,}|…+)\s*$/i;
const PREFIX =
  /^\s*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*[-–]?\s*)?([A-Za-zÀ-ÿ][\wÀ-ÿ .'&-]{0,40}?)\s*(?:\([^)]{0,60}\))?\s*:\s+(.*\S)\s*$/;

/**
 * Splits pasted notes into lines with a speaker. "Name: text" starts a turn; a line
 * without a prefix continues the previous speaker. Names in `ourNames` (case-insensitive)
 * are us; any other name is them.
 */
export function parseTranscript(text: string, ourNames: readonly string[] = DEFAULT_OUR_NAMES): TranscriptLine[] {
  const ours = new Set(ourNames.map((n) => n.trim().toLowerCase()).filter(Boolean));
  const raw = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const lines: Omit<TranscriptLine, 'at'>[] = [];
  let current: { speaker: Speaker; name: string | null } = { speaker: 'unknown', name: null };
  for (const entry of raw) {
    if (PAUSE.test(entry)) {
      lines.push({ index: lines.length, kind: 'pause', speaker: 'unknown', name: null, text: entry });
      continue;
    }
    const match = PREFIX.exec(entry);
    if (match?.[1] && match[2]) {
      const name = match[1].trim();
      const key = name.toLowerCase();
      current = { name, speaker: ours.has(key) ? 'us' : THEIR_WORDS.has(key) || ours.size > 0 ? 'them' : 'unknown' };
      lines.push({ index: lines.length, kind: 'speech', ...current, text: match[2] });
    } else {
      lines.push({ index: lines.length, kind: 'speech', ...current, text: entry });
    }
  }
  const last = Math.max(1, lines.length - 1);
  return lines.map((line) => ({ ...line, at: line.index / last }));
}
