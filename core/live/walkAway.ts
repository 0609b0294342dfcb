import type { Issue } from '../issues';
import type { OfferScore } from './score';

/**
 * What an offer of ours would give away past the lines we drew before the meeting. Each
 * warning has a plain message with no internal number (safe on a shared screen) and the
 * figures apart, so the screen can hide them in opaque mode.
 */
export interface WalkAwayWarning {
  key: string;
  message: string;
  /** "worth 28 to you, BATNA 30": internal numbers, hidden in opaque mode. */
  detail: string;
}

const round1 = (n: number) => `${Math.round(n * 10) / 10}`;

export function walkAwayWarnings(
  issues: readonly Issue[],
  score: OfferScore,
  authorityPoints: number | null = null,
): WalkAwayWarning[] {
  const warnings: WalkAwayWarning[] = [];
  if (authorityPoints !== null && score.us !== null && score.us < authorityPoints) {
    warnings.push({
      key: 'authority',
      message: 'This package is below your authority limit: get approval before offering it.',
      detail: `${round1(score.us)} points against an authority limit of ${round1(authorityPoints)}`,
    });
  }
  if (score.overBatna !== null && score.overBatna < 0 && score.us !== null) {
    warnings.push({
      key: 'batna',
      message: 'This package is worth less to you than walking away (your BATNA).',
      detail: `${round1(score.us)} points against a BATNA of ${round1(score.us - score.overBatna)}`,
    });
  }
  for (const position of score.issues) {
    if (position.standing !== 'past-walk-away' || !position.limit || position.limit.walkAway === null) continue;
    const issue = issues.find((i) => i.id === position.issueId);
    const name = issue?.name || 'Untitled issue';
    const option = issue?.options.find((o) => o.id === position.optionId)?.label ?? '';
    warnings.push({
      key: `issue-${position.issueId}`,
      message: `${name}: ${option} crosses your walk-away.`,
      detail: `walk-away ${position.limit.walkAway.toLocaleString('en-US')}`,
    });
  }
  for (const position of score.issues) {
    const issue = issues.find((i) => i.id === position.issueId);
    if (!issue?.redLine || position.ourScore === null) continue;
    const worst = Math.min(...issue.options.flatMap((o) => (o.ourScore === null ? [] : [o.ourScore])));
    const best = Math.max(...issue.options.flatMap((o) => (o.ourScore === null ? [] : [o.ourScore])));
    if (best > worst && position.ourScore <= worst) {
      warnings.push({
        key: `red-${issue.id}`,
        message: `${issue.name || 'Untitled issue'} is a red line and this is its worst option for you.`,
        detail: `score ${round1(position.ourScore)}`,
      });
    }
  }
  return warnings;
}
