import { clauseSentence } from '../concessions';
import { formatDay } from '../documentFormat';
import { escapeMultiline, html, type SafeHtml, trusted } from '../html';
import { assessReadiness, type Readiness } from '../readiness';
import { commentSectionLabel, type ReviewComment } from '../reviewComments';
import type { DealSnapshot, SnapshotMeso } from '../snapshot';
import { planContext } from './context';
import { briefMeeting, meetingBriefBody } from './meetingSection';
import { offerGrid, planSections, summarySection } from './sections';
import { documentCss, type PageSize } from './styles';

export type PlanKind = 'plan' | 'offer_sheet' | 'meeting_brief';

export interface PlanDocumentOptions {
  pageSize?: PageSize;
  /** Already computed by the caller (the API answers both); computed here when absent. */
  readiness?: Readiness;
  /** The tender's comparison page (core/tender/comparisonSection), when the deal is a tender. */
  tender?: SafeHtml;
}

function page(title: string, css: string, body: SafeHtml, screenNote: string): string {
  // No script, no external resource: the document is printed with JavaScript disabled and
  // previewed in a sandboxed frame; fonts are the system's.
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light"><title>${title}</title><style>${trusted(css)}</style></head>
<body><div class="screen-only">${screenNote}</div>
${body}
</body></html>`.value;
}

/**
 * The internal plan: one self-contained HTML document (inline CSS and SVG, no scripts, no
 * external resources) that every printer of Parley prints — the in-app preview, the
 * Electron PDF export and the tests.
 */
export function planDocument(
  snapshot: DealSnapshot,
  options: PlanDocumentOptions & { comments?: readonly ReviewComment[] } = {},
): string {
  const readiness = options.readiness ?? assessReadiness(snapshot);
  const c = planContext(snapshot, readiness);
  const date = formatDay(snapshot.takenAt);
  const css = documentCss({
    pageSize: options.pageSize ?? 'A4',
    headerLeft: snapshot.deal.title,
    headerRight: `Negotiation plan · ${date}`,
    marking: 'Confidential — internal',
  });
  const sections = planSections(c);
  const comments = options.comments ?? [];
  const under = (id: string) => commentsBlock(comments.filter((k) => k.sectionKey === id));
  const printed = new Set(['summary', ...sections.map((s) => s.id), ...(options.tender ? ['tender'] : [])]);
  const elsewhere = comments.filter((k) => !printed.has(k.sectionKey));
  const body = html`
<section id="summary" class="summary">${summarySection(c)}${under('summary')}</section>
${sections.map((s, i) => html`<section id="${s.id}"${i === 0 ? html` class="break"` : ''}><h2>${s.title}</h2>${s.body}${under(s.id)}</section>`)}
${options.tender ? html`<section id="tender" class="break"><h2>Tender comparison</h2>${options.tender}${under('tender')}</section>` : ''}
${elsewhere.length ? html`<section id="review-comments"><h2>Open review comments on other steps</h2>${commentsBlock(elsewhere, true)}</section>` : ''}`;
  return page(
    `${snapshot.deal.title} — negotiation plan`,
    css,
    body,
    'Preview of the printed plan. Page numbers, header and marking appear when printed.',
  );
}

/** Open review comments, as printed under their section of the plan (with their step when `withStep`). */
function commentsBlock(comments: readonly ReviewComment[], withStep = false): SafeHtml | '' {
  if (comments.length === 0) return '';
  return html`<div class="review-comments"><h3>Open review comments</h3><ul class="plain">${comments.map(
    (k) =>
      html`<li>${withStep ? html`<strong>${commentSectionLabel(k.sectionKey)}:</strong> ` : ''}${multiline(k.body)} <span class="muted">— ${k.authorName}, ${formatDay(k.createdAt)}</span></li>`,
  )}</ul></div>`;
}

/**
 * The counterpart-safe offer sheet: our MESO offers and the wording of the terms we
 * propose, nothing else. It is built from an explicit short list of fields — never from
 * the snapshot as a whole — so no BATNA, reservation point, target, score, weight,
 * stakeholder or internal note can reach it.
 */
export function offerSheetDocument(snapshot: DealSnapshot, options: PlanDocumentOptions = {}): string {
  const date = formatDay(snapshot.takenAt);
  const counterparty = snapshot.deal.counterparty.trim();
  const safe = offerSheetContent(snapshot);
  // The date the user put on the offer, else the day it is printed.
  const sheetDate = safe.meso?.settings.offerDate ? formatDay(safe.meso.settings.offerDate) : date;
  const css = documentCss({
    pageSize: options.pageSize ?? 'A4',
    headerLeft: counterparty ? `Proposal for ${counterparty}` : 'Proposal',
    headerRight: sheetDate,
    marking: 'Subject to contract',
  });
  const c = planContext(safe, emptyReadiness);
  const grid = offerGrid(c, 'ours', false);
  const clauses = safe.concessions?.clauses ?? [];
  const body = html`
<div class="cover"><div><div class="eyebrow">Proposal · ${sheetDate}</div><h1>${counterparty ? `Options for ${counterparty}` : 'Options for your consideration'}</h1></div></div>
${offerDetails(safe.meso?.settings)}
${
  grid
    ? html`<p class="offer-intro">We propose the following ${c.offers.filter((o) => o.offer.kind === 'ours').length > 1 ? 'options. Each is acceptable to us as a whole; please tell us which you prefer, or what you would change in the one closest to your needs' : 'terms'}.</p>
<section id="offers">${grid}</section>`
    : html`<p class="offer-intro">No offers have been prepared yet.</p>`
}
${clauses.length ? html`<section id="terms"><h2>Terms that apply to every option</h2><ul class="plain">${clauses.map((k) => html`<li>${clauseSentence(k)}</li>`)}</ul></section>` : ''}
<p class="small muted">This proposal is for discussion and is subject to a signed agreement.</p>`;
  return page(
    counterparty ? `Proposal for ${counterparty}` : 'Proposal',
    css,
    body,
    'Preview of the offer sheet as the other side will see it.',
  );
}

const emptyReadiness: Readiness = {
  score: 0,
  checks: [],
  completion: { complete: 0, started: 0, empty: 0, total: 0 },
  breakdown: { completionPoints: 0, checkPoints: 0, cappedByCritical: false },
};

/**
 * The only parts of a deal the offer sheet may read. Issues keep their name and option
 * labels (the words of the offer) but lose weights, scores and notes; clauses keep their
 * wording but not who measures them internally.
 */
export function offerSheetContent(s: DealSnapshot): DealSnapshot {
  const issues = s.issues.map((i) => ({
    ...i,
    weightUs: 0,
    weightThem: 0,
    notes: '',
    redLine: false,
    tradeable: false,
    options: i.options.map((o) => ({ ...o, ourScore: null, theirScore: null })),
  }));
  return {
    // The deal's title is our internal name for it: the sheet names the counterparty instead.
    deal: { ...s.deal, title: '', notes: '' },
    takenAt: s.takenAt,
    batna: { ...s.batna, ...blankBatna },
    batnaActions: [],
    issues,
    interests: { positions: [], interests: [], questions: [] },
    progress: {},
    ...(s.meso
      ? {
          meso: {
            offers: s.meso.offers.filter((o) => o.kind === 'ours'),
            // The sheet's own details are written for the other side; the scoring settings are not.
            settings: {
              ...blankMesoSettings,
              offerSender: s.meso.settings.offerSender,
              offerDate: s.meso.settings.offerDate,
              offerValidUntil: s.meso.settings.offerValidUntil,
              offerBasis: s.meso.settings.offerBasis,
            },
          },
        }
      : {}),
    ...(s.concessions
      ? {
          concessions: {
            concessions: [],
            clauses: s.concessions.clauses
              .filter((k) => k.metric.trim() && k.remedy.trim())
              .map((k) => ({ ...k, measuredBy: '', dataSource: '' })),
            governance: { reviewCadence: 'none', metrics: '', changeProcess: '', exitTerms: '' },
          },
        }
      : {}),
  };
}

const blankMesoSettings = { targetPoints: null, tolerance: 0, floorPoints: null, suggestCount: 2 };

const multiline = (text: string) => trusted(escapeMultiline(text));

/** Who sends the sheet, when, how long it holds and what the prices assume. */
function offerDetails(settings: SnapshotMeso['settings'] | undefined): SafeHtml | '' {
  if (!settings) return '';
  const rows: [string, string][] = [];
  if (settings.offerSender.trim()) rows.push(['From', settings.offerSender.trim()]);
  if (settings.offerDate) rows.push(['Date', formatDay(settings.offerDate)]);
  if (settings.offerValidUntil) rows.push(['Valid until', formatDay(settings.offerValidUntil)]);
  if (settings.offerBasis.trim()) rows.push(['Basis', settings.offerBasis.trim()]);
  if (rows.length === 0) return '';
  return html`<dl class="kv offer-details">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${multiline(v)}</dd>`)}</dl>`;
}

