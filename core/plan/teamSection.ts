import { formatIssueValue } from '../calculator';
import { html, type SafeHtml } from '../html';
import { mainIssueSourceOf } from '../objectives';
import { approvalPath, memberLabel, snapshotApprovals, TEAM_ROLE_LABELS } from '../team';
import type { PlanContext } from './context';

const dash = html`<span class="muted">—</span>`;

/** Our team with roles, the approval path per issue, and the planned moves that need approval. */
export function teamSection(c: PlanContext): SafeHtml | null {
  const team = c.s.team;
  if (!team || (team.members.length === 0 && team.limits.length === 0)) return null;
  const context = {
    issues: c.s.issues,
    batna: mainIssueSourceOf(c.s.batna),
    ourSide: c.s.deal.ourSide,
    currency: c.s.deal.currency,
    members: team.members,
    limits: team.limits,
  };
  const limited = c.s.issues.filter((i) => team.limits.some((l) => l.issueId === i.id));
  const approvals = snapshotApprovals(c.s);
  return html`${
    team.members.length
      ? html`<table><thead><tr><th>Name</th><th>Role</th><th>Title</th><th>Owns</th></tr></thead><tbody>${team.members.map(
          (m) =>
            html`<tr><td><strong>${m.name || '—'}</strong></td><td>${TEAM_ROLE_LABELS[m.role]}</td><td>${m.title || dash}</td><td>${m.responsibility || dash}</td></tr>`,
        )}</tbody></table>`
      : ''
  }
  ${limited.map((issue) => {
    const { path } = approvalPath(issue.id, context);
    return html`<p><strong>Approval path — ${issue.name || 'Untitled issue'}:</strong> ${
      path.length
        ? path.map(
            (step, k) =>
              html`${k ? ' → ' : ''}${memberLabel(step.member)} (as far as ${formatIssueValue(issue, step.limit, c.s.deal.currency, 'en-GB')})`,
          )
        : dash
    }</p>`;
  })}
  ${
    approvals.length
      ? html`<ul class="plain">${approvals.map(({ kind, need }) => html`<li><span class="sev warning">Needs approval</span> ${kind} — ${need.text}</li>`)}</ul>`
      : ''
  }`;
}
