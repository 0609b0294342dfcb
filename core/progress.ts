import type { StepProgress } from './stepProgress';
import type { StepId } from './steps';
import type { StrategySummary } from './strategy';

export type { Completion, StepProgress } from './stepProgress';

/**
 * What the progress rules read about a deal: counts and flags, never the content itself.
 * Later steps add their own optional section; the strategy steps (counterparty map to
 * concessions) theirs from core/strategy.ts.
 */
export interface DealContentSummary extends Partial<StrategySummary> {
  details: { counterparty: boolean; targetCloseDate: boolean };
  batna?: {
    ourDescribed: boolean;
    ourValued: boolean;
    ourConfidence: boolean;
    theirEstimated: boolean;
    theirConfidence: boolean;
    ourReservation: boolean;
    ourTarget: boolean;
    theirReservation: boolean;
  };
  issues?: {
    count: number;
    unnamed: number;
    /** Issues with a weight for us and an estimated weight for them. */
    weighted: number;
    /** Issues with at least two options scored for both sides. */
    scored: number;
  };
  interests?: {
    ourInterests: number;
    theirInterests: number;
    positions: number;
    questions: number;
  };
  meso?: {
    /** Our offers on the grid. */
    ours: number;
    /** Our offers with an option picked for every scored issue. */
    complete: number;
    /** Our complete offers within the tolerance of the target value. */
    withinTolerance: number;
  };
  team?: {
    members: number;
    unnamed: number;
    leads: number;
    approvers: number;
    /** Authority limits, and those without a figure. */
    limits: number;
    limitsWithoutFigure: number;
  };
  risks?: {
    ourDatedDeadlines: number;
    theirDatedDeadlines: number;
    goalSet: boolean;
    /** The relationship goal is more than a one-off: trust has to be earned. */
    lastingRelationship: boolean;
    trustActions: number;
    /** Risks and assumptions in the register. */
    register: number;
    /** Likely and high-impact risks with no way to verify them. */
    severeUnverifiable: number;
    /** Anything at all on the step (a deadline, an action, a risk, a goal, a description). */
    anything: boolean;
  };
  tender?: {
    lots: number;
    /** Lots with a volume and a baseline price, so savings can be counted. */
    pricedLots: number;
    suppliers: number;
    /** Suppliers with a bid that prices at least one lot. */
    suppliersBidding: number;
    scenarioPicked: boolean;
  };
  meeting?: {
    meetings: number;
    undated: number;
    withoutOpening: number;
    /** Meetings with fewer than two agenda items. */
    thinAgenda: number;
    /** Meetings whose time-boxed agenda runs over their length. */
    overTime: number;
    /** Meetings that do not say what we keep to ourselves. */
    withoutWithhold: number;
  };
}

type Rule = (summary: DealContentSummary) => StepProgress;

const done = (reason: string): StepProgress => ({ state: 'complete', reason });
const started = (reason: string): StepProgress => ({ state: 'started', reason });
const empty = (reason: string): StepProgress => ({ state: 'empty', reason });

/** The first unmet requirement explains why a step is not complete yet. */
function firstMissing(requirements: [boolean, string][]): string | null {
  return requirements.find(([met]) => !met)?.[1] ?? null;
}

