import { candidate, isEarly, isQuestion, matched, spanOf, speech, VALUE_WORDS } from './text';
import type { TranscriptRule } from './types';

const BUDGET =
  /\b(?:what(?:'s| is) (?:your|the) (?:budget|price range|spend)|(?:do you have|is there) a budget|how much (?:are|were|do) you (?:\w+ )?(?:to |planning to |looking to |hoping to )?(?:spend|pay|invest)|budget (?:for|set aside)|what (?:volume|quantity|quantities)|how many (?:seats|licen[cs]es|units|users|pieces))\b/i;

/** A closed question about their budget or volume, early, before our side framed any value. */
export const budgetBeforeValue: TranscriptRule = {
  id: 'budget-before-value',
  typeKeys: ['budget-before-value'],
  summary: 'Our side asking about budget or quantities early on, before it said anything about value or outcomes.',
  detect(lines) {
    const spoken = speech(lines);
    return spoken.flatMap((line) => {
      if (line.speaker !== 'us' || !isEarly(line, lines) || !isQuestion(line.text)) return [];
      const span = spanOf(line.text, BUDGET);
      if (!span) return [];
      const framedBefore = spoken
        .filter((l) => l.index <= line.index && l.speaker === 'us')
        .some((l) => VALUE_WORDS.test(l.index === line.index ? l.text.slice(0, span.start) : l.text));
      if (framedBefore) return [];
      return [
        candidate(
          {
            ruleId: this.id,
            typeKey: 'budget-before-value',
            phase: 'exploring',
            effect: -1,
            why: `"${matched(line, span)}" was asked in the first exchanges, and nothing your side said before it was about value or outcomes.`,
            lesson:
              'Frame the value and the variables first; ask about budget once there is something to size it against.',
          },
          line,
          span,
        ),
      ];
    });
  },
};
