import { anchorTarget, FIRST_MOVER_LABELS } from '../anchors';
import { CONFIDENCE_LABELS, scaleUnitLabel } from '../batna';
import { CONCESSION_STATUS_LABELS, clauseSentence, REVIEW_CADENCE_LABELS } from '../concessions';
import { DECISION_ROLE_LABELS, STANCE_LABELS } from '../counterparty';
import { CONTEXT_LABELS, SIDE_LABELS, STATUS_LABELS } from '../deal';
import { formatDay, formatNumber, formatPoints, withUnit } from '../documentFormat';
import { EVIDENCE_KIND_LABELS } from '../evidence';
import { frontierChart } from '../frontierChart';
import { escapeMultiline, html, type SafeHtml, trusted } from '../html';
import { commonGround, type Interest, type Party, PRIORITIES } from '../interests';
import { CATEGORY_LABELS } from '../issues';
import { ACTION_STATUS_LABELS, LEVER_LABELS, LEVERAGE_KIND_LABELS, MORE_TO_LOSE_LABELS } from '../leverage';
import { analyseMeso, type OfferScore } from '../mesoAnalysis';
import { issueObjectivesOf, ladderCrossings } from '../objectives';
import { isKeyStakeholder, SEVERITY_LABELS } from '../readiness';
import { CREDIBILITY_LABELS } from '../scales';
import type { SnapshotAnchor, SnapshotStakeholder } from '../snapshot';
import { ALL_STEPS } from '../steps';
import { classifyTradeables, QUADRANT_LABELS } from '../tradeables';
import { computeZopa, explainZopa, zopaDrawing } from '../zopa';
import { frontierSvg, powerMapSvg, tradeablesSvg, zopaSvg } from './charts';
import { oneLine, type PlanContext } from './context';
import { meetingSection } from './meetingSection';
import { objectivesSection } from './objectivesSection';
import { budgetBlock, nextDeadlinesLine, risksSection } from './risksSection';
import { teamSection } from './teamSection';

/** A section: its anchor id, its title, and its body, or null when it has nothing to show. */
export interface PlanSection {
  id: string;
  title: string;
  body: SafeHtml;
}

const section = (id: string, title: string, body: SafeHtml | null): PlanSection | null =>
  body ? { id, title, body } : null;

const multiline = (text: string) => trusted(escapeMultiline(text));
const dash = html`<span class="muted">—</span>`;
const orDash = (text: string | null | undefined) => (text?.trim() ? text.trim() : dash);
const stepLabel = (id: string) => ALL_STEPS.find((s) => s.id === id)?.label ?? id;
const PRIORITY_RANK = Object.fromEntries(PRIORITIES.map((p, i) => [p, i])) as Record<string, number>;

export function zopaOf(c: PlanContext) {
  const input = { direction: c.direction, ...c.s.batna };
  const zopa = computeZopa(input);
  return { zopa, drawing: zopaDrawing(input, zopa), sentence: explainZopa(zopa, c.direction, c.scale) };
}

const topInterests = (interests: readonly Interest[], party: Party, count: number) =>
  interests
    .filter((i) => i.party === party && i.text.trim())
    .sort((a, b) => (PRIORITY_RANK[a.priority] ?? 9) - (PRIORITY_RANK[b.priority] ?? 9) || a.position - b.position)
    .slice(0, count);

const scoreClass = (score: number) => (score < 50 ? 'low' : score < 75 ? 'mid' : '');

