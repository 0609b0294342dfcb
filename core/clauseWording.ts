import type { SnapshotClause } from './snapshot';

/**
 * Wording of contingent clauses and concession states for generated documents.
 * Mirrors the Concessions & safeguards step's wording (if/then, measurable = metric +
 * threshold) so the plan and the screen say the same thing.
 */
const COMPARATOR_WORDS: Record<SnapshotClause['comparator'], string> = {
  lt: 'below',
  le: 'at or below',
  gt: 'above',
  ge: 'at or above',
  eq: 'equal to',
};
const PERIOD_WORDS: Record<SnapshotClause['period'], string> = {
  none: '',
  day: 'per day',
  week: 'per week',
  month: 'per month',
  quarter: 'per quarter',
  year: 'per year',
};

export const CONCESSION_STATUS_WORDS = {
  planned: 'planned',
  offered: 'offered',
  accepted: 'accepted',
  withdrawn: 'withdrawn',
} as const;

export const clauseIsMeasurable = (c: Pick<SnapshotClause, 'metric' | 'threshold'>) =>
  c.metric.trim() !== '' && c.threshold !== null;

/** "If monthly uptime is below 99.9 % per month, then a 5 % service credit applies." */
export function clauseSentence(c: SnapshotClause): string {
  const threshold = c.threshold === null ? '…' : `${c.threshold}${c.unit.trim() ? ` ${c.unit.trim()}` : ''}`;
  const period = PERIOD_WORDS[c.period] ? ` ${PERIOD_WORDS[c.period]}` : '';
  const remedy = c.remedy.trim().replace(/[.\s]+$/, '');
  return `If ${c.metric.trim() || '…'} is ${COMPARATOR_WORDS[c.comparator]} ${threshold}${period}, then ${remedy || '…'}${remedy ? '.' : ''}`;
}
