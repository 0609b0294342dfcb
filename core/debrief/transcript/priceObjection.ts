import { PRICE_DROP } from './priceDrop';
import { candidate, matched, nextSpoken, phaseAt, spanOf, VALUE_WORDS } from './text';
import type { TranscriptRule } from './types';

const OBJECTION =
  /\b(?:too (?:expensive|high|much|pricey)|(?:over|above|beyond|outside) (?:our|the|my) budget|(?:can't|cannot|won't) (?:afford|pay that|justify)|(?:cheaper|lower) (?:offer|quote|elsewhere)|out of (?:our )?range|a lot of money|(?:your )?competitors? (?:is|are|offer\w*) (?:cheaper|lower|less))\b/i;

/** Their price objection, and whether our next words dropped the price or went back to value. */
export const priceObjection: TranscriptRule = {
  id: 'price-objection',
  typeKeys: ['caved-on-price', 'returned-to-value'],
  summary:
    'Their price objection ("too expensive", "over budget") and whether our reply lowered the price or talked value.',
  detect(lines) {
    return lines.flatMap((objection) => {
      if (objection.kind !== 'speech' || objection.speaker !== 'them' || !OBJECTION.test(objection.text)) return [];
      const reply = nextSpoken(lines, objection);
      if (reply?.speaker !== 'us') return [];
      const drop = spanOf(reply.text, PRICE_DROP);
      const value = spanOf(reply.text, VALUE_WORDS);
      const phase = phaseAt(reply.at) === 'opening' ? 'bargaining' : phaseAt(reply.at);
      if (drop) {
        return [
          candidate(
            {
              ruleId: this.id,
              typeKey: 'caved-on-price',
              phase,
              effect: -2,
              why: `They objected to the price ("${objection.text.slice(0, 80)}") and your very next words lowered it ("${matched(reply, drop)}").`,
              lesson: 'Meet a price objection with value or a trade before touching the number.',
            },
            reply,
            drop,
          ),
        ];
      }
      if (value) {
        return [
          candidate(
            {
              ruleId: this.id,
              typeKey: 'returned-to-value',
              phase,
              effect: 1,
              why: `They objected to the price and your reply went back to value ("${matched(reply, value)}") without moving the number.`,
              lesson:
                'Returning to value under price pressure held the line; prepare those value points for every call.',
            },
            reply,
            value,
          ),
        ];
      }
      return [];
    });
  },
};
