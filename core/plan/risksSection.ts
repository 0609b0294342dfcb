import { snapshotBudget } from '../concessionBudget';
import { formatDay, formatPoints } from '../documentFormat';
import { escapeMultiline, html, type SafeHtml, trusted } from '../html';
import {
  DEADLINE_KIND_LABELS,
  DEADLINE_SIDE_LABELS,
  FIRMNESS_LABELS,
  isSevereRisk,
  RELATIONSHIP_GOAL_LABELS,
  RISK_KIND_LABELS,
  RISK_LEVEL_LABELS,
  riskExposure,
  THEY_KNOW_LABELS,
  TIMELINE_COLOURS,
  type TimelineDrawing,
  timelineDrawing,
  timelineLayout,
  WE_KNOW_LABELS,
} from '../risks';
import type { PlanContext } from './context';

const dash = html`<span class="muted">—</span>`;
const orDash = (text: string) => (text.trim() ? text.trim() : dash);

/** The deadlines timeline as print SVG, from the same layout as the screen. */
export function timelineSvg(drawing: TimelineDrawing): SafeHtml {
  const layout = timelineLayout(drawing);
  const { axisY } = layout;
  return html`<svg class="chart timeline" viewBox="0 0 ${layout.width} ${layout.height}" width="100%" role="img" aria-label="${drawing.description}" xmlns="http://www.w3.org/2000/svg">
    <line x1="${layout.left}" y1="${axisY}" x2="${layout.right}" y2="${axisY}" stroke="#444" stroke-width="1"/>
    ${layout.ticks.map((t) => html`<line x1="${t.x}" y1="${axisY - 3}" x2="${t.x}" y2="${axisY + 3}" stroke="#444"/><text x="${t.x}" y="${axisY + 14}" text-anchor="middle" class="tick">${t.label}</text>`)}
    ${layout.marks.map((m) => {
      const colour = TIMELINE_COLOURS[m.side];
      const stemDash = m.hard ? '' : html` stroke-dasharray="3 2"`;
      const diamond = `${m.x},${axisY - 5} ${m.x + 5},${axisY} ${m.x},${axisY + 5} ${m.x - 5},${axisY}`;
      return html`<g class="marker">
        <line x1="${m.x}" y1="${m.stem.y1}" x2="${m.x}" y2="${m.stem.y2}" stroke="${colour}" stroke-width="${m.hard ? 2 : 1.2}"${stemDash}/>
        ${m.side === 'today' || m.side === 'close' ? '' : html`<polygon points="${diamond}" fill="${m.hard ? colour : '#fff'}" stroke="${colour}" stroke-width="1.5"/>`}
        <text x="${m.x}" y="${m.labelY}" text-anchor="${m.textAnchor}" font-weight="600" fill="${colour}">${m.label}</text>
        <text x="${m.x}" y="${m.labelY + 11}" text-anchor="${m.textAnchor}">${m.detail}</text>
      </g>`;
    })}
  </svg>`;
}

/** Deadlines and timeline, relationship goal and trust actions, the risks & assumptions register. */
export function risksSection(c: PlanContext): SafeHtml | null {
  const r = c.s.risks;
  if (!r) return null;
  const goalSet = r.relationship.goal !== 'not_set' || r.relationship.description.trim() !== '';
  if (r.deadlines.length === 0 && r.trustActions.length === 0 && r.risks.length === 0 && !goalSet) return null;
  const drawing = timelineDrawing({
    deadlines: r.deadlines,
    closeDate: c.s.deal.targetCloseDate,
    today: c.s.takenAt.slice(0, 10),
  });
  const known = (d: (typeof r.deadlines)[number]) =>
    d.side === 'ours' ? THEY_KNOW_LABELS[d.theyKnow] : d.side === 'theirs' ? WE_KNOW_LABELS[d.weKnow] : 'Both sides';
  const register = [...r.risks].sort((a, b) => riskExposure(b) - riskExposure(a));
  return html`
  ${
    r.deadlines.length
      ? html`<h3>Deadlines &amp; timeline</h3>
  ${drawing ? timelineSvg(drawing) : ''}
  <table><thead><tr><th>Side</th><th>Deadline</th><th>Date</th><th>Hard / soft</th><th>Who knows</th><th>Note</th></tr></thead><tbody>${[
    ...r.deadlines,
  ]
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))
    .map(
      (d) =>
        html`<tr><td>${DEADLINE_SIDE_LABELS[d.side]}</td><td><strong>${d.label.trim() || DEADLINE_KIND_LABELS[d.kind]}</strong>${d.label.trim() ? html` <span class="small muted">(${DEADLINE_KIND_LABELS[d.kind]})</span>` : ''}</td><td>${formatDay(d.date)}</td><td>${FIRMNESS_LABELS[d.firmness]}</td><td>${known(d)}</td><td class="small">${orDash(d.note)}</td></tr>`,
    )}</tbody></table>`
      : ''
  }
  ${
    goalSet || r.trustActions.length
      ? html`<h3>Relationship after signing</h3>
  <p><strong>Goal:</strong> ${RELATIONSHIP_GOAL_LABELS[r.relationship.goal]}${r.relationship.description.trim() ? html` — ${trusted(escapeMultiline(r.relationship.description))}` : ''}</p>
  ${
    r.trustActions.length
      ? html`<table><thead><tr><th style="width:50%">Trust-building action</th><th>Owner</th><th>When</th><th>Done</th></tr></thead><tbody>${r.trustActions.map(
          (a) =>
            html`<tr><td>${orDash(a.action)}</td><td>${orDash(a.owner)}</td><td>${formatDay(a.due)}</td><td>${a.done ? 'Done' : 'Open'}</td></tr>`,
        )}</tbody></table>`
      : ''
  }`
      : ''
  }
  ${
    register.length
      ? html`<h3>Risks &amp; assumptions to verify</h3><table><thead><tr><th style="width:34%">Statement</th><th>Kind</th><th>Likelihood · impact</th><th>How we verify</th><th>Owner</th><th>Verified</th></tr></thead><tbody>${register.map(
          (x) =>
            html`<tr><td>${orDash(x.statement)}${isSevereRisk(x) ? html` <span class="sev warning">High · high</span>` : ''}</td><td>${RISK_KIND_LABELS[x.kind]}</td><td>${RISK_LEVEL_LABELS[x.likelihood]} · ${RISK_LEVEL_LABELS[x.impact]}</td><td class="small">${orDash(x.verification)}</td><td>${orDash(x.owner)}</td><td>${x.verified ? 'Yes' : html`<strong>No</strong>`}</td></tr>`,
        )}</tbody></table>`
      : ''
  }`;
}