// ── Summary (page 1) ────────────────────────────────────────────────────────────
export function summarySection(c: PlanContext): SafeHtml {
  const { s, readiness } = c;
  const { deal, batna } = s;
  const z = zopaOf(c);
  const figure = (label: string, value: number | null, format: (n: number) => string, note: string) =>
    html`<div class="figure"><div class="l">${label}</div><div class="v">${value === null ? '—' : format(value)}</div><div class="s">${note}</div></div>`;
  const batnaValue = batna.ourValueMoney !== null ? c.money(batna.ourValueMoney) : null;
  const risks = readiness.checks.filter((k) => k.status === 'fail' && k.severity !== 'advice').slice(0, 5);
  const ourOffers = c.offers.filter((o) => o.offer.kind === 'ours');
  const facts = [
    deal.counterparty.trim() ? `with ${deal.counterparty.trim()}` : 'Counterparty not named yet',
    CONTEXT_LABELS[deal.context],
    SIDE_LABELS[deal.ourSide],
    STATUS_LABELS[deal.status],
  ];
  return html`
  <div class="cover">
    <div>
      <div class="eyebrow">Negotiation plan · Confidential</div>
      <h1>${deal.title}</h1>
      <div class="facts">${facts.join(' · ')}</div>
      <div class="facts small muted">Target close ${formatDay(deal.targetCloseDate)} · Prepared ${formatDay(s.takenAt)}</div>
      ${nextDeadlinesLine(c) ?? ''}
    </div>
    <div class="badge ${scoreClass(readiness.score)}" data-readiness="${readiness.score}"><div class="n">${readiness.score}</div><div class="l">Readiness / 100</div></div>
  </div>
  <div class="figures">
    ${html`<div class="figure"><div class="l">Our BATNA</div><div class="v">${batnaValue ?? (batna.ourValuePoints !== null ? `${formatPoints(batna.ourValuePoints)} pts` : '—')}</div><div class="s">${oneLine(batna.ourCourse || batna.ourDescription || 'Not described')}</div></div>`}
    ${figure('Our reservation', batna.ourReservation, c.scale, 'Walk away beyond this')}
    ${figure('Our target', batna.ourTarget, c.scale, 'What we aim for')}
    ${figure('Their reservation (est.)', batna.theirReservation, c.scale, batna.theirConfidence ? `Confidence: ${batna.theirConfidence}` : 'Estimate')}
  </div>
  ${z.drawing ? html`<figure>${zopaSvg(z.drawing, c.scale, true)}<figcaption>${z.sentence}</figcaption></figure>` : html`<p class="muted">${z.sentence}</p>`}
  <div class="grid2">
    <div>
      <h3>What matters to them</h3>
      ${listOrNote(
        topInterests(s.interests.interests, 'them', 3).map(
          (i) => html`<li>${i.text} <span class="pill">${i.priority}</span></li>`,
        ),
        'No interests recorded for them yet.',
      )}
      <h3>What matters to us</h3>
      ${listOrNote(
        topInterests(s.interests.interests, 'us', 3).map(
          (i) => html`<li>${i.text} <span class="pill">${i.priority}</span></li>`,
        ),
        'No interests of ours recorded yet.',
      )}
    </div>
    <div>
      <h3>Offers we will put on the table</h3>
      ${
        ourOffers.length
          ? html`<ul class="plain">${ourOffers.slice(0, 4).map((o, i) => html`<li><strong>${offerName(o.offer.label, i)}</strong> <span class="muted small">— us ${o.us === null ? '—' : formatPoints(o.us)} · them ${o.them === null ? '—' : formatPoints(o.them)} pts</span></li>`)}</ul>`
          : html`<p class="muted">No MESO offers prepared.</p>`
      }
      ${ourOffers.length > 4 ? html`<p class="small muted">and ${ourOffers.length - 4} more (see MESO offers)</p>` : ''}
      <h3>Top risks</h3>
      ${
        risks.length
          ? risks.map(
              (k) =>
                html`<div class="risk"><span class="sev ${k.severity}">${k.title}.</span> ${oneLine(k.findings[0] ?? k.explanation)} <span class="muted small">(${stepLabel(k.step)})</span></div>`,
            )
          : html`<p class="muted">No critical or major gaps found.</p>`
      }
    </div>
  </div>
  <div class="callout small">Readiness ${readiness.score}/100: ${readiness.completion.complete} of ${readiness.completion.total} preparation steps complete, ${readiness.completion.started} in progress; ${readiness.checks.filter((k) => k.status === 'fail').length} of ${readiness.checks.filter((k) => k.status !== 'not_applicable').length} checks need attention${readiness.breakdown.cappedByCritical ? ' (capped at 50 while a critical check fails)' : ''}.</div>`;
}

/** "A" reads as "Option A"; longer names stand as they are. */
const offerName = (label: string, index: number, word = 'Option') => {
  const given = label.trim();
  return given.length > 2 ? given : `${word} ${given || String.fromCharCode(65 + index)}`;
};

const listOrNote = (items: SafeHtml[], note: string) =>
  items.length ? html`<ul class="plain">${items}</ul>` : html`<p class="muted">${note}</p>`;

