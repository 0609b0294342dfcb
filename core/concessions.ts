import { z } from 'zod';
import { type DealRow, figure } from './scales';
import { entityId, longText, shortText } from './text';

export const CONCESSION_STATUSES = ['planned', 'offered', 'accepted', 'withdrawn'] as const;
export type ConcessionStatus = (typeof CONCESSION_STATUSES)[number];
export const CONCESSION_STATUS_LABELS: Record<ConcessionStatus, string> = {
  planned: 'Planned',
  offered: 'Offered',
  accepted: 'Accepted',
  withdrawn: 'Withdrawn',
};

export const concessionFieldsSchema = z.strictObject({
  item: shortText('Item'),
  give: shortText('What we give'),
  get: shortText('What we get'),
  valueToUs: figure('Value to us').nullable(),
  valueToThem: figure('Value to them').nullable(),
  trigger: shortText('Trigger'),
  /** Free text on purpose: "day 2, after the pricing call" is as useful as a clock time. */
  when: shortText('When').max(100, 'When must be at most 100 characters'),
  status: z.enum(CONCESSION_STATUSES, { error: `Status must be one of: ${CONCESSION_STATUSES.join(', ')}` }),
  /** The issue the concession moves, and where it moves it to: checked against walk-away and authority. */
  issueId: entityId('Issue').nullable(),
  value: figure('Moves to').nullable(),
});
export type ConcessionFields = z.infer<typeof concessionFieldsSchema>;
export const newConcessionSchema = concessionFieldsSchema.partial();
export const concessionPatchSchema = concessionFieldsSchema.partial();
export const CONCESSION_DEFAULTS: ConcessionFields = {
  item: '',
  give: '',
  get: '',
  valueToUs: null,
  valueToThem: null,
  trigger: '',
  when: '',
  status: 'planned',
  issueId: null,
  value: null,
};
export interface Concession extends ConcessionFields, DealRow {}

/** A concession that gives something and asks nothing back teaches the other side to wait. */
export const isUnreciprocated = (c: Pick<ConcessionFields, 'give' | 'get' | 'status'>) =>
  c.status !== 'withdrawn' && c.give.trim() !== '' && c.get.trim() === '';

export interface ConcessionTally {
  count: number;
  /** Of these, how many give something and ask nothing back. */
  unreciprocated: number;
  /** What they cost us and are worth to them, in the deal's currency, where estimated. */
  costToUs: number;
  worthToThem: number;
  /** How many have no cost to us estimated yet (left out of `costToUs`). */
  unpriced: number;
}

function tally(concessions: readonly ConcessionFields[]): ConcessionTally {
  return {
    count: concessions.length,
    unreciprocated: concessions.filter(isUnreciprocated).length,
    costToUs: concessions.reduce((sum, c) => sum + (c.valueToUs ?? 0), 0),
    worthToThem: concessions.reduce((sum, c) => sum + (c.valueToThem ?? 0), 0),
    unpriced: concessions.filter((c) => c.valueToUs === null).length,
  };
}

/**
 * The log in two groups counted the same way: what is on the table (offered or accepted)
 * and what is still planned. Withdrawn concessions count in neither.
 */
export function reciprocitySummary(concessions: readonly ConcessionFields[]): {
  live: ConcessionTally;
  planned: ConcessionTally;
} {
  return {
    live: tally(concessions.filter((c) => c.status === 'offered' || c.status === 'accepted')),
    planned: tally(concessions.filter((c) => c.status === 'planned')),
  };
}

/**
 * Concessions that, added up in log order with those before them (withdrawn ones left out),
 * cost more than the room between our target and our walk-away: giving them all lands past
 * the walk-away. `room` comes from core/objectives (`roomInMoney`); null means unknown.
 */
export function concessionsPastWalkAway<T extends Pick<ConcessionFields, 'valueToUs' | 'status'>>(
  concessions: readonly T[],
  room: number | null,
): { concession: T; runningCost: number }[] {
  if (room === null) return [];
  const past: { concession: T; runningCost: number }[] = [];
  let runningCost = 0;
  for (const concession of concessions) {
    if (concession.status === 'withdrawn') continue;
    runningCost += concession.valueToUs ?? 0;
    if (runningCost > room + 1e-9) past.push({ concession, runningCost });
  }
  return past;
}

