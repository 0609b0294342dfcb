import { concessionsPastWalkAway, runningCostText } from '../concessions';
import { amountFormat } from '../documentFormat';
import {
  ladderCrossings,
  mainIssueSourceOf,
  objectivesOf,
  packageCrossings,
  roomInMoney,
  valueRowCrossings,
} from '../objectives';
import type { DealSnapshot } from '../snapshot';
import type { ReadinessRule } from './types';

const context = (s: DealSnapshot) => ({
  issues: s.issues,
  batna: mainIssueSourceOf(s.batna),
  ourSide: s.deal.ourSide,
  currency: s.deal.currency,
});
const objectives = (s: DealSnapshot) =>
  s.issues.map((issue) => ({ issue, o: objectivesOf(issue, mainIssueSourceOf(s.batna), s.deal.ourSide) }));
const named = (name: string) => `“${name.trim() || 'Untitled issue'}”`;

/** Rules on the objectives of every issue: walk-away crossings, must-haves without a floor, targets without a standard. */
export const OBJECTIVE_RULES: ReadinessRule[] = [
  {
    id: 'beyond_walk_away',
    severity: 'critical',
    step: 'anchors',
    title: 'A planned move crosses a walk-away',
    explanation:
      'A ladder step, one of our offers or a concession (alone, or added up from our target) goes past the least we said we would accept. Either the move or the walk-away is wrong; decide which before the meeting.',
    check: (s) => {
      const c = context(s);
      const findings: string[] = [];
      if (s.anchors) {
        for (const x of ladderCrossings(s.anchors.anchors, s.anchors.ladderSteps, c))
          findings.push(`Ladder step — ${x.text}.`);
      }
      for (const offer of (s.meso?.offers ?? []).filter((o) => o.kind === 'ours')) {
        for (const x of packageCrossings(s.issues, offer.choices, c.batna, c.ourSide, c.currency)) {
          findings.push(`Offer ${offer.label || 'unnamed'} — ${x.text}.`);
        }
      }
      const live = (s.concessions?.concessions ?? []).filter((x) => x.status !== 'withdrawn');
      for (const x of valueRowCrossings(live, c)) findings.push(`Concession — ${x.text}.`);
      const room = roomInMoney(s);
      if (room !== null) {
        const money = amountFormat(s.deal.currency);
        for (const { concession, runningCost } of concessionsPastWalkAway(live, room)) {
          findings.push(
            `Concession — ${runningCostText(concession.item || concession.give, money(runningCost), money(room))}.`,
          );
        }
      }
      return findings;
    },
  },
  {
    id: 'must_have_without_walk_away',
    severity: 'warning',
    step: 'issues',
    title: 'Must-have issue without a walk-away',
    explanation:
      'An issue you cannot do without needs a least acceptable value; otherwise "must have" cannot be held in the room and every offer on it looks negotiable.',
    check: (s) => {
      const musts = objectives(s).filter(({ o }) => o.priority === 'must');
      if (musts.length === 0) return null;
      return musts
        .filter(({ issue, o }) => (issue.numericKind !== null ? o.walkAway === null : o.walkAwayOptionId === null))
        .map(({ issue }) => `${named(issue.name)} is a must-have with no walk-away.`);
    },
  },
  {
    id: 'target_without_standard',
    severity: 'advice',
    step: 'issues',
    title: 'Target without a fair standard',
    explanation:
      'A target backed by a market benchmark, a precedent, a cost or a policy is easier to defend and harder to dismiss than a number that is only ours.',
    check: (s) => {
      const withTarget = objectives(s).filter(({ o }) => o.target !== null || o.targetOptionId !== null);
      if (withTarget.length === 0) return null;
      return withTarget
        .filter(({ issue }) => issue.standard === null && !issue.legitimacy.trim())
        .map(({ issue }) => `${named(issue.name)} has a target but no fair standard.`);
    },
  },
];
