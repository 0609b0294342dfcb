import { candidate, matched, nextSpoken, phaseAt, spanOf } from './text';
import type { TranscriptRule } from './types';

const HESITATION =
  /(?:^\s*(?:um+|uh+|er+|hmm+|well)\b[,.…]*|\b(?:i'm not (?:sure|certain)|i don't know(?: if| whether)?|i guess|i'd have to (?:check|ask)|that might be|possibly|let me think)\b|\.\.\.|…)/i;
const PROBE =
  /\b(?:you (?:seem|sound|hesitated|paused)|it sounds like|it seems like|what(?:'s| is) (?:giving you pause|holding you back|behind that|on your mind)|what makes you (?:hesitate|unsure)|tell me more|what would (?:you need|it take)|i noticed)\b/i;

/** Their hesitation followed at once by our question about it. */
export const hesitationCaught: TranscriptRule = {
  id: 'hesitation-caught',
  typeKeys: ['hesitation-caught'],
  summary: 'Their hesitation ("um", "I\'m not sure", "…") followed by our reply that asks about it.',
  detect(lines) {
    return lines.flatMap((line) => {
      if (line.kind !== 'speech' || line.speaker !== 'them' || !HESITATION.test(line.text)) return [];
      const reply = nextSpoken(lines, line);
      if (reply?.speaker !== 'us') return [];
      const span = spanOf(reply.text, PROBE);
      if (!span) return [];
      return [
        candidate(
          {
            ruleId: this.id,
            typeKey: 'hesitation-caught',
            phase: phaseAt(reply.at),
            effect: 1,
            why: `They wavered ("${line.text.slice(0, 60)}") and your reply picked it up ("${matched(reply, span)}").`,
            lesson: 'Naming their hesitation opened the conversation; listen for the next one too.',
          },
          reply,
          span,
        ),
      ];
    });
  },
};