// ── BATNA & ZOPA ────────────────────────────────────────────────────────────────
function batnaSection(c: PlanContext): SafeHtml | null {
  const { batna, batnaActions } = c.s;
  const filled =
    batna.ourDescription.trim() ||
    batna.ourCourse.trim() ||
    batna.ourValueMoney !== null ||
    batna.theirDescription.trim() ||
    batna.ourReservation !== null ||
    batna.theirReservation !== null;
  if (!filled && batnaActions.length === 0) return null;
  const z = zopaOf(c);
  const conf = (v: keyof typeof CONFIDENCE_LABELS | null) => (v ? CONFIDENCE_LABELS[v] : 'Not stated');
  const money = (v: number | null) => (v === null ? dash : c.money(v));
  const scaleName = batna.mainIssueId ? c.issueName(batna.mainIssueId) : 'Main issue';
  return html`
  <table>
    <thead><tr><th style="width:24%"></th><th style="width:38%">Us</th><th>Them (our estimate)</th></tr></thead>
    <tbody>
      <tr><td>Next-best course</td><td>${orDash(batna.ourCourse)}${batna.ourDescription.trim() ? html`<div class="small">${multiline(batna.ourDescription)}</div>` : ''}</td><td>${batna.theirDescription.trim() ? multiline(batna.theirDescription) : dash}</td></tr>
      <tr><td>Value of the alternative</td><td>${money(batna.ourValueMoney)}${batna.ourValuePoints !== null ? ` · ${formatPoints(batna.ourValuePoints)} points` : ''}</td><td>${money(batna.theirValueMoney)}</td></tr>
      <tr><td>Switching cost · risk · timing</td><td>${batna.ourSwitchingCost === null ? '—' : c.money(batna.ourSwitchingCost)} · ${batna.ourRisk || '—'} · ${batna.ourTiming || '—'}</td><td>${batna.theirSwitchingCost === null ? '' : html`Switching cost ${c.money(batna.theirSwitchingCost)}${batna.theirEvidence.trim() ? ' · ' : ''}`}${batna.theirEvidence.trim() ? html`<span class="small">Evidence: ${multiline(batna.theirEvidence)}</span>` : batna.theirSwitchingCost === null ? dash : ''}</td></tr>
      <tr><td>Confidence</td><td>${conf(batna.ourConfidence)}</td><td>${conf(batna.theirConfidence)}</td></tr>
      <tr><td>Reservation point</td><td class="num">${batna.ourReservation === null ? '—' : c.scale(batna.ourReservation)}</td><td class="num">${batna.theirReservation === null ? '—' : c.scale(batna.theirReservation)}</td></tr>
      <tr><td>Target</td><td class="num">${batna.ourTarget === null ? '—' : c.scale(batna.ourTarget)}</td><td class="num">${batna.theirTarget === null ? '—' : c.scale(batna.theirTarget)}</td></tr>
    </tbody>
  </table>
  <h3>Zone of possible agreement — ${scaleName} (${scaleUnitLabel(batna.scaleUnit, c.s.deal.currency)})</h3>
  ${z.drawing ? html`<figure>${zopaSvg(z.drawing, c.scale)}<figcaption>${z.sentence}</figcaption></figure>` : html`<p>${z.sentence}</p>`}
  ${
    batnaActions.length
      ? html`<h3>Actions that strengthen our BATNA</h3><table><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>Done</th></tr></thead><tbody>${batnaActions.map(
          (a) =>
            html`<tr><td>${orDash(a.text)}</td><td>${orDash(a.owner)}</td><td>${formatDay(a.dueDate)}</td><td>${a.done ? 'Yes' : 'No'}</td></tr>`,
        )}</tbody></table>`
      : ''
  }`;
}

// ── Issues & tradeables ─────────────────────────────────────────────────────────
function issuesSection(c: PlanContext): SafeHtml | null {
  const { issues } = c.s;
  if (issues.length === 0) return null;
  const sumUs = issues.reduce((a, i) => a + i.weightUs, 0);
  const sumThem = issues.reduce((a, i) => a + i.weightThem, 0);
  const share = (w: number, sum: number) => (sum > 0 ? `${Math.round((w / sum) * 100)} %` : '—');
  const map = classifyTradeables(issues);
  const quadrant = new Map(map.placed.map((p) => [p.id, p.quadrant]));
  const score = (v: number | null) => (v === null ? '·' : formatNumber(v));
  return html`
  <table>
    <thead><tr><th>Issue</th><th>Category</th><th class="num">Weight us</th><th class="num">Weight them (est.)</th><th>Options (score us / them)</th><th>Role</th></tr></thead>
    <tbody>${issues.map((i) => {
      const q = quadrant.get(i.id);
      return html`<tr><td><strong>${i.name || 'Untitled issue'}</strong>${i.redLine ? html` <span class="pill red">red line</span>` : ''}${i.tradeable ? html` <span class="pill green">tradeable</span>` : ''}</td><td>${CATEGORY_LABELS[i.category]}</td><td class="num">${share(i.weightUs, sumUs)}</td><td class="num">${share(i.weightThem, sumThem)}</td><td class="small">${i.options.length ? i.options.map((o, k) => html`${k ? ' · ' : ''}${o.label || '—'} (${score(o.ourScore)}/${score(o.theirScore)})`) : dash}</td><td>${q ? QUADRANT_LABELS[q].title : dash}</td></tr>`;
    })}</tbody>
  </table>
  ${
    map.ready && map.placed.length > 0
      ? html`<figure class="keep two"><div>${tradeablesSvg(map)}</div><div class="small">${(
          ['trade_away', 'trade_for', 'protect', 'drop'] as const
        ).map((q) => {
          const names = map.placed.filter((p) => p.quadrant === q).map((p) => p.name || 'Untitled issue');
          return html`<p><strong>${QUADRANT_LABELS[q].title}:</strong> ${names.length ? names.join(', ') : '—'}<br><span class="muted">${QUADRANT_LABELS[q].hint}</span></p>`;
        })}</div></figure>`
      : ''
  }`;
}

