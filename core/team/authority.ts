import { formatIssueValue } from '../calculator';
import {
  crossesWalkAway,
  type Direction,
  type MainIssueSource,
  type ObjectiveIssue,
  type OurSideForObjectives,
  objectivesOf,
} from '../objectives';
import { TEAM_ROLE_LABELS, type TeamRole } from './fields';

interface Member {
  id: string;
  name: string;
  role: TeamRole;
  title: string;
}
interface Limit {
  id: string;
  issueId: string | null;
  memberId: string | null;
  limit: number | null;
}

export interface AuthorityContext {
  issues: readonly ObjectiveIssue[];
  batna: MainIssueSource;
  ourSide: OurSideForObjectives;
  currency: string;
  members: readonly Member[];
  limits: readonly Limit[];
}

/** "Dana Reyes (Sales director)", or the role when the person has no name yet. */
export function memberLabel(member: Member | undefined): string {
  if (!member) return 'someone not on the team list';
  const name = member.name.trim() || TEAM_ROLE_LABELS[member.role];
  const title = member.title.trim();
  return title ? `${name} (${title})` : name;
}

export interface ApprovalStep {
  limitId: string;
  member: Member | undefined;
  limit: number;
}

/**
 * An issue's approval path: its limits from the least latitude (the rep) to the most (the
 * board), judged by the issue's direction. Empty when the direction is unknown.
 */
export function approvalPath(
  issueId: string,
  c: AuthorityContext,
): { path: ApprovalStep[]; direction: Direction | null } {
  const issue = c.issues.find((i) => i.id === issueId);
  if (!issue) return { path: [], direction: null };
  const { direction } = objectivesOf(issue, c.batna, c.ourSide);
  if (!direction) return { path: [], direction };
  const members = new Map(c.members.map((m) => [m.id, m]));
  const path = c.limits
    .filter((l): l is Limit & { limit: number } => l.issueId === issueId && l.limit !== null)
    .map((l) => ({ limitId: l.id, member: l.memberId ? members.get(l.memberId) : undefined, limit: l.limit }))
    // Least latitude first: for "higher is better" the highest floor is the tightest.
    .sort((a, b) => (direction === 'higher' ? b.limit - a.limit : a.limit - b.limit));
  return { path, direction };
}

export interface ApprovalNeed {
  rowId: string;
  issueId: string;
  /** Who must approve, or null when the value is beyond every limit listed. */
  approver: Member | undefined | null;
  text: string;
}

/**
 * Rows that move an issue past the tightest authority limit (the rep's), with the first
 * person on the approval path whose limit covers the value.
 */
export function approvalsNeeded(
  rows: readonly { id: string; issueId: string | null; value: number | null }[],
  c: AuthorityContext,
): ApprovalNeed[] {
  const needs: ApprovalNeed[] = [];
  for (const row of rows) {
    if (!row.issueId || row.value === null) continue;
    const issue = c.issues.find((i) => i.id === row.issueId);
    const { path, direction } = approvalPath(row.issueId, c);
    const first = path[0];
    if (!issue || !first || !direction) continue;
    const beyond = (limit: number) => crossesWalkAway(row.value as number, { walkAway: limit, direction });
    if (!beyond(first.limit)) continue;
    const covering = path.find((step) => !beyond(step.limit));
    const value = formatIssueValue(issue, row.value, c.currency);
    const name = issue.name.trim() || 'Untitled issue';
    needs.push({
      rowId: row.id,
      issueId: row.issueId,
      approver: covering ? covering.member : null,
      text: covering
        ? `${name}: ${value} is beyond ${memberLabel(first.member)}'s authority — needs approval by ${memberLabel(covering.member)}`
        : `${name}: ${value} is beyond every authority limit listed — nobody on the approval path can agree it`,
    });
  }
  return needs;
}
