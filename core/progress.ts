import { PREPARATION2_RULES, type Preparation2Summary } from './preparation2Progress';
import type { StepProgress } from './stepProgress';
import type { StepId } from './steps';

export type { Completion, StepProgress } from './stepProgress';

/**
 * What the progress rules read about a deal: counts and flags, never the content itself.
 * Later steps add their own optional section.
 */
export interface DealContentSummary {
  details: { counterparty: boolean; targetCloseDate: boolean };
  /** Counterparty map, leverage, evidence pack, anchor worksheet, concessions & safeguards. */
  preparation2?: Preparation2Summary;
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
  counterparty: ({ preparation2 }) => PREPARATION2_RULES.counterparty(preparation2),
  leverage: ({ preparation2 }) => PREPARATION2_RULES.leverage(preparation2),
  evidence: ({ preparation2 }) => PREPARATION2_RULES.evidence(preparation2),
  anchors: ({ preparation2 }) => PREPARATION2_RULES.anchors(preparation2),
  concessions: ({ preparation2 }) => PREPARATION2_RULES.concessions(preparation2),
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