export const COMPARATORS = ['lt', 'le', 'gt', 'ge', 'eq'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const COMPARATOR_LABELS: Record<Comparator, string> = {
  lt: 'below',
  le: 'at or below',
  gt: 'above',
  ge: 'at or above',
  eq: 'equal to',
};

export const PERIODS = ['none', 'day', 'week', 'month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];
export const PERIOD_LABELS: Record<Period, string> = {
  none: '—',
  day: 'per day',
  week: 'per week',
  month: 'per month',
  quarter: 'per quarter',
  year: 'per year',
};

/** "If <metric> <comparator> <threshold> [per period] then <remedy>". */
export const clauseFieldsSchema = z.strictObject({
  metric: shortText('Metric'),
  comparator: z.enum(COMPARATORS, { error: `Comparator must be one of: ${COMPARATORS.join(', ')}` }),
  threshold: figure('Threshold').nullable(),
  unit: shortText('Unit').max(30, 'Unit must be at most 30 characters'),
  period: z.enum(PERIODS, { error: `Period must be one of: ${PERIODS.join(', ')}` }),
  remedy: shortText('Remedy'),
  measuredBy: shortText('Measured by'),
  dataSource: shortText('Data source'),
});
export type ClauseFields = z.infer<typeof clauseFieldsSchema>;
export const newClauseSchema = clauseFieldsSchema.partial();
export const clausePatchSchema = clauseFieldsSchema.partial();
export const CLAUSE_DEFAULTS: ClauseFields = {
  metric: '',
  comparator: 'lt',
  threshold: null,
  unit: '',
  period: 'none',
  remedy: '',
  measuredBy: '',
  dataSource: '',
};
export interface ContingentClause extends ClauseFields, DealRow {}

/** Why a clause could not be enforced as written; empty when it can. */
export function clauseProblems(c: ClauseFields): string[] {
  const problems: string[] = [];
  if (!c.metric.trim() || c.threshold === null) {
    problems.push('Not measurable: name the metric and give a threshold number.');
  }
  if (!c.remedy.trim()) problems.push('No remedy: say what happens when the condition is met.');
  if (!c.measuredBy.trim() || !c.dataSource.trim()) problems.push('Say who measures it and from which data.');
  return problems;
}

export const isMeasurable = (c: ClauseFields) => c.metric.trim() !== '' && c.threshold !== null;

/** The clause as one readable sentence. */
export function clauseSentence(c: ClauseFields): string {
  const threshold = c.threshold === null ? '…' : `${c.threshold}${c.unit ? ` ${c.unit}` : ''}`;
  const period = c.period === 'none' ? '' : ` ${PERIOD_LABELS[c.period]}`;
  const remedy = c.remedy.trim().replace(/[.\s]+$/, '');
  return `If ${c.metric.trim() || '…'} is ${COMPARATOR_LABELS[c.comparator]} ${threshold}${period}, then ${remedy || '…'}${remedy ? '.' : ''}`;
}

export const REVIEW_CADENCES = ['none', 'monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];
export const REVIEW_CADENCE_LABELS: Record<ReviewCadence, string> = {
  none: 'Not agreed yet',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  half_yearly: 'Every six months',
  yearly: 'Yearly',
};

/** How the deal is run once signed: one per deal. */
export const governanceSchema = z.strictObject({
  reviewCadence: z.enum(REVIEW_CADENCES, { error: `Review cadence must be one of: ${REVIEW_CADENCES.join(', ')}` }),
  metrics: longText('Metrics'),
  changeProcess: longText('Change process'),
  exitTerms: longText('Exit terms'),
});
export type Governance = z.infer<typeof governanceSchema>;
export const governancePatchSchema = governanceSchema.partial();
export const GOVERNANCE_DEFAULTS: Governance = { reviewCadence: 'none', metrics: '', changeProcess: '', exitTerms: '' };

/** One wording for concessions adding up past the walk-away, on the rows and in readiness alike. */
export const runningCostText = (name: string, given: string, room: string) =>
  `${name.trim() ? `“${name.trim()}”` : 'A concession'}: with those before it, ${given} given away, more than the ${room} between your target and walk-away`;
