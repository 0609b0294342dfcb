import { clauseSentence } from '../concessions';
import { formatDay } from '../documentFormat';
import { escapeMultiline, html, type SafeHtml, trusted } from '../html';
import { assessReadiness, type Readiness } from '../readiness';
import type { DealSnapshot, SnapshotMeso } from '../snapshot';
import { planContext } from './context';
import { offerGrid, planSections, summarySection } from './sections';
import { documentCss, type PageSize } from './styles';

export type PlanKind = 'plan' | 'offer_sheet';

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
export function planDocument(snapshot: DealSnapshot, options: PlanDocumentOptions = {}): string {
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
  const body = html`
<section id="summary" class="summary">${summarySection(c)}</section>
${sections.map((s, i) => html`<section id="${s.id}"${i === 0 ? html` class="break"` : ''}><h2>${s.title}</h2>${s.body}</section>`)}
${options.tender ? html`<section id="tender" class="break"><h2>Tender comparison</h2>${options.tender}</section>` : ''}`;
  return page(
    `${snapshot.deal.title} — negotiation plan`,
    css,
    body,
    'Preview of the printed plan. Page numbers, header and marking appear when printed.',
  );
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

/** A file name for the PDF: the deal title, made safe on every OS. */
export function planFileName(snapshot: DealSnapshot, kind: PlanKind): string {
  const slug = (kind === 'plan' ? snapshot.deal.title : `${snapshot.deal.counterparty || snapshot.deal.title} proposal`)
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