// ── Interests vs positions ──────────────────────────────────────────────────────
function interestsSection(c: PlanContext): SafeHtml | null {
  const { positions, interests } = c.s.interests;
  if (positions.length === 0 && interests.length === 0) return null;
  const party = (p: Party, title: string) => {
    const ps = positions.filter((x) => x.party === p && x.text.trim());
    const is = interests.filter((x) => x.party === p && x.text.trim());
    if (ps.length === 0 && is.length === 0)
      return html`<div><h3>${title}</h3><p class="muted">Nothing recorded.</p></div>`;
    return html`<div><h3>${title}</h3>
      <table><thead><tr><th style="width:40%">Position — what is said</th><th>Interest — why</th></tr></thead><tbody>
      ${Array.from({ length: Math.max(ps.length, is.length) }, (_, k) => {
        const position = ps[k];
        const interest = is[k];
        return html`<tr><td>${position ? position.text : ''}</td><td>${
          interest
            ? html`${interest.text} <span class="pill">${interest.priority}</span>${interest.shared ? html` <span class="pill green">shared</span>` : ''}${interest.issueIds.length ? html`<div class="small muted">Touches ${interest.issueIds.map((id) => c.issueName(id)).join(', ')}</div>` : ''}`
            : ''
        }</td></tr>`;
      })}
      </tbody></table></div>`;
  };
  const common = commonGround(interests);
  return html`<div class="two">${party('them', 'Them')}${party('us', 'Us')}</div>
  ${common.length ? html`<div class="callout"><strong>Common ground:</strong> ${common.map((i) => i.text).join(' · ')}</div>` : ''}`;
}

// ── Counterparty map & decision path ────────────────────────────────────────────
function counterpartySection(c: PlanContext): SafeHtml | null {
  const cp = c.s.counterparty;
  if (!cp || (cp.stakeholders.length === 0 && cp.decisionSteps.length === 0)) return null;
  const byId = new Map(cp.stakeholders.map((p) => [p.id, p]));
  const row = (p: SnapshotStakeholder) =>
    html`<tr><td><strong>${p.name}</strong>${isKeyStakeholder(p) ? html` <span class="pill red">key</span>` : ''}<div class="small muted">${p.title}</div></td><td>${DECISION_ROLE_LABELS[p.role]}</td><td class="num">${p.influence}/5</td><td>${STANCE_LABELS[p.stance]}</td><td class="small">${orDash(p.interests)}</td><td class="small">${p.mustHaves.trim() ? html`<div>Must: ${p.mustHaves}</div>` : ''}${p.redLines.trim() ? html`<div>Red line: ${p.redLines}</div>` : ''}${p.faceSaving.trim() ? html`<div>Face: ${p.faceSaving}</div>` : ''}${p.relationshipNotes.trim() || p.politicalCapital.trim() ? html`<div class="muted">${[p.relationshipNotes, p.politicalCapital].filter((t) => t.trim()).join(' · ')}</div>` : ''}</td></tr>`;
  const table = (people: SnapshotStakeholder[], title: string) =>
    people.length
      ? html`<h3>${title}</h3><table><thead><tr><th style="width:18%">Person</th><th>Role</th><th class="num">Influence</th><th>Stance</th><th style="width:22%">Interests</th><th style="width:30%">Must-haves · red lines · face-saving · notes</th></tr></thead><tbody>${people.map(row)}</tbody></table>`
      : '';
  const theirs = cp.stakeholders.filter((p) => p.side === 'theirs');
  return html`
  ${cp.stakeholders.length ? html`<figure>${powerMapSvg(cp.stakeholders)}<figcaption>Influence against stance. Red: influential and not yet on side — win these over first. Grey: our side.</figcaption></figure>` : ''}
  ${table(theirs, 'Their side')}
  ${table(
    cp.stakeholders.filter((p) => p.side === 'ours'),
    'Our side',
  )}
  ${
    cp.decisionSteps.length
      ? html`<h3>Decision path</h3><table><thead><tr><th class="num">#</th><th>What is approved</th><th>By</th><th>Due</th><th>Notes</th></tr></thead><tbody>${cp.decisionSteps.map(
          (d, k) =>
            html`<tr><td class="num">${k + 1}</td><td>${orDash(d.approval)}</td><td>${d.stakeholderId ? (byId.get(d.stakeholderId)?.name ?? '—') : '—'}</td><td>${formatDay(d.dueDate)}</td><td class="small">${orDash(d.notes)}</td></tr>`,
        )}</tbody></table>`
      : ''
  }`;
}

// ── Leverage ────────────────────────────────────────────────────────────────────
function leverageSection(c: PlanContext): SafeHtml | null {
  const lv = c.s.leverage;
  if (!lv) return null;
  const nd = lv.noDeal;
  if (
    lv.items.length === 0 &&
    lv.actions.length === 0 &&
    nd.verdict === 'unsure' &&
    !nd.ourLoss.trim() &&
    !nd.theirLoss.trim()
  ) {
    return null;
  }
  const list = (holder: 'ours' | 'theirs') => {
    const items = lv.items.filter((i) => i.holder === holder && i.description.trim());
    return items.length
      ? html`<table><thead><tr><th>Kind</th><th>Lever</th><th class="num">Strength</th></tr></thead><tbody>${items.map((i) => html`<tr><td>${LEVERAGE_KIND_LABELS[i.kind]}</td><td>${i.description}</td><td class="num">${i.strength}/5</td></tr>`)}</tbody></table>`
      : html`<p class="muted">None listed.</p>`;
  };
  return html`
  <div class="two"><div><h3>Ours</h3>${list('ours')}</div><div><h3>Theirs</h3>${list('theirs')}</div></div>
  <h3>If there is no deal</h3>
  <dl class="kv"><dt>Verdict</dt><dd><strong>${MORE_TO_LOSE_LABELS[nd.verdict]}</strong></dd>
  <dt>We lose</dt><dd>${nd.ourLoss.trim() ? multiline(nd.ourLoss) : '—'}${nd.ourLossSeverity ? ` (${nd.ourLossSeverity}/5)` : ''}</dd>
  <dt>They lose</dt><dd>${nd.theirLoss.trim() ? multiline(nd.theirLoss) : '—'}${nd.theirLossSeverity ? ` (${nd.theirLossSeverity}/5)` : ''}</dd></dl>
  ${
    lv.actions.length
      ? html`<h3>Moves to shift leverage</h3><table><thead><tr><th>Lever</th><th>Action</th><th>Owner</th><th>Status</th></tr></thead><tbody>${lv.actions.map((a) => html`<tr><td>${LEVER_LABELS[a.lever]}</td><td>${orDash(a.action)}</td><td>${orDash(a.owner)}</td><td>${ACTION_STATUS_LABELS[a.status]}</td></tr>`)}</tbody></table>`
      : ''
  }`;
}

