import { resolveDirection } from '../batna';
import { batnaChecks } from '../batnaChecks';
import { CONCESSION_STATUS_LABELS, isMeasurable, isUnreciprocated } from '../concessions';
import { amountFormat, formatPoints } from '../documentFormat';
import { analyseMeso, type MesoAnalysis, mesoOfferCounts } from '../mesoAnalysis';
import { valueOffers } from '../offerValues';
import type { DealSnapshot } from '../snapshot';
import { classifyTradeables } from '../tradeables';
import { computeZopa } from '../zopa';
import { MEETING_RULES } from './meetingRules';
import { OBJECTIVE_RULES } from './objectiveRules';
import { RISK_RULES } from './riskRules';
import { TEAM_RULES } from './teamRules';
import type { ReadinessRule } from './types';

const signedPoints = (n: number) => `${n >= 0 ? '+' : '−'}${formatPoints(Math.abs(n))}`;

/** Inputs of the last analysis per snapshot, so a snapshot changed in place is analysed again. */
const analysed = new WeakMap<DealSnapshot, { inputs: unknown[]; analysis: MesoAnalysis }>();
/**
 * The MESO analysis for the rules about our offers: null when there are none or the engine
 * cannot run yet. Computed once per snapshot (the frontier is the costly part).
 */
function ourOffersAnalysed(s: DealSnapshot): Extract<MesoAnalysis, { ready: true }> | null {
  const meso = s.meso;
  if (!meso?.offers.some((o) => o.kind === 'ours')) return null;
  const inputs = [s.issues, meso.offers, meso.settings, s.batna.ourValuePoints, s.batna.ourValueMoney];
  let entry = analysed.get(s);
  if (!entry || entry.inputs.some((input, i) => input !== inputs[i])) {
    const analysis = analyseMeso({ issues: s.issues, offers: meso.offers, settings: meso.settings, batna: s.batna });
    entry = { inputs, analysis };
    analysed.set(s, entry);
  }
  return entry.analysis.ready ? entry.analysis : null;
}

const named = (text: string, fallback: string) => (text.trim() ? `“${text.trim()}”` : fallback);
const mainScaleIsMoney = (s: DealSnapshot) =>
  !s.batna.scaleUnit.trim() || s.batna.scaleUnit.trim().toUpperCase() === s.deal.currency;
const directionOf = (s: DealSnapshot) => resolveDirection(s.batna.betterDirection, s.deal.ourSide);
const format = (s: DealSnapshot) => amountFormat(s.deal.currency, s.batna.scaleUnit);
const ourBatnaDescribed = (s: DealSnapshot) =>
  Boolean(s.batna.ourDescription.trim() || s.batna.ourCourse.trim()) ||
  s.batna.ourValueMoney !== null ||
  s.batna.ourValuePoints !== null;

/** A deal that runs for years needs a way to review and to leave it. */
export function isLongTermDeal(s: DealSnapshot): boolean {
  if (s.deal.context === 'partnership') return true;
  return s.issues.some(
    (issue) =>
      issue.category === 'term' &&
      issue.options.some((o) =>
        /\b([2-9]|\d{2,})\s*(years?|yrs?)\b|\b(1[2-9]|[2-9]\d|\d{3,})\s*months?\b/i.test(o.label),
      ),
  );
}

/** Their people who can make or break the deal. */
export const isKeyStakeholder = (p: { side: string; influence: number; role: string }) =>
  p.side === 'theirs' && (p.influence >= 4 || p.role === 'decision_maker' || p.role === 'economic_buyer');

/**
 * The readiness rules, in the order a reviewer would raise them. Each is one entry:
 * id, severity, the step that fixes it, a plain explanation, and the check itself.
 */