/** One rule per step that has content. A step without a rule shows no completion mark. */
export const PROGRESS_RULES: Partial<Record<StepId, Rule>> = {
  details: ({ details }) => {
    const missing = firstMissing([
      [details.counterparty, 'Name the counterparty.'],
      [details.targetCloseDate, 'Set a target close date.'],
    ]);
    return missing ? started(missing) : done('Counterparty and close date set.');
  },
  batna: ({ batna }) => {
    if (!batna || !Object.values(batna).some(Boolean)) return empty('Describe your best alternative to this deal.');
    const missing = firstMissing([
      [batna.ourDescribed, 'Describe your BATNA.'],
      [batna.ourValued, 'Put a value on your BATNA.'],
      [batna.ourConfidence, 'Say how confident you are in your BATNA.'],
      [batna.ourReservation, 'Set your reservation point.'],
      [batna.ourTarget, 'Set your target.'],
      [batna.theirEstimated, 'Estimate their BATNA.'],
      [batna.theirConfidence, 'Say how confident you are in their BATNA estimate.'],
      [batna.theirReservation, 'Estimate their reservation point.'],
    ]);
    return missing ? started(missing) : done('Both BATNAs and reservation points are set.');
  },
  issues: ({ issues }) => {
    if (!issues || issues.count === 0) return empty('Add the issues you will negotiate.');
    const missing = firstMissing([
      [issues.count >= 2, 'Add at least a second issue: one issue leaves nothing to trade.'],
      [issues.unnamed === 0, 'Name every issue.'],
      [issues.weighted === issues.count, 'Weight every issue for both sides.'],
      [issues.scored === issues.count, 'Give every issue at least two options, scored for both sides.'],
    ]);
    return missing ? started(missing) : done(`${issues.count} issues weighted and scored.`);
  },
  interests: ({ interests }) => {
    if (
      !interests ||
      interests.ourInterests + interests.theirInterests + interests.positions + interests.questions === 0
    ) {
      return empty('Note what each side wants, and why.');
    }
    const missing = firstMissing([
      [interests.ourInterests > 0, 'Write down at least one of your interests.'],
      [interests.theirInterests > 0, 'Write down at least one of their interests.'],
      [interests.questions > 0, 'Plan a question that would uncover their interests.'],
    ]);
    return missing ? started(missing) : done('Interests of both sides and questions to ask are noted.');
  },
  counterparty: ({ counterparty: c }) => {
    if (!c || c.stakeholders + c.pathSteps === 0) return empty('Add the people who shape the decision.');
    const missing = firstMissing([
      [c.theirsWithRole > 0, 'Give someone on their side a role in the decision.'],
      [c.pathSteps > 0, 'Write down the decision path: who approves what, in which order.'],
    ]);
    return missing ? started(missing) : done(`${c.stakeholders} people mapped and a decision path.`);
  },
  leverage: ({ leverage: l }) => {
    if (!l || (l.ours + l.theirs + l.actions === 0 && !l.verdict && !l.ourLoss && !l.theirLoss)) {
      return empty('List what each side can give, withhold or hold the other to.');
    }
    const missing = firstMissing([
      [l.ours > 0, 'List at least one source of our leverage.'],
      [l.theirs > 0, 'List at least one source of their leverage.'],
      [l.ourLoss && l.theirLoss, 'Say what each side loses without a deal.'],
      [l.verdict, 'Decide who has more to lose without a deal.'],
    ]);
    return missing ? started(missing) : done('Leverage of both sides and the no-deal verdict are set.');
  },
  evidence: ({ evidence: e }) => {
    if (!e || e.items + e.claims === 0) return empty('Collect the facts that make your numbers credible.');
    const missing = firstMissing([
      [e.items > 0, 'Add evidence for your claims.'],
      [e.unsupportedClaims === 0, 'Back every claim with at least one evidence item.'],
      [e.unusedItems === 0, 'Link every evidence item to a claim or an anchor it supports.'],
    ]);
    return missing ? started(missing) : done(`${e.items} evidence items, all in use.`);
  },
  anchors: ({ anchors: a }) => {
    if (!a || a.count === 0) return empty('Set your opening anchor, starting with price.');
    const missing = firstMissing([
      [a.incomplete === 0, 'Give every anchor a credible range, a target and a fairness rationale.'],
      [a.withWarnings === 0, 'Clear the warnings on the anchor worksheet.'],
    ]);
    return missing ? started(missing) : done(`${a.count} anchors, evidenced and in range.`);
  },
  concessions: ({ concessions: c }) => {
    if (!c || (c.concessions + c.clauses === 0 && !c.governanceStarted)) {
      return empty('Plan what you can give, and what you want for it.');
    }
    const missing = firstMissing([
      [c.concessions > 0, 'Plan at least one concession and what you get for it.'],
      [c.unreciprocated === 0, 'Ask for something in return for every concession.'],
      [c.clausesWithProblems === 0, 'Make every contingent clause measurable, with a remedy and a measurer.'],
      [c.cadence, 'Agree a review cadence.'],
      [c.exitTerms, 'Write down the exit terms.'],
    ]);
    return missing ? started(missing) : done('Concessions reciprocated, clauses measurable, governance agreed.');
  },
  team: ({ team: t }) => {
    if (!t || t.members === 0) return empty('Name who is on our side, and how far each may go.');
    const missing = firstMissing([
      [t.unnamed === 0, 'Name every team member.'],
      [t.leads === 1, t.leads === 0 ? 'Name one lead negotiator.' : 'Keep to one lead negotiator.'],
      [t.limits > 0, 'Write down how far someone may go on at least one issue.'],
      [t.limitsWithoutFigure === 0, 'Put a figure on every authority limit.'],
      [t.approvers > 0, 'Name who approves a move beyond these limits.'],
    ]);
    return missing
      ? started(missing)
      : done(`${t.members} people, a lead, ${t.limits} authority limit${t.limits === 1 ? '' : 's'} and an approver.`);
  },
  risks: ({ risks: r }) => {
    if (!r?.anything) return empty('Put both sides’ deadlines on the timeline and list what could go wrong.');
    const missing = firstMissing([
      [r.ourDatedDeadlines > 0, 'Date at least one of our deadlines.'],
      [r.theirDatedDeadlines > 0, 'Date at least one of their deadlines: it tells you who can wait.'],
      [r.goalSet, 'Choose the relationship you want after signing.'],
      [!r.lastingRelationship || r.trustActions > 0, 'Plan at least one action that earns their trust.'],
      [r.register > 0, 'List at least one risk or assumption to verify.'],
      [r.severeUnverifiable === 0, 'Say how you will verify every likely, high-impact risk.'],
    ]);
    return missing ? started(missing) : done('Both clocks dated, the relationship chosen, risks to verify listed.');
  },
  tender: ({ tender: t }) => {
    if (!t || t.lots + t.suppliers === 0) return empty('For a tender: add the lots and the suppliers who bid.');
    const missing = firstMissing([
      [t.lots > 0, 'Add the lots the suppliers bid on.'],
      [t.pricedLots === t.lots, 'Give every lot a volume and today’s price, so savings can be counted.'],
      [t.suppliers >= 2, 'Add a second supplier: a tender compares bids.'],
      [t.suppliersBidding === t.suppliers, 'Enter a bid from every supplier.'],
      [t.scenarioPicked, 'Pick the award scenario for the plan.'],
    ]);
    return missing ? started(missing) : done(`${t.suppliers} bids compared and an award picked.`);
  },
  meeting: ({ meeting: m }) => {
    if (!m || m.meetings === 0) return empty('Plan the next meeting with them.');
    const missing = firstMissing([
      [m.undated === 0, 'Give every meeting a date.'],
      [m.withoutOpening === 0, 'Write the opening statement of every meeting.'],
      [m.thinAgenda === 0, 'Give every meeting an agenda of at least two items.'],
      [m.overTime === 0, 'Make every agenda fit its meeting.'],
      [m.withoutWithhold === 0, 'Write down what you will not disclose in every meeting.'],
    ]);
    return missing
      ? started(missing)
      : done(`${m.meetings} meeting${m.meetings === 1 ? '' : 's'} dated, opened, with an agenda that fits.`);
  },
  meso: ({ meso }) => {
    if (!meso || meso.ours === 0) return empty('Build two to four offers worth the same to you.');
    const missing = firstMissing([
      [meso.ours >= 2, 'Add a second offer: a MESO puts at least two on the table together.'],
      [meso.complete === meso.ours, 'Pick an option for every issue in every offer.'],
      [meso.withinTolerance === meso.ours, 'Bring every offer within the tolerance of your target value.'],
    ]);
    return missing ? started(missing) : done(`${meso.ours} offers of equal value to you.`);
  },
};

export type DealProgress = Partial<Record<StepId, StepProgress>>;

export function dealProgress(summary: DealContentSummary): DealProgress {
  const result: DealProgress = {};
  for (const [step, rule] of Object.entries(PROGRESS_RULES) as [StepId, Rule][]) result[step] = rule(summary);
  return result;
}