// ── Evidence ────────────────────────────────────────────────────────────────────
function evidenceSection(c: PlanContext): SafeHtml | null {
  const ev = c.s.evidence;
  if (!ev || (ev.items.length === 0 && ev.claims.length === 0)) return null;
  const claims = new Map(ev.claims.map((k) => [k.id, k.statement]));
  const anchors = new Map((c.s.anchors?.anchors ?? []).map((a) => [a.id, a.issueLabel]));
  const supports = (evidenceId: string) =>
    ev.links
      .filter((l) => l.evidenceId === evidenceId)
      .map((l) =>
        l.target === 'claim'
          ? `Claim: ${oneLine(claims.get(l.targetId) ?? '')}`
          : l.target === 'anchor'
            ? `Anchor: ${anchors.get(l.targetId) || 'anchor'}`
            : `Issue: ${c.issueName(l.targetId)}`,
      );
  const backed = (claimId: string) => ev.links.filter((l) => l.target === 'claim' && l.targetId === claimId).length;
  return html`
  ${
    ev.items.length
      ? html`<table><thead><tr><th style="width:30%">Item</th><th>Kind</th><th>Date</th><th>Credibility</th><th style="width:32%">Supports</th></tr></thead><tbody>${ev.items.map(
          (e) => {
            const s = supports(e.id);
            return html`<tr><td><strong>${e.title}</strong>${e.source.trim() ? html`<div class="small muted">${e.source}</div>` : ''}${e.link.trim() ? html`<div class="small muted">${e.link}</div>` : ''}</td><td>${EVIDENCE_KIND_LABELS[e.kind]}</td><td>${formatDay(e.date)}</td><td>${e.credibility ? CREDIBILITY_LABELS[e.credibility] : '—'}</td><td class="small">${s.length ? s.join(' · ') : html`<span class="muted">Not linked</span>`}</td></tr>`;
          },
        )}</tbody></table>`
      : ''
  }
  ${
    ev.claims.length
      ? html`<h3>Claims we will make</h3><ul class="plain">${ev.claims.map((k) => html`<li>${orDash(k.statement)} <span class="pill ${backed(k.id) ? 'green' : 'red'}">${backed(k.id) ? `${backed(k.id)} source${backed(k.id) === 1 ? '' : 's'}` : 'unsupported'}</span></li>`)}</ul>`
      : ''
  }`;
}

// ── Anchors & concession ladder ─────────────────────────────────────────────────
const isPrice = (a: SnapshotAnchor) => /\b(price|pricing|fee|fees|rate|cost)\b/i.test(a.issueLabel);

