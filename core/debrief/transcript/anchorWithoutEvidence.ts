import { candidate, EVIDENCE_WORDS, MONEY, matched, nextSpoken, phaseAt, spanOf } from './text';
import type { TranscriptRule } from './types';

const ANCHOR =
  /\b(?:our (?:price|fee|rate|offer|proposal) (?:is|would be|comes to)|we(?:'re| are) (?:asking|looking) for|we(?:'d| would) need|we propose|the (?:list )?price (?:is|would be)|it (?:comes|would come) to|that(?:'s| is| will be| would be) (?=[€$£\d]))/i;

/** Our side states a figure as its position with no reason, benchmark or reference beside it. */
export const anchorWithoutEvidence: TranscriptRule = {
  id: 'anchor-without-evidence',
  typeKeys: ['anchor-without-evidence'],
  summary:
    'Our side naming a price ("our price is €…") with no "because", benchmark or reference in that or our next line.',
  detect(lines) {
    return lines.flatMap((line) => {
      if (line.kind !== 'speech' || line.speaker !== 'us') return [];
      const anchor = spanOf(line.text, ANCHOR);
      const money = spanOf(line.text, MONEY);
      if (!anchor || !money || EVIDENCE_WORDS.test(line.text)) return [];
      const next = nextSpoken(lines, line);
      if (next && next.speaker === 'us' && EVIDENCE_WORDS.test(next.text)) return [];
      const span = { start: Math.min(anchor.start, money.start), end: Math.max(anchor.end, money.end) };
      return [
        candidate(
          {
            ruleId: this.id,
            typeKey: 'anchor-without-evidence',
            phase: phaseAt(line.at) === 'opening' ? 'proposing' : phaseAt(line.at),
            effect: -1,
            why: `"${matched(line, span)}" puts a figure forward, and nothing around it says why it is fair (no benchmark, reference or reason).`,
            lesson: 'Put the evidence next to the number: a benchmark, a reference customer or the cost it replaces.',
          },
          line,
          span,
        ),
      ];
    });
  },
};
