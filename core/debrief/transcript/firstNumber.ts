import { candidate, MONEY, matched, phaseAt, spanOf } from './text';
import type { TranscriptRule } from './types';

/** The first money figure anyone puts on the table, and whose it was. */
export const firstNumber: TranscriptRule = {
  id: 'first-number',
  typeKeys: ['first-number-ours', 'first-number-theirs'],
  summary: 'The first amount of money mentioned (with a currency sign, code or "k"), and which side said it.',
  detect(lines) {
    for (const line of lines) {
      if (line.kind !== 'speech' || line.speaker === 'unknown') continue;
      const span = spanOf(line.text, MONEY);
      if (!span) continue;
      const ours = line.speaker === 'us';
      return [
        candidate(
          {
            ruleId: this.id,
            typeKey: ours ? 'first-number-ours' : 'first-number-theirs',
            phase: phaseAt(line.at) === 'opening' ? 'proposing' : phaseAt(line.at),
            effect: 0,
            why: `${matched(line, span)} is the first amount of money in the notes, and ${ours ? 'your side' : 'they'} said it.`,
            lesson: ours
              ? 'Check the first number was prepared and backed by evidence, not improvised.'
              : 'Their number set the reference point: next time, be ready to anchor first or to re-anchor at once.',
          },
          line,
          span,
        ),
      ];
    }
    return [];
  },
};