function anchorsSection(c: PlanContext): SafeHtml | null {
  const an = c.s.anchors;
  if (!an || an.anchors.length === 0) return null;
  const evidenceFor = (id: string) => {
    const titles = new Map((c.s.evidence?.items ?? []).map((e) => [e.id, e.title]));
    return (c.s.evidence?.links ?? [])
      .filter((l) => l.target === 'anchor' && l.targetId === id)
      .map((l) => titles.get(l.evidenceId) ?? '')
      .filter(Boolean);
  };
  const ordered = [...an.anchors].sort((a, b) => Number(isPrice(b)) - Number(isPrice(a)));
  const crossing = new Map(ladderCrossings(an.anchors, an.ladderSteps, c.objectives).map((x) => [x.rowId, x.text]));
  return html`${ordered.map((a) => {
    const v = (n: number | null) => (n === null ? '—' : withUnit(n, a.unit));
    const steps = an.ladderSteps.filter((st) => st.anchorId === a.id);
    const evidence = evidenceFor(a.id);
    const target = anchorTarget(issueObjectivesOf(c.s.issues, c.objectives.batna, c.objectives.ourSide, a.issueId));
    const noMainIssue = target.value === null && c.objectives.batna.mainIssueId === null;
    return html`<div class="keep"><h3>${a.issueLabel || c.issueName(a.issueId) || 'Anchor'}</h3>
      <div class="figures">
        <div class="figure"><div class="l">Opening</div><div class="v">${v(a.opening)}</div></div>
        <div class="figure"><div class="l">Credible range</div><div class="v">${v(a.rangeLow)} – ${v(a.rangeHigh)}</div></div>
        <div class="figure"><div class="l">Target</div><div class="v">${noMainIssue ? 'No main issue chosen' : v(target.value)}</div>${noMainIssue ? html`<div class="s">choose it on the BATNA step</div>` : target.from === 'batna' ? html`<div class="s">from the BATNA step</div>` : target.from === 'issue' ? html`<div class="s">from Issues &amp; options</div>` : ''}</div>
        <div class="figure"><div class="l">Expected counter</div><div class="v">${v(a.expectedCounter)}</div><div class="s">${a.expectedCounterNote}</div></div>
      </div>
      <dl class="kv"><dt>First move</dt><dd>${FIRST_MOVER_LABELS[a.firstMove]}${a.firstMoveReason.trim() ? ` — ${a.firstMoveReason}` : ''}</dd>
      <dt>Why it is fair</dt><dd>${a.rationale.trim() ? multiline(a.rationale) : '—'}</dd>
      <dt>Evidence</dt><dd>${evidence.length ? evidence.join(' · ') : html`<span class="sev warning">None linked</span>`}</dd></dl></div>
      ${
        steps.length
          ? html`<table><thead><tr><th class="num">Step</th><th class="num">Move to</th><th>We give</th><th>Only if they</th></tr></thead><tbody>${steps.map((st, k) => html`<tr><td class="num">${k + 1}</td><td class="num">${v(st.value)}${crossing.has(st.id) ? html`<br><span class="sev critical">Beyond walk-away</span>` : ''}</td><td>${orDash(st.give)}</td><td>${st.ask.trim() ? st.ask : html`<span class="sev warning">No ask</span>`}</td></tr>`)}</tbody></table>`
          : ''
      }`;
  })}`;
}

// ── MESO ────────────────────────────────────────────────────────────────────────
export function offerGrid(c: PlanContext, kind: 'ours' | 'received', withValues: boolean): SafeHtml | null {
  const offers = c.offers.filter((o) => o.offer.kind === kind);
  if (offers.length === 0) return null;
  const label = (i: number) => offerName(offers[i]?.offer.label ?? '', i, kind === 'ours' ? 'Option' : 'Offer');
  const optionLabel = (issueId: string, optionId: string | undefined) =>
    c.s.issues.find((i) => i.id === issueId)?.options.find((o) => o.id === optionId)?.label || '—';
  const issues = c.s.issues.filter((i) => offers.some((o) => o.offer.choices[i.id]));
  return html`<table class="offers"><thead><tr><th>Issue</th>${offers.map((o, i) => html`<th>${label(i)}${kind === 'received' && o.offer.fromName.trim() ? html`<div class="small muted">${o.offer.fromName}</div>` : ''}</th>`)}</tr></thead>
  <tbody>${issues.map((issue) => html`<tr><td>${issue.name || 'Untitled issue'}</td>${offers.map((o) => html`<td>${optionLabel(issue.id, o.offer.choices[issue.id])}</td>`)}</tr>`)}
  ${
    withValues
      ? html`<tr><td><strong>Value to us</strong></td>${offers.map((o) => html`<td>${o.us === null ? '—' : `${formatPoints(o.us)} pts`}</td>`)}</tr><tr><td><strong>Value to them (est.)</strong></td>${offers.map((o) => html`<td>${o.them === null ? '—' : `${formatPoints(o.them)} pts`}</td>`)}</tr>`
      : ''
  }</tbody></table>`;
}

function mesoSection(c: PlanContext): SafeHtml | null {
  const meso = c.s.meso;
  if (!meso || c.offers.length === 0) return null;
  const ours = offerGrid(c, 'ours', true);
  const received = offerGrid(c, 'received', true);
  const analysis = analyseMeso({ issues: c.s.issues, offers: meso.offers, settings: meso.settings, batna: c.s.batna });
  return html`
  ${ours ? html`<h3>Our offers (presented together)</h3>${ours}` : ''}
  ${received ? html`<h3>Offers received</h3>${received}` : ''}
  ${
    analysis.ready
      ? html`<figure class="keep two"><div>${frontierSvg(frontierChart(analysis))}</div><div class="small"><p><strong>Target</strong> ${formatPoints(analysis.target.target)} ± ${formatPoints(analysis.tolerance)} points to us${analysis.target.isDefault ? ' (default: midway between walk-away and best package)' : ''}.</p><p>${analysis.equivalent ? `Our offers are equivalent for us: within ${formatPoints(analysis.spread ?? 0)} points of each other${analysis.onTarget ? ', all within the tolerance of the target' : ', though not all within the tolerance of the target'}.` : html`<span class="sev warning">Our offers are not yet equivalent for us${analysis.spread === null ? '' : `: ${formatPoints(analysis.spread)} points apart`}.</span>`}</p>${analysis.dominated.map((o) => html`<p><span class="sev warning">${offerName(o.label, 0)} is dominated:</span> a package worth ${formatPoints(o.betterDeal?.us ?? 0)} to us and ${formatPoints(o.betterDeal?.them ?? 0)} to them is better for both sides.</p>`)}<p><strong>Largest joint gain:</strong> ${formatPoints(analysis.maxJointGain.us)} to us, ${formatPoints(analysis.maxJointGain.them)} to them.</p><p class="muted">Green line: the efficient frontier (${analysis.frontierSize} packages no other package beats for both sides). Circles: our offers; squares: offers received; diamond: largest joint gain; grey dashed lines: from an offer to a package better for both sides; red dashed line: our BATNA.</p></div></figure>`
      : html`<p class="muted">${analysis.reason}</p>`
  }
  ${analysis.ready ? betterForBoth(c, analysis.offers) : ''}`;
}