/** The concession budget against the ladder and the log, for the concessions section. */
export function budgetBlock(c: PlanContext): SafeHtml | null {
  const { budget, spend, check } = snapshotBudget(c.s);
  if (budget.money === null && budget.points === null) return null;
  const money = c.money;
  const state = (exceeded: boolean) =>
    exceeded ? html`<span class="sev critical">Over budget</span>` : html`<span class="sev pass">Within budget</span>`;
  return html`<h3>Concession budget</h3><table><thead><tr><th>Budget</th><th class="num">Most we give</th><th class="num">Ladder</th><th class="num">Log</th><th class="num">Planned in total</th><th class="num">Left</th><th></th></tr></thead><tbody>
  ${check.money ? html`<tr><td>Money</td><td class="num">${money(check.money.budget)}</td><td class="num">${money(spend.money.ladder)}</td><td class="num">${money(spend.money.log)}</td><td class="num">${money(check.money.spent)}</td><td class="num">${money(check.money.left)}</td><td>${state(check.money.exceeded)}</td></tr>` : ''}
  ${check.points ? html`<tr><td>Points of value to us</td><td class="num">${formatPoints(check.points.budget)}</td><td class="num">${formatPoints(spend.points.ladder)}</td><td class="num">${formatPoints(spend.points.log)}</td><td class="num">${formatPoints(check.points.spent)}</td><td class="num">${formatPoints(check.points.left)}</td><td>${state(check.points.exceeded)}</td></tr>` : ''}
  </tbody></table>${
    spend.money.unpriced || spend.points.uncounted
      ? html`<p class="small muted">${spend.money.unpriced ? `${spend.money.unpriced} concession${spend.money.unpriced === 1 ? '' : 's'} without a cost to us. ` : ''}${spend.points.uncounted ? `${spend.points.uncounted} move${spend.points.uncounted === 1 ? '' : 's'} not counted in points (no opening anchor or no scored numbers on the issue).` : ''}</p>`
      : ''
  }`;
}

/** The cover's line of coming deadlines: the next dated one of each side. */
export function nextDeadlinesLine(c: PlanContext): SafeHtml | null {
  const today = c.s.takenAt.slice(0, 10);
  const coming = (c.s.risks?.deadlines ?? [])
    .filter((d) => d.date !== null && d.date >= today)
    .sort((a, b) => (a.date as string).localeCompare(b.date as string));
  const next = (['ours', 'theirs', 'shared'] as const).flatMap((side) => {
    const d = coming.find((x) => x.side === side);
    return d ? [d] : [];
  });
  if (next.length === 0) return null;
  return html`<div class="facts small muted">Next deadlines: ${next
    .map(
      (d) =>
        `${DEADLINE_SIDE_LABELS[d.side].toLowerCase()} ${d.label.trim() || DEADLINE_KIND_LABELS[d.kind]} ${formatDay(d.date)} (${FIRMNESS_LABELS[d.firmness].toLowerCase()})`,
    )
    .join(' · ')}</div>`;
}
