import { candidate, matched, spanOf } from './text';
import type { TranscriptRule } from './types';

const CLOSE =
  /\b(?:we have a deal|it's a deal|(?:we(?:'ve| have)? )?got a deal|deal\.|let's (?:shake on it|go ahead|do it|sign)|(?:we|i) (?:accept|agree to) (?:that|this|these|the (?:offer|terms|proposal))|(?:we are|we're) agreed|send (?:over )?the contract|ready to sign)/i;
const NOT_YET = /\b(?:not|no|before|until|if|unless|once)\b[^.?!]{0,25}$/i;

/** The last time either side commits ("we have a deal", "send over the contract"). */
export const theClose: TranscriptRule = {
  id: 'the-close',
  typeKeys: ['the-close'],
  summary: 'The last line where a side commits: "we have a deal", "let\'s go ahead", "send the contract".',
  detect(lines) {
    for (const line of [...lines].reverse()) {
      if (line.kind !== 'speech') continue;
      const span = spanOf(line.text, CLOSE);
      if (!span || NOT_YET.test(line.text.slice(0, span.start))) continue;
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