/** Offers a frontier package beats: the note says by how much and which package it is. */
function betterForBoth(c: PlanContext, offers: readonly OfferScore[]): SafeHtml | '' {
  const dominated = offers.filter((o) => o.betterDeal && o.us !== null && o.them !== null);
  if (dominated.length === 0) return '';
  const optionName = new Map(c.s.issues.flatMap((i) => i.options.map((o) => [o.id, o.label] as const)));
  return html`<h3>Better deals for both</h3><ul class="plain">${dominated.map((o) => {
    const better = o.betterDeal as NonNullable<OfferScore['betterDeal']>;
    const terms = Object.entries(better.choice)
      .map(([issueId, optionId]) => `${c.issueName(issueId)}: ${optionName.get(optionId) ?? '—'}`)
      .join('; ');
    return html`<li><strong>${o.label}</strong>${o.kind === 'received' ? ' (received)' : ''} is dominated: ${formatPoints(o.us ?? 0)} to us, ${formatPoints(o.them ?? 0)} to them. A package ${better.strictlyBetter ? 'better for both sides' : 'as good for one side and better for the other'} gives ${formatPoints(better.us)} to us and ${formatPoints(better.them)} to them — <span class="small">${terms}</span>.</li>`;
  })}</ul>`;
}

// ── Concessions & safeguards ────────────────────────────────────────────────────
function concessionsSection(c: PlanContext): SafeHtml | null {
  const cs = c.s.concessions;
  if (!cs) return null;
  const g = cs.governance;
  const hasGovernance = g.reviewCadence !== 'none' || g.metrics.trim() || g.changeProcess.trim() || g.exitTerms.trim();
  const budget = budgetBlock(c);
  if (cs.concessions.length === 0 && cs.clauses.length === 0 && !hasGovernance && !budget) return null;
  const value = (n: number | null) => (n === null ? '—' : c.money(n));
  return html`
  ${budget ?? ''}
  ${
    cs.concessions.length
      ? html`<h3>Give / get log</h3><table><thead><tr><th>Item</th><th>We give</th><th>We get</th><th class="num">Cost to us</th><th class="num">Worth to them</th><th>Trigger · when</th><th>Status</th></tr></thead><tbody>${cs.concessions.map(
          (k) =>
            html`<tr><td>${orDash(k.item)}</td><td>${orDash(k.give)}</td><td>${k.get.trim() ? k.get : html`<span class="sev warning">Nothing asked</span>`}</td><td class="num">${value(k.valueToUs)}</td><td class="num">${value(k.valueToThem)}</td><td class="small">${[k.trigger, k.when].filter((t) => t.trim()).join(' · ') || '—'}</td><td>${CONCESSION_STATUS_LABELS[k.status]}</td></tr>`,
        )}</tbody></table>`
      : ''
  }
  ${
    cs.clauses.length
      ? html`<h3>Contingent clauses</h3><ul class="plain">${cs.clauses.map((k) => html`<li>${clauseSentence(k)}${k.measuredBy.trim() || k.dataSource.trim() ? html` <span class="small muted">Measured by ${k.measuredBy || '—'} from ${k.dataSource || '—'}.</span>` : ''}</li>`)}</ul>`
      : ''
  }
  ${
    hasGovernance
      ? html`<h3>Governance</h3><dl class="kv"><dt>Review cadence</dt><dd>${REVIEW_CADENCE_LABELS[g.reviewCadence]}</dd><dt>Metrics</dt><dd>${g.metrics.trim() ? multiline(g.metrics) : '—'}</dd><dt>Change process</dt><dd>${g.changeProcess.trim() ? multiline(g.changeProcess) : '—'}</dd><dt>Exit terms</dt><dd>${g.exitTerms.trim() ? multiline(g.exitTerms) : '—'}</dd></dl>`
      : ''
  }`;
}

