import { PRICE_DROP } from './priceDrop';
import { CONDITIONAL, candidate, matched, nextSpoken, phaseAt, spanOf } from './text';
import type { TranscriptRule } from './types';

const GIVE =
  /\b(?:we(?:'ll| will| can| could)? (?:throw in|include|add) (?:\w+ ){0,3}(?:for free|at no (?:extra )?cost|free of charge)|(?:we|i)(?:'ll| will| can) (?:waive|extend|drop the)|at no (?:extra |additional )?(?:cost|charge))\b/i;

// A buyer's concessions: paying more, committing to more, accepting their terms.
const BUYER_GIVE =
  /\b(?:(?:we|i) (?:can|could|'ll|will|would) (?:go|come|move) up\b|(?:raise|increase|improve|up) (?:our|the|my) (?:offer|bid|budget)|(?:we|i) (?:can|could|'ll|will) (?:pay|stretch to|live with|commit to|accept)\b)/i;

/**
 * Our side gives something — a seller's price move or extra, a buyer's higher offer or a
 * commitment — with no condition in the same line or our next one ("if you…", "in exchange…").
 */
export const concessionWithoutAsk: TranscriptRule = {
  id: 'concession-without-ask',
  typeKeys: ['concession-without-ask'],
  summary:
    'Our side giving with no "if you …" or "in return" next to it: lowering the price or adding something free when selling, paying more or committing to more when buying.',
  detect(lines) {
    return lines.flatMap((line) => {
      if (line.kind !== 'speech' || line.speaker !== 'us') return [];
      const span = spanOf(line.text, PRICE_DROP) ?? spanOf(line.text, GIVE) ?? spanOf(line.text, BUYER_GIVE);
      if (!span || CONDITIONAL.test(line.text)) return [];
      const next = nextSpoken(lines, line);
      if (next && next.speaker === 'us' && CONDITIONAL.test(next.text)) return [];
      return [
        candidate(
          {
            ruleId: this.id,
            typeKey: 'concession-without-ask',
            phase: phaseAt(line.at) === 'opening' ? 'bargaining' : phaseAt(line.at),
            effect: -1,
            why: `"${matched(line, span)}" gives something away, and neither that line nor your next one asks for anything back.`,
            lesson: 'Attach every concession to a condition: "if you …, then we can …".',
          },
          line,
          span,
        ),
      ];
    });
  },
};
