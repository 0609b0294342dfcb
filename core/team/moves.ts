import { mainIssueSourceOf } from '../objectives';
import type { DealSnapshot } from '../snapshot';
import { type ApprovalNeed, approvalsNeeded } from './authority';

/**
 * Every planned move of the deal (ladder steps, live concessions) that needs someone
 * above the rep to approve it, read from a snapshot.
 */
export function snapshotApprovals(s: DealSnapshot): { kind: 'Ladder step' | 'Concession'; need: ApprovalNeed }[] {
  if (!s.team) return [];
  const context = {
    issues: s.issues,
    batna: mainIssueSourceOf(s.batna),
    ourSide: s.deal.ourSide,
    currency: s.deal.currency,
    members: s.team.members,
    limits: s.team.limits,
  };
  const issueOfAnchor = new Map((s.anchors?.anchors ?? []).map((a) => [a.id, a.issueId]));
  const steps = (s.anchors?.ladderSteps ?? []).map((x) => ({
    id: x.id,
    issueId: issueOfAnchor.get(x.anchorId) ?? null,
    value: x.value,
  }));
  const concessions = (s.concessions?.concessions ?? []).filter((c) => c.status !== 'withdrawn');
  return [
    ...approvalsNeeded(steps, context).map((need) => ({ kind: 'Ladder step' as const, need })),
    ...approvalsNeeded(concessions, context).map((need) => ({ kind: 'Concession' as const, need })),
  ];
}