// ── Planned moments & questions ─────────────────────────────────────────────────
function momentsSection(c: PlanContext): SafeHtml | null {
  const questions = c.s.interests.questions.filter((q) => q.text.trim());
  const interestText = new Map(c.s.interests.interests.map((i) => [i.id, i.text]));
  const openings = (c.s.anchors?.anchors ?? []).filter((a) => a.firstMove !== 'undecided');
  const timed = (c.s.concessions?.concessions ?? []).filter(
    (k) => k.status !== 'withdrawn' && (k.when.trim() || k.trigger.trim()),
  );
  if (questions.length === 0 && openings.length === 0 && timed.length === 0) return null;
  return html`
  ${
    openings.length || timed.length
      ? html`<h3>Planned moments</h3><ul class="plain">${openings.map((a) => html`<li><strong>First number on ${a.issueLabel || 'an issue'}:</strong> ${FIRST_MOVER_LABELS[a.firstMove]}${a.firstMoveReason.trim() ? ` — ${a.firstMoveReason}` : ''}</li>`)}${timed.map((k) => html`<li><strong>${k.when.trim() || 'When triggered'}:</strong> give ${k.give || k.item || '—'} ${k.get.trim() ? html`for ${k.get}` : ''}${k.trigger.trim() ? html` <span class="muted">(trigger: ${k.trigger})</span>` : ''}</li>`)}</ul>`
      : ''
  }
  ${
    questions.length
      ? html`<h3>Questions to ask</h3><table><thead><tr><th class="num">#</th><th style="width:45%">Question</th><th>To learn about</th><th>Answer</th></tr></thead><tbody>${questions.map(
          (q, k) =>
            html`<tr><td class="num">${k + 1}</td><td>${q.text}</td><td class="small">${q.interestId ? oneLine(interestText.get(q.interestId) ?? '') : c.issueName(q.issueId) || '—'}</td><td class="small">${q.answer.trim() ? multiline(q.answer) : ''}</td></tr>`,
        )}</tbody></table>`
      : ''
  }`;
}

// ── Readiness checklist ─────────────────────────────────────────────────────────
/** Passed and not-yet-applicable checks as one count, without their (problem-worded) titles. */
export function passedLine(checks: readonly { status: string }[]): string {
  const passed = checks.filter((k) => k.status === 'pass').length;
  const pending = checks.filter((k) => k.status === 'not_applicable').length;
  const parts = [`${passed} check${passed === 1 ? '' : 's'} passed`];
  if (pending) parts.push(`${pending} not yet applicable`);
  return `${parts.join('; ')}.`;
}

function readinessSection(c: PlanContext): SafeHtml {
  const r = c.readiness;
  const status = (k: (typeof r.checks)[number]) =>
    html`<span class="sev ${k.severity}">${SEVERITY_LABELS[k.severity]}</span>`;
  // A plan lists what needs work; passed checks under their problem titles read like alarms.
  const failed = r.checks.filter((k) => k.status === 'fail');
  const progress = Object.entries(c.s.progress);
  return html`
  <p>Score <strong>${r.score}/100</strong>: ${r.breakdown.completionPoints} of 60 points for completed steps, ${r.breakdown.checkPoints} of 40 for the checks${r.breakdown.cappedByCritical ? '; capped at 50 while a critical check fails' : ''}.</p>
  ${
    failed.length
      ? html`<table><thead><tr><th style="width:17%">Status</th><th style="width:30%">Check</th><th>Finding · why it matters</th><th>Fix in</th></tr></thead><tbody>
  ${failed.map(
    (k) =>
      html`<tr><td>${status(k)}</td><td>${k.title}</td><td class="small">${k.findings.length ? html`<div>${k.findings.slice(0, 4).join(' ')}${k.findings.length > 4 ? ` (+${k.findings.length - 4} more)` : ''}</div>` : ''}<div class="muted">${k.explanation}</div></td><td class="small">${stepLabel(k.step)}</td></tr>`,
  )}
  </tbody></table>`
      : html`<p>Every applicable check passes.</p>`
  }
  <p class="small muted">${passedLine(r.checks)}</p>
  ${
    progress.length
      ? html`<h3>Preparation steps</h3><table><thead><tr><th>Step</th><th>State</th><th>Next</th></tr></thead><tbody>${progress.map(([id, p]) => html`<tr><td>${stepLabel(id)}</td><td>${p.state === 'complete' ? 'Complete' : p.state === 'started' ? 'In progress' : 'Not started'}</td><td class="small">${p.reason}</td></tr>`)}</tbody></table>`
      : ''
  }`;
}

/** The plan's sections after the summary page, in reading order; empty ones are left out. */
export function planSections(c: PlanContext): PlanSection[] {
  return [
    section('batna', 'BATNA & ZOPA', batnaSection(c)),
    section('issues', 'Issues & tradeables', issuesSection(c)),
    section('objectives', 'Objectives & fair standards per issue', objectivesSection(c)),
    section('interests', 'Interests vs positions', interestsSection(c)),
    section('counterparty', 'Counterparty map & decision path', counterpartySection(c)),
    section('team', 'Our team & authority', teamSection(c)),
    section('leverage', 'Leverage', leverageSection(c)),
    section('risks', 'Time, trust & risks', risksSection(c)),
    section('evidence', 'Evidence', evidenceSection(c)),
    section('anchors', 'Anchors & concession ladder', anchorsSection(c)),
    section('meso', 'MESO offers & frontier', mesoSection(c)),
    section('concessions', 'Concessions & safeguards', concessionsSection(c)),
    section('meeting', 'Meeting plan', meetingSection(c.s)),
    section('moments', 'Planned moments & questions', momentsSection(c)),
    section('readiness', 'Readiness checklist', readinessSection(c)),
  ].filter((s): s is PlanSection => s !== null);
}
