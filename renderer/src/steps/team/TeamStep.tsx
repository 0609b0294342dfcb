import { formatIssueValue } from '../../../../core/calculator';
import type { Deal } from '../../../../core/deal';
import { mainIssueSourceOf } from '../../../../core/objectives';
import {
  type AuthorityLimit,
  approvalPath,
  authorityLimitFieldsSchema,
  memberLabel,
  TEAM_ROLE_LABELS,
  TEAM_ROLES,
  type TeamMember,
  teamMemberFieldsSchema,
} from '../../../../core/team';
import { useApi } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { issueChoices } from '../shared/moveChecks';
import { numberColumn, RowList, refColumn, selectColumn, textColumn } from '../shared/RowList';
import '../shared/rowTables.css';

const member = teamMemberFieldsSchema.shape;
const limit = authorityLimitFieldsSchema.shape;

export function TeamStep({ deal }: { deal: Deal }) {
  const members = useRows('teamMembers', deal.id);
  const limits = useRows('authorityLimits', deal.id);
  const issues = useRows('issues', deal.id);
  const batna = useApi('batna.get', { dealId: deal.id });
  const memberList = members.data ?? [];
  const issueList = issues.data ?? [];
  const context = {
    issues: issueList,
    batna: mainIssueSourceOf(batna.data),
    ourSide: deal.ourSide,
    currency: deal.currency,
    members: memberList,
    limits: limits.data ?? [],
  };
  const limitedIssues = issueList.filter((i) => (limits.data ?? []).some((l) => l.issueId === i.id));

  return (
    <div className="step-body wide">
      <section className="panel" aria-labelledby="team-heading">
        <h3 id="team-heading">Our team</h3>
        <p className="panel-hint">
          One lead and one spokesperson keep the message consistent; a note-taker frees the lead to listen.
        </p>
        <RowList<TeamMember>
          table="teamMembers"
          dealId={deal.id}
          rows={memberList}
          caption="Our team"
          ordered
          addField="name"
          addLabel="New team member"
          addPlaceholder="Add a person, press Enter"
          addSchema={member.name.min(1, 'Name the person first')}
          describe={(m) => (m.name ? `“${m.name}”` : 'this person')}
          columns={[
            textColumn('name', 'Name', member.name, { width: '22%' }),
            selectColumn('role', 'Role', TEAM_ROLES, TEAM_ROLE_LABELS, { width: '18%' }),
            textColumn('title', 'Title', member.title, { width: '20%' }),
            textColumn('responsibility', 'Owns', member.responsibility),
          ]}
          emptyText="Nobody listed yet."
        />
      </section>

      <section className="panel" aria-labelledby="authority-heading">
        <h3 id="authority-heading">Authority limits</h3>
        <p className="panel-hint">
          How far each person may go on an issue without asking (a price floor, a maximum discount, the longest payment
          terms), on the issue's own scale. Ladder steps and concessions beyond the tightest limit are flagged with who
          must approve.
        </p>
        <RowList<AuthorityLimit>
          table="authorityLimits"
          dealId={deal.id}
          rows={limits.data ?? []}
          caption="Authority limits"
          addField="note"
          addLabel="New authority limit"
          addPlaceholder="Describe a limit (e.g. rep: up to 8 % off list), press Enter"
          addSchema={limit.note.min(1, 'Describe the limit first')}
          describe={(l) => (l.note ? `“${l.note}”` : 'this limit')}
          columns={[
            refColumn<AuthorityLimit>('issueId', 'Issue', issueChoices(issueList), 'Pick an issue', { width: '22%' }),
            refColumn<AuthorityLimit>(
              'memberId',
              'Who',
              memberList.map((m) => ({ value: m.id, label: memberLabel(m) })),
              'Pick a person',
              { width: '24%' },
            ),
            numberColumn('limit', 'May go as far as', limit.limit, { width: '18%' }),
            textColumn('note', 'Note', limit.note),
          ]}
          emptyText="No limits yet."
        />
      </section>

      {limitedIssues.length > 0 && (
        <section className="panel" aria-labelledby="approval-heading">
          <h3 id="approval-heading">Approval path</h3>
          {limitedIssues.map((issue) => {
            const { path, direction } = approvalPath(issue.id, context);
            return (
              <div key={issue.id} className="approval-path">
                <strong>{issue.name || 'Untitled issue'}</strong>
                {direction === null ? (
                  <p className="muted">
                    Set the walk-away and target of this issue (or the deal's side) so the limits can be ordered.
                  </p>
                ) : (
                  <ol>
                    {path.map((step) => (
                      <li key={step.limitId}>
                        {memberLabel(step.member)}: as far as {formatIssueValue(issue, step.limit, deal.currency)}
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            );
          })}
        </section>
      )}
    </div>
  );
}
