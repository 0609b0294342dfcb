import { type MainIssueSource, type ObjectiveIssue, type OurSideForObjectives, objectivesOf } from './accessor';
import { crossesWalkAway, valueCrossingText } from './crossing';

export interface RowCrossing {
  rowId: string;
  text: string;
}

interface ObjectiveContext {
  issues: readonly ObjectiveIssue[];
  batna: MainIssueSource;
  ourSide: OurSideForObjectives;
  currency: string;
}

/** Rows that move one issue to a value (ladder steps, concessions) and cross its walk-away. */
export function valueRowCrossings(
  rows: readonly { id: string; issueId: string | null; value: number | null }[],
  c: ObjectiveContext,
): RowCrossing[] {
  const byId = new Map(c.issues.map((i) => [i.id, i]));
  const found: RowCrossing[] = [];
  for (const row of rows) {
    const issue = row.issueId ? byId.get(row.issueId) : undefined;
    if (!issue || row.value === null) continue;
    const o = objectivesOf(issue, c.batna, c.ourSide);
    if (crossesWalkAway(row.value, o))
      found.push({ rowId: row.id, text: valueCrossingText(issue, o, row.value, c.currency) });
  }
  return found;
}

/** Ladder steps beyond the walk-away of their anchor's issue. */
export function ladderCrossings(
  anchors: readonly { id: string; issueId: string | null }[],
  steps: readonly { id: string; anchorId: string; value: number | null }[],
  c: ObjectiveContext,
): RowCrossing[] {
  const issueOf = new Map(anchors.map((a) => [a.id, a.issueId]));
  return valueRowCrossings(
    steps.map((s) => ({ id: s.id, issueId: issueOf.get(s.anchorId) ?? null, value: s.value })),
    c,
  );
}
