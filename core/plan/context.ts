import { type BetterDirection, resolveDirection } from '../batna';
import { amountFormat } from '../documentFormat';
import { type MainIssueSource, mainIssueSourceOf } from '../objectives';
import { type ValuedOffer, valueOffers } from '../offerValues';
import type { Readiness } from '../readiness';
import type { DealSnapshot } from '../snapshot';

/** What every section needs besides the snapshot: formatters and values computed once. */
export interface PlanContext {
  s: DealSnapshot;
  readiness: Readiness;
  direction: BetterDirection | null;
  /** Amounts on the main issue's scale (reservation points, targets). */
  scale: (n: number) => string;
  /** Money in the deal's currency (BATNA values, concessions). */
  money: (n: number) => string;
  issueName: (id: string | null | undefined) => string;
  offers: ValuedOffer[];
  /** What the walk-away checks read: the issues, the BATNA's main-issue values, our side. */
  objectives: {
    issues: DealSnapshot['issues'];
    batna: MainIssueSource;
    ourSide: DealSnapshot['deal']['ourSide'];
    currency: string;
  };
}

export function planContext(s: DealSnapshot, readiness: Readiness): PlanContext {
  const names = new Map(s.issues.map((i) => [i.id, i.name.trim() || 'Untitled issue']));
  return {
    s,
    readiness,
    direction: resolveDirection(s.batna.betterDirection, s.deal.ourSide),
    scale: amountFormat(s.deal.currency, s.batna.scaleUnit),
    money: amountFormat(s.deal.currency),
    issueName: (id) => (id ? (names.get(id) ?? 'A removed issue') : ''),
    offers: valueOffers(s.issues, s.meso?.offers ?? []),
    objectives: {
      issues: s.issues,
      batna: mainIssueSourceOf(s.batna),
      ourSide: s.deal.ourSide,
      currency: s.deal.currency,
    },
  };
}

/** Text on one line, whole: print wraps it, never cuts it with an ellipsis. */
export const oneLine = (text: string): string => text.trim().replace(/\s+/g, ' ');
