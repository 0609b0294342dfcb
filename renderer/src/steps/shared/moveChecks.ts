import type { Deal } from '../../../../core/deal';
import type { Issue } from '../../../../core/issues';
import { mainIssueSourceOf, valueRowCrossings } from '../../../../core/objectives';
import { approvalsNeeded } from '../../../../core/team';
import { useApi } from '../../api/hooks';
import { useRows } from '../../api/rows';

export const issueChoices = (issues: readonly Issue[]) =>
  issues.map((i) => ({ value: i.id, label: i.name || 'Untitled issue' }));

type MoveRow = { id: string; issueId: string | null; value: number | null };

/**
 * The checks on a planned move of one issue to a value (a ladder step, a concession):
 * past the walk-away, and past the tightest authority limit (with who must approve).
 */
export function useMoveChecks(deal: Deal): {
  issues: Issue[];
  check: (rows: readonly MoveRow[]) => Map<string, string[]>;
} {
  const issues = useRows('issues', deal.id);
  const batna = useApi('batna.get', { dealId: deal.id });
  const members = useRows('teamMembers', deal.id);
  const limits = useRows('authorityLimits', deal.id);
  const context = {
    issues: issues.data ?? [],
    batna: mainIssueSourceOf(batna.data),
    ourSide: deal.ourSide,
    currency: deal.currency,
  };
  return {
    issues: issues.data ?? [],
    check: (rows) => {
      const flags = new Map<string, string[]>();
      const add = (id: string, text: string) => flags.set(id, [...(flags.get(id) ?? []), text]);
      for (const x of valueRowCrossings(rows, context)) add(x.rowId, `Beyond the walk-away — ${x.text}`);
      for (const x of approvalsNeeded(rows, {
        ...context,
        members: members.data ?? [],
        limits: limits.data ?? [],
      })) {
        add(x.rowId, `Needs approval — ${x.text}`);
      }
      return flags;
    },
  };
}