const blankBatna = {
  ourDescription: '',
  ourCourse: '',
  ourValueMoney: null,
  ourValuePoints: null,
  ourRisk: '',
  ourTiming: '',
  ourSwitchingCost: null,
  ourConfidence: null,
  theirDescription: '',
  theirValueMoney: null,
  theirConfidence: null,
  theirEvidence: '',
  ourReservation: null,
  ourTarget: null,
  theirReservation: null,
  theirTarget: null,
} as const;

/**
 * The one-page meeting brief for the people in the room: the opening statement, the
 * agenda with its time boxes and questions, what we say and keep back, the numbers we
 * must not cross, and the next steps to ask for. Internal: it carries our limits.
 */
export function meetingBriefDocument(
  snapshot: DealSnapshot,
  options: PlanDocumentOptions & { meetingId?: string | undefined } = {},
): string {
  const meeting = briefMeeting(snapshot, options.meetingId);
  const c = planContext(snapshot, emptyReadiness);
  const b = snapshot.batna;
  const limits: [string, number | null][] = [
    ['Our target', b.ourTarget],
    ['Walk away beyond', b.ourReservation],
  ];
  const shown = limits.filter(([, v]) => v !== null);
  const limitsBlock = shown.length
    ? html`<p class="limits"><strong>Our numbers (never said aloud):</strong> ${shown.map(([label, v], k) => html`${k ? ' · ' : ''}${label} ${c.scale(v as number)}`)}</p>`
    : '';
  const css = documentCss({
    pageSize: options.pageSize ?? 'A4',
    headerLeft: snapshot.deal.title,
    headerRight: `Meeting brief · ${meeting?.date ? formatDay(meeting.date) : formatDay(snapshot.takenAt)}`,
    marking: 'Internal — do not hand out',
  });
  return page(
    `${snapshot.deal.title} — meeting brief`,
    `${css}${BRIEF_CSS}`,
    meetingBriefBody(snapshot, meeting, limitsBlock),
    'Preview of the one-page meeting brief. Internal — do not hand out.',
  );
}

