import { candidate, isQuestion, nextSpoken, phaseAt, spanOf } from './text';
import type { TranscriptRule } from './types';

/** Open questions: "how …", "what …", "walk me through …" — but not a budget or scheduling one. */
const OPEN =
  /^\s*(?:so,?\s+|and\s+|out of interest,?\s+)?(?:how (?:would|will|do|does|can|could|are|is)|what (?:would|will|does|do|is|are|makes|matters|happens|is driving|made)|walk me through|help me understand)\b[^?]*\?/i;
const CLOSED_TOPIC = /\b(?:budget|price range|how much|how many|what time|what day|when can)\b/i;
const INTEREST =
  /\b(?:because|our (?:priority|main concern|biggest|concern|worry|goal)|what (?:really )?matters|(?:we|i) need|(?:we|i)(?:'re| am| are) (?:worried|concerned)|the (?:real )?(?:problem|issue|concern|reason) is|important (?:to|for) (?:us|me)|(?:we|i) care about)\b/i;

/** An open question from us that got them to say what matters to them. */
export const calibratedQuestion: TranscriptRule = {
  id: 'calibrated-question',
  typeKeys: ['calibrated-question'],
  summary: 'Our open "how"/"what" question followed by their answer naming a need, a priority or a reason.',
  detect(lines) {
    return lines.flatMap((line) => {
      if (line.kind !== 'speech' || line.speaker !== 'us' || !isQuestion(line.text)) return [];
      const span = spanOf(line.text, OPEN);
      if (!span || CLOSED_TOPIC.test(line.text.slice(span.start, span.end))) return [];
      const answer = nextSpoken(lines, line);
      if (answer?.speaker !== 'them') return [];
      const interest = INTEREST.exec(answer.text);
      if (!interest) return [];
      return [
        candidate(
          {
            ruleId: this.id,
            typeKey: 'calibrated-question',
            phase: line.at < 0.55 ? 'exploring' : phaseAt(line.at),
            effect: 1,
            why: `An open question from your side, and their answer named an interest ("${interest[0]}": ${answer.text.slice(0, 80)}).`,
            lesson:
              'Open "how / what" questions got them talking about why; write the interest they revealed into the plan.',
          },
          line,
          span,
        ),
      ];
    });
  },
};
