import { CONDITIONAL, candidate, matched, spanOf } from './text';
import type { TranscriptRule } from './types';

// Either side's acceptance: the seller's "send the contract", the buyer's "we can accept a 90 %
// volume commitment", a handshake on a number ("let's shake on €8.60").
const CLOSE =
  /\b(?:we have a deal|it's a deal|you have a deal|(?:we(?:'ve| have)? )?got a deal|deal\.|let's (?:shake on (?:it|that|[€$£]?\s?\d+(?:[.,]\d+)*(?:\s?(?:k|m|%))?)|go ahead|do it|sign)|(?:we|i) (?:can |could |will |'ll )?(?:accept|agree to)\b(?: (?:that|this|these|it|the (?:offer|terms|proposal|price)|an? [^.?!,]{1,40}))?|(?:we are|we're) agreed|agreed at [€$£]?\s?\d|send (?:over )?the contract|ready to sign)/i;
const NOT_YET = /\b(?:not|no|before|until|if|unless|once)\b[^.?!]{0,25}$/i;

/** The last time either side commits ("we have a deal", "send over the contract"). */
export const theClose: TranscriptRule = {
  id: 'the-close',
  typeKeys: ['the-close'],
  summary:
    'The last line where either side commits: "we have a deal", "let\'s shake on €8.60", "we can accept a 90 % volume commitment", "send the contract".',
  detect(lines) {
    for (const line of [...lines].reverse()) {
      if (line.kind !== 'speech') continue;
      const span = spanOf(line.text, CLOSE);
      if (!span || NOT_YET.test(line.text.slice(0, span.start))) continue;
      // "We could accept that if you …" is still a proposal, not a close.
      if (CONDITIONAL.test(line.text.slice(span.end))) continue;
      return [
        candidate(
          {
            ruleId: this.id,
            typeKey: 'the-close',
            phase: 'closing',
            effect: 0,
            why: `"${matched(line, span)}" is the last commitment in the notes${line.speaker === 'us' ? ', from your side' : line.speaker === 'them' ? ', from their side' : ''}.`,
            lesson: 'Note what made the close possible and what was still open when it happened.',
          },
          line,
          span,
        ),
      ];
    }
    return [];
  },
};