/** Tighter than the plan: the brief must fit one page. */
const BRIEF_CSS = `
body { font-size: 9pt; }
.brief-cover { margin-bottom: 3mm; padding-bottom: 2.5mm; }
.brief-cover h1 { font-size: 17pt; }
section { margin: 0 0 4mm; }
h2 { font-size: 11pt; margin: 0 0 1.5mm; }
h3 { margin: 2mm 0 1mm; }
.opening { font-size: 10pt; border-left: 3px solid #10243e; padding-left: 3mm; }
table.agenda td { padding: 1mm 2mm 1mm 0; }
ul.questions { margin: .5mm 0 0; padding-left: 4mm; font-size: 8.3pt; color: #333; }
p.over { color: #b42318; }
.limits { border: 1px solid #b42318; border-radius: 1.5mm; padding: 1.5mm 2.5mm; margin: 3mm 0; }
`;

/** A file name for the PDF: the deal title, made safe on every OS. */
export function planFileName(snapshot: DealSnapshot, kind: PlanKind): string {
  const base =
    kind === 'plan'
      ? snapshot.deal.title
      : kind === 'meeting_brief'
        ? `${snapshot.deal.title} meeting brief`
        : `${snapshot.deal.counterparty || snapshot.deal.title} proposal`;
  const slug = base
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'deal'}${kind === 'plan' ? '-plan' : ''}.pdf`;
}

/** The tender's comparison page on its own, for the committee (same page as in the plan). */
export function tenderComparisonDocument(
  dealTitle: string,
  takenAt: string,
  section: SafeHtml,
  options: { pageSize?: PageSize } = {},
): string {
  const css = documentCss({
    pageSize: options.pageSize ?? 'A4',
    headerLeft: dealTitle,
    headerRight: `Tender comparison · ${formatDay(takenAt)}`,
    marking: 'Confidential — internal',
  });
  return page(
    `${dealTitle} — tender comparison`,
    css,
    html`<section id="tender"><h1>${dealTitle}</h1><h2>Tender comparison</h2>${section}</section>`,
    'Preview of the printed comparison. Page numbers, header and marking appear when printed.',
  );
}
