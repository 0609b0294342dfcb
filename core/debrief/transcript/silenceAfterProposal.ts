import { candidate, MONEY, matched, nextSpoken, PERCENT, phaseAt, previousSpoken, spanOf } from './text';
import type { TranscriptRule } from './types';

const PROPOSAL =
  /\b(?:we (?:propose|offer|suggest|can do|could do)|our (?:proposal|offer|price)|how about|what if we)\b/i;

/**
 * A pause right after one of our proposals: held when they speak next, filled when we do.
 * The quote is the proposal the silence followed.
 */
export const silenceAfterProposal: TranscriptRule = {
  id: 'silence-after-proposal',
  typeKeys: ['silence-used', 'silence-filled'],
  summary: 'A marked pause ("[pause]", "(silence)") right after our proposal, and who broke it.',
  detect(lines) {
    return lines.flatMap((pause) => {
      if (pause.kind !== 'pause') return [];
      const before = previousSpoken(lines, pause);
      const after = nextSpoken(lines, pause);
      if (!before || !after || before.speaker !== 'us' || before.index !== pause.index - 1) return [];
      const span = spanOf(before.text, PROPOSAL) ?? spanOf(before.text, MONEY) ?? spanOf(before.text, PERCENT);
      if (!span) return [];
      const held = after.speaker === 'them';
      if (!held && after.speaker !== 'us') return [];
      return [
        candidate(
          {
            ruleId: this.id,
            typeKey: held ? 'silence-used' : 'silence-filled',
            phase: phaseAt(before.at) === 'opening' ? 'proposing' : phaseAt(before.at),
            effect: held ? 1 : -1,
            why: held
              ? `After your proposal ("${matched(before, span)}") the notes mark a pause, and they spoke first.`
              : `After your proposal ("${matched(before, span)}") the notes mark a pause, and your side spoke again before they answered.`,
            lesson: held
              ? 'Holding the pause after a proposal made them respond to it; keep doing it.'
              : 'After a proposal, wait: filling the silence tends to soften or improve the offer for free.',
          },
          before,
          span,
        ),
      ];
    });
  },
};