export const READINESS_RULES: ReadinessRule[] = [
  {
    id: 'no_batna',
    severity: 'critical',
    step: 'batna',
    title: 'No BATNA',
    explanation:
      'Without a concrete alternative you cannot tell a good offer from a bad one, and you will accept whatever feels better than nothing.',
    check: (s) => (ourBatnaDescribed(s) ? [] : ['Describe and value what you will do if there is no deal.']),
  },
  {
    id: 'reservation_worse_than_batna',
    severity: 'critical',
    step: 'batna',
    title: 'Reservation point worse than the BATNA',
    explanation:
      'Your walk-away number should never be worse than walking away. Agreeing at this reservation point would leave you worse off than your alternative.',
    check: (s) =>
      batnaChecks(s.batna, directionOf(s), mainScaleIsMoney(s), format(s))
        .filter((c) => c.field === 'ourReservation')
        .map((c) => c.message),
  },
  {
    id: 'no_reservation',
    severity: 'warning',
    step: 'batna',
    title: 'No reservation point',
    explanation:
      'Decide the worst terms you would still accept before the meeting; deciding it under pressure in the room is how deals go below it.',
    check: (s) => (s.batna.ourReservation === null ? ['Set the worst terms you would still accept.'] : []),
  },
  {
    id: 'target_not_ambitious',
    severity: 'warning',
    step: 'batna',
    title: 'Target no better than the reservation point',
    explanation: 'A target at or behind your walk-away leaves nothing to concede and anchors you at your limit.',
    check: (s) => {
      const direction = directionOf(s);
      const { ourTarget, ourReservation } = s.batna;
      if (!direction || ourTarget === null || ourReservation === null) return null;
      const better = direction === 'lower' ? ourTarget < ourReservation : ourTarget > ourReservation;
      return better ? [] : [`Target ${format(s)(ourTarget)} vs reservation ${format(s)(ourReservation)}.`];
    },
  },
  {
    id: 'their_batna_unknown',
    severity: 'advice',
    step: 'batna',
    title: 'Their alternative not estimated',
    explanation:
      'Knowing what they do without you tells you how far they can be pushed and which arguments will move them.',
    check: (s) =>
      s.batna.theirDescription.trim() || s.batna.theirValueMoney !== null || s.batna.theirReservation !== null
        ? []
        : ['Estimate their BATNA and their reservation point, even roughly, with a confidence.'],
  },
  {
    id: 'no_zopa',
    severity: 'warning',
    step: 'batna',
    title: 'No zone of possible agreement',
    explanation:
      'On your estimates the reservation points do not overlap. Either the estimate of their limit is wrong, other issues must be traded, or the BATNA is the better path.',
    check: (s) => {
      const zopa = computeZopa({ direction: directionOf(s), ...s.batna });
      if (zopa.status === 'incomplete') return null;
      return zopa.status === 'empty' && zopa.gap
        ? [`The reservation points are ${format(s)(zopa.gap.high - zopa.gap.low)} apart.`]
        : [];
    },
  },
  {
    id: 'overdue_batna_actions',
    severity: 'advice',
    step: 'batna',
    title: 'Overdue actions to strengthen the BATNA',
    explanation: 'A stronger alternative is the cheapest leverage there is; these actions were due before today.',
    check: (s) => {
      const today = s.takenAt.slice(0, 10);
      return s.batnaActions
        .filter((a) => !a.done && a.dueDate !== null && a.dueDate < today)
        .map(
          (a) => `${named(a.text, 'An action')} was due ${a.dueDate}${a.owner.trim() ? ` (${a.owner.trim()})` : ''}.`,
        );
    },
  },
  {
    id: 'single_issue',
    severity: 'warning',
    step: 'issues',
    title: 'Only one issue on the table',
    explanation:
      'With a single issue every gain for one side is a loss for the other: the talk becomes haggling. Add issues (term, payment, scope, service level…) so there is something to trade.',
    check: (s) =>
      s.issues.length <= 1
        ? [s.issues.length === 0 ? 'No issues recorded yet.' : 'Add at least one more negotiable issue.']
        : [],
  },
  {
    id: 'unweighted_issues',
    severity: 'advice',
    step: 'issues',
    title: 'Issues without weights for both sides',
    explanation:
      'Trades, MESO offers and the value of a package all depend on how much each issue matters to each side.',
    check: (s) =>
      s.issues.length === 0
        ? null
        : s.issues
            .filter((i) => !(i.weightUs > 0 && i.weightThem > 0))
            .map((i) => `${named(i.name, 'An unnamed issue')} needs a weight for ${i.weightUs > 0 ? 'them' : 'us'}.`),
  },
  {
    id: 'red_line_cheap',
    severity: 'warning',
    step: 'issues',
    title: 'Red line on an issue you weight low',
    explanation:
      'A red line should follow from your BATNA. If the weights say the issue is cheap to give, either the weight or the red line is wrong.',
    check: (s) => {
      const map = classifyTradeables(s.issues);
      if (!map.ready) return null;
      return map.placed
        .filter((p) => p.redLineConflict)
        .map((p) => `${named(p.name, 'An issue')} is marked a red line.`);
    },
  },
  {
    id: 'no_their_interests',
    severity: 'critical',
    step: 'interests',
    title: 'No interests recorded for them',
    explanation:
      'Positions are what they ask for; interests are why. Without their interests you can only argue about positions and cannot design offers they will prefer.',
    check: (s) =>
      s.interests.interests.some((i) => i.party === 'them' && i.text.trim())
        ? []
        : ['Write down what the other side needs and why.'],
  },
  {
    id: 'no_questions',
    severity: 'advice',
    step: 'interests',
    title: 'No questions planned',
    explanation: 'Prepared questions are how you test your guesses about their interests and their alternative.',
    check: (s) => (s.interests.questions.some((q) => q.text.trim()) ? [] : ['Plan at least one diagnostic question.']),
  },
  {
    id: 'no_decision_path',
    severity: 'warning',
    step: 'counterparty',
    title: 'No decision path',
    explanation:
      'Who approves what, in which order and by when decides how long the deal takes and who must be convinced beyond the person across the table.',
    check: (s) => {
      if (!s.counterparty) return null;
      return s.counterparty.decisionSteps.some((d) => d.approval.trim())
        ? []
        : ['Map the approvals between a verbal yes and a signature.'];
    },
  },
  {
    id: 'key_stakeholder_without_interests',
    severity: 'warning',
    step: 'counterparty',
    title: 'Key stakeholder without interests',
    explanation:
      'The people with the most influence decide the outcome. If you do not know what each of them needs, you cannot give them a reason to say yes. Note it on the stakeholder, or link an interest to them under Interests vs positions.',
    check: (s) => {
      if (!s.counterparty) return null;
      const key = s.counterparty.stakeholders.filter(isKeyStakeholder);
      if (key.length === 0) return null;
      // An interest recorded under Interests and linked to the person counts as much as the note on the map.
      const linked = new Set(
        s.interests.interests.filter((i) => i.text.trim() && i.stakeholderId).map((i) => i.stakeholderId),
      );
      return key
        .filter((p) => !p.interests.trim() && !linked.has(p.id))
        .map((p) => `${named(p.name, 'A stakeholder')} has no interests noted or linked.`);
    },
  },
  {
    id: 'blocker_not_addressed',
    severity: 'advice',
    step: 'counterparty',
    title: 'Influential sceptic or blocker without a face-saving route',
    explanation:
      'An influential opponent who would lose face by agreeing will keep opposing. Note what would let them say yes.',
    check: (s) => {
      if (!s.counterparty) return null;
      const opponents = s.counterparty.stakeholders.filter(
        (p) => p.side === 'theirs' && p.influence >= 4 && (p.stance === 'sceptic' || p.stance === 'blocker'),
      );
      if (opponents.length === 0) return null;
      return opponents.filter((p) => !p.faceSaving.trim()).map((p) => `${named(p.name, 'A stakeholder')}.`);
    },
  },
  {
    id: 'who_loses_more_unknown',
    severity: 'advice',
    step: 'leverage',
    title: 'No view on who loses more without a deal',
    explanation: 'The side that loses more from no deal usually moves more. Decide which side that is before you meet.',
    check: (s) => {
      if (!s.leverage) return null;
      return s.leverage.noDeal.verdict === 'unsure' ? ['Assess what each side loses if there is no deal.'] : [];
    },
  },
  {
    id: 'anchor_without_evidence',
    severity: 'warning',
    step: 'anchors',
    title: 'Anchor without evidence',
    explanation:
      'An opening number with nothing behind it is easy to dismiss; one backed by a benchmark has to be answered.',
    check: (s) => {
      if (!s.anchors || s.anchors.anchors.length === 0) return null;
      const backed = new Set((s.evidence?.links ?? []).filter((l) => l.target === 'anchor').map((l) => l.targetId));
      return s.anchors.anchors
        .filter((a) => a.opening !== null && !backed.has(a.id))
        .map((a) => `${named(a.issueLabel, 'An anchor')} has no linked evidence.`);
    },
  },
  {
    id: 'anchor_outside_range',
    severity: 'warning',
    step: 'anchors',
    title: 'Anchor outside its credible range',
    explanation:
      'An anchor beyond what you can justify is dismissed rather than countered, and costs credibility for the rest of the talk.',
    check: (s) => {
      if (!s.anchors || s.anchors.anchors.length === 0) return null;
      return s.anchors.anchors
        .filter(
          (a) =>
            a.opening !== null &&
            ((a.rangeLow !== null && a.opening < a.rangeLow) || (a.rangeHigh !== null && a.opening > a.rangeHigh)),
        )
        .map((a) => `${named(a.issueLabel, 'An anchor')} opens outside ${a.rangeLow ?? '…'}–${a.rangeHigh ?? '…'}.`);
    },
  },
  {
    id: 'concession_without_ask',
    severity: 'warning',
    step: 'concessions',
    title: 'Concession planned without a conditional ask',
    explanation:
      'Every concession should buy something (“if you…, then we…”). Free concessions teach the other side to wait for the next one.',
    check: (s) => {
      if (!s.concessions && !s.anchors) return null;
      const findings: string[] = [];
      for (const c of s.concessions?.concessions ?? []) {
        if (isUnreciprocated(c)) {
          findings.push(
            `${named(c.item || c.give, 'A concession')} (${CONCESSION_STATUS_LABELS[c.status].toLowerCase()}) asks nothing back.`,
          );
        }
      }
      const anchorName = new Map((s.anchors?.anchors ?? []).map((a) => [a.id, a.issueLabel]));
      for (const step of s.anchors?.ladderSteps ?? []) {
        if ((step.give.trim() || step.value !== null) && !step.ask.trim()) {
          findings.push(
            `A ladder step on ${named(anchorName.get(step.anchorId) ?? '', 'an anchor')} asks nothing back.`,
          );
        }
      }
      return findings;
    },
  },
  {
    id: 'meso_not_equivalent',
    severity: 'warning',
    step: 'meso',
    title: 'MESO offers not equivalent for us',
    explanation:
      'Offers presented together must be worth about the same to you; otherwise their choice tells you nothing and one of them gives value away.',
    check: (s) => {
      if (!s.meso) return null;
      // The MESO screen's own test: our complete offers within the tolerance of each other.
      const counts = mesoOfferCounts({
        issues: s.issues,
        offers: s.meso.offers,
        settings: s.meso.settings,
        batna: s.batna,
      });
      if (counts.complete < 2) return null;
      const values = valueOffers(
        s.issues,
        s.meso.offers.filter((o) => o.kind === 'ours'),
      ).flatMap((v) => (v.us === null ? [] : [v.us]));
      const spread = Math.max(...values) - Math.min(...values);
      if (spread <= s.meso.settings.tolerance + 1e-9) return [];
      return [
        `Values to us run from ${formatPoints(Math.min(...values))} to ${formatPoints(Math.max(...values))}: ${formatPoints(spread)} points apart, more than the tolerance of ${formatPoints(s.meso.settings.tolerance)}.`,
      ];
    },
  },
  {
    id: 'meso_below_batna',
    severity: 'critical',
    step: 'meso',
    title: 'MESO offer worth less than your BATNA',
    explanation:
      'An offer worth less to you than your alternative is one you should refuse if they accept it: no deal is better.',
    check: (s) => {
      const analysis = s.batna.ourValuePoints === null ? null : ourOffersAnalysed(s);
      return (
        analysis?.belowBatna.map(
          (o) =>
            `Offer ${o.label || '?'} is worth ${formatPoints(o.us ?? 0)} points to you, below your BATNA (${formatPoints(s.batna.ourValuePoints ?? 0)}).`,
        ) ?? null
      );
    },
  },
  {
    id: 'meso_dominated',
    severity: 'warning',
    step: 'meso',
    title: 'MESO offer beaten for both sides',
    explanation:
      'A package exists that is better for you and for them than this offer: presenting the offer leaves value on the table for both.',
    check: (s) => {
      return (
        ourOffersAnalysed(s)?.dominated.map(
          (o) =>
            `Offer ${o.label || '?'}: ${signedPoints((o.betterDeal?.us ?? 0) - (o.us ?? 0))} for us and ${signedPoints((o.betterDeal?.them ?? 0) - (o.them ?? 0))} for them are possible.`,
        ) ?? null
      );
    },
  },
  {
    id: 'meso_incomplete',
    severity: 'advice',
    step: 'meso',
    title: 'MESO offers that leave issues open',
    explanation: 'An offer that does not settle every issue invites them to pick the best of each offer.',
    check: (s) => {
      if (!s.meso) return null;
      const ours = valueOffers(
        s.issues,
        s.meso.offers.filter((o) => o.kind === 'ours'),
      );
      if (ours.length === 0) return null;
      return ours
        .filter((v) => v.missing.length > 0)
        .map(
          (v) =>
            `${named(v.offer.label, 'An offer')} leaves ${v.missing.length} issue${v.missing.length === 1 ? '' : 's'} open.`,
        );
    },
  },
  {
    id: 'clause_not_measurable',
    severity: 'warning',
    step: 'concessions',
    title: 'Contingent clause without a measurable metric',
    explanation:
      'A clause triggers only on something both sides can measure: a named metric, a threshold and a source of the data.',
    check: (s) => {
      if (!s.concessions || s.concessions.clauses.length === 0) return null;
      return s.concessions.clauses
        .filter((c) => !isMeasurable(c))
        .map((c) => `${named(c.metric || c.remedy, 'A clause')} has no metric or threshold.`);
    },
  },
  {
    id: 'no_governance_long_term',
    severity: 'warning',
    step: 'concessions',
    title: 'Long-term deal without governance or exit',
    explanation:
      'A deal that runs for years will meet changes nobody foresaw. Agree how it is reviewed and how either side can leave.',
    check: (s) => {
      if (!s.concessions || !isLongTermDeal(s)) return null;
      const g = s.concessions.governance;
      const findings: string[] = [];
      if (g.reviewCadence === 'none') findings.push('No review cadence.');
      if (!g.exitTerms.trim()) findings.push('No exit terms.');
      return findings;
    },
  },
  ...OBJECTIVE_RULES,
  ...TEAM_RULES,
  ...RISK_RULES,
  ...MEETING_RULES,
];
