import { formatIssueValue } from '../calculator';
import { html, type SafeHtml } from '../html';
import { STANDARD_LABELS } from '../legitimacy/fields';
import { objectivesOf, PRIORITY_LABELS } from '../objectives';
import type { PlanContext } from './context';

const dash = html`<span class="muted">—</span>`;

/** Per issue: priority, least acceptable / target / most desired, and the standard that makes it fair. */
export function objectivesSection(c: PlanContext): SafeHtml | null {
  const { issues } = c.s;
  const relevant = issues.filter((i) => {
    const o = objectivesOf(i, c.objectives.batna, c.objectives.ourSide);
    return (
      o.priority !== null ||
      o.walkAway !== null ||
      o.target !== null ||
      o.ideal !== null ||
      o.walkAwayOptionId !== null ||
      o.targetOptionId !== null ||
      o.idealOptionId !== null ||
      i.standard !== null ||
      i.legitimacy.trim() !== ''
    );
  });
  if (relevant.length === 0) return null;
  const titles = new Map((c.s.evidence?.items ?? []).map((e) => [e.id, e.title]));
  const evidenceOf = (id: string) =>
    (c.s.evidence?.links ?? [])
      .filter((l) => l.target === 'issue' && l.targetId === id)
      .map((l) => titles.get(l.evidenceId) ?? '')
      .filter(Boolean);
  return html`<table>
    <thead><tr><th>Issue</th><th>Priority</th><th class="num">Walk-away</th><th class="num">Target</th><th class="num">Ideal</th><th>Fair standard</th><th>Evidence</th></tr></thead>
    <tbody>${relevant.map((issue) => {
      const o = objectivesOf(issue, c.objectives.batna, c.objectives.ourSide);
      const show = (value: number | null, optionId: string | null) => {
        if (issue.numericKind !== null && value !== null)
          return formatIssueValue(issue, value, c.s.deal.currency, 'en-GB');
        const option = issue.options.find((x) => x.id === optionId);
        return option ? option.label || '—' : dash;
      };
      const evidence = evidenceOf(issue.id);
      return html`<tr><td><strong>${issue.name || 'Untitled issue'}</strong>${o.fromBatna ? html` <span class="muted small">(main issue: BATNA values)</span>` : ''}</td>
        <td>${o.priority ? PRIORITY_LABELS[o.priority] : dash}</td>
        <td class="num">${show(o.walkAway, o.walkAwayOptionId)}</td>
        <td class="num">${show(o.target, o.targetOptionId)}</td>
        <td class="num">${show(o.ideal, o.idealOptionId)}</td>
        <td>${issue.standard ? html`<strong>${STANDARD_LABELS[issue.standard]}</strong> ` : ''}${issue.legitimacy.trim() || (issue.standard ? '' : dash)}</td>
        <td class="small">${evidence.length ? evidence.join(' · ') : dash}</td></tr>`;
    })}</tbody>
  </table>`;
}
