import { candidate, isEarly, matched, spanOf } from './text';
import type { TranscriptRule } from './types';

const FLEXIBLE =
  /\b(?:we(?:'re| are)(?: very| quite| pretty| really| totally)? (?:flexible|open to negotiat\w+|willing to negotiate|happy to negotiate)|(?:there(?:'s| is)|we have) (?:some |a lot of |plenty of )?(?:room|wiggle room|flexibility)|(?:the )?(?:price|budget|rate|fee)s? (?:is|are) (?:negotiable|not set in stone)|(?:we|i) can (?:always )?(?:be flexible|move on (?:that|price|the price))|whatever works for you)\b/i;
const NEGATED = /\b(?:not|n't|no|never|little)\s+(?:\w+\s+){0,2}(?:flexible|room|negotiable|flexibility)\b/i;

/** Our side says it can move before anything concrete is on the table. */
export const earlyFlexibility: TranscriptRule = {
  id: 'early-flexibility',
  typeKeys: ['early-flexibility'],
  summary: 'Our side saying "we\'re flexible", "there\'s room" or similar in the first third of the conversation.',
  detect(lines) {
    return lines.flatMap((line) => {
      if (line.kind !== 'speech' || line.speaker !== 'us' || !isEarly(line, lines)) return [];
      const span = spanOf(line.text, FLEXIBLE);
      if (!span || NEGATED.test(line.text)) return [];
      return [
        candidate(
          {
            ruleId: this.id,
            typeKey: 'early-flexibility',
            phase: 'opening',
            effect: -1,
            why: `"${matched(line, span)}" came from your side in the opening exchanges, before any terms were on the table.`,
            lesson: 'Keep flexibility for later and trade it for something; open with the value and the variables.',
          },
          line,
          span,
        ),
      ];
    });
  },
};
