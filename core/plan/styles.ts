export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/**
 * User text inside a CSS string (the running header): every character outside a small
 * safe set becomes a CSS escape, so no quote, backslash or `</style>` can end the string.
 */
export function cssString(value: string): string {
  const escaped = Array.from(value.replace(/[\r\n\t]+/g, ' '))
    .map((ch) => (/^[A-Za-z0-9 .,:;()&!?+=@#%*_\-–—·]$/.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 32).toString(16)} `))
    .join('');
  return `"${escaped}"`;
}

/**
 * Print CSS of the plan and the offer sheet. Running header and footer use CSS page
 * margin boxes, so every printer of this HTML (Chromium's print to PDF in Electron and in
 * the tests, the browser's print dialog) puts the title, date, marking and page numbers
 * on every page without a header template.
 */
export function documentCss(options: {
  pageSize: PageSize;
  headerLeft: string;
  headerRight: string;
  marking: string;
}): string {
  return `
@page {
  size: ${options.pageSize === 'Letter' ? 'letter' : 'A4'};
  margin: 20mm 16mm 18mm 16mm;
  @top-left { content: ${cssString(options.headerLeft)}; font: 8pt/1.2 "Helvetica Neue", Arial, sans-serif; color: #555; vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: ${cssString(options.headerRight)}; font: 8pt/1.2 "Helvetica Neue", Arial, sans-serif; color: #555; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: ${cssString(options.marking)}; font: bold 7.5pt/1.2 "Helvetica Neue", Arial, sans-serif; letter-spacing: 0.12em; text-transform: uppercase; color: #8a1c1c; vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt/1.2 "Helvetica Neue", Arial, sans-serif; color: #555; vertical-align: top; padding-top: 3mm; }
}
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 9.5pt/1.45 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; color: #1d1d1f; background: #fff; }
@media screen {
  html { background: #e9ebee; }
  body { max-width: 210mm; margin: 16px auto; padding: 18mm 16mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.18); }
  .screen-only { display: block; }
}
@media print { .screen-only { display: none; } }
.screen-only { display: none; border-bottom: 1px solid #ddd; margin: -8mm 0 6mm; padding-bottom: 3mm; color: #555; font-size: 8pt; }
h1, h2, h3 { font-weight: 600; color: #10243e; margin: 0; line-height: 1.2; }
h1 { font-size: 21pt; letter-spacing: -0.01em; }
h2 { font-size: 13.5pt; margin: 0 0 3mm; padding-bottom: 1.5mm; border-bottom: 1.5px solid #10243e; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2mm; }
section { margin: 0 0 8mm; }
section.break { break-before: page; }
.eyebrow { font-size: 8pt; letter-spacing: .08em; text-transform: uppercase; color: #5b6b7f; margin-bottom: 1.5mm; }
.muted { color: #6b6b6b; }
.small { font-size: 8pt; }
.cover { display: flex; justify-content: space-between; align-items: flex-start; gap: 8mm; border-bottom: 3px solid #10243e; padding-bottom: 4mm; margin-bottom: 5mm; }
.cover .facts { margin-top: 2mm; color: #3a3a3a; }
.badge { flex: none; width: 30mm; text-align: center; border: 1.5px solid #10243e; border-radius: 3mm; padding: 2.5mm 2mm; }
.badge .n { font-size: 22pt; font-weight: 700; color: #10243e; line-height: 1; }
.badge .l { font-size: 7.5pt; text-transform: uppercase; letter-spacing: .06em; color: #5b6b7f; margin-top: 1mm; }
.badge.low { border-color: #b42318; } .badge.low .n { color: #b42318; }
.badge.mid { border-color: #b26a00; } .badge.mid .n { color: #b26a00; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm 7mm; }
.kv { display: grid; grid-template-columns: 34mm 1fr; gap: 1mm 3mm; margin: 0; }
.kv dt { color: #5b6b7f; } .kv dd { margin: 0; }
.figures { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 3mm; margin: 2mm 0 3mm; }
.figure { overflow-wrap: anywhere; }
td, th, dd, li { overflow-wrap: break-word; }
.figure { border: 1px solid #d5dbe3; border-radius: 2mm; padding: 2mm 2.5mm; break-inside: avoid; }
.figure .l { font-size: 7.5pt; color: #5b6b7f; text-transform: uppercase; letter-spacing: .05em; }
.figure .v { font-size: 12pt; font-weight: 600; color: #10243e; }
.figure .s { font-size: 7.5pt; color: #6b6b6b; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; font-size: 8.8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; font-weight: 600; color: #10243e; border-bottom: 1.2px solid #10243e; padding: 1.4mm 2mm 1.2mm 0; vertical-align: bottom; }
td { border-bottom: 0.6px solid #d5d9de; padding: 1.3mm 2mm 1.3mm 0; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:last-child td { border-bottom: 1px solid #9aa3ad; }
ul.plain { list-style: none; padding: 0; margin: 0 0 2mm; }
ul.plain li { padding: .8mm 0; border-bottom: .5px solid #eee; }
.review-comments { border-left: 2px solid #b54708; padding-left: 3mm; margin: 3mm 0; break-inside: avoid; }
.review-comments h3 { color: #b54708; margin-top: 0; }
ol { margin: 0 0 2mm; padding-left: 5mm; }
.chart { display: block; max-width: 100%; height: auto; break-inside: avoid; page-break-inside: avoid; margin: 1mm 0 3mm; }
figure { margin: 0 0 3mm; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-size: 8pt; color: #5b6b7f; margin-top: 1mm; }
.chart text { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 10px; fill: #333; }
.chart .mk, .chart .mv, .chart .pt { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.chart .mk { font-weight: 600; } .chart .mv { fill: #333; } .chart .tick { font-size: 9px; fill: #666; }
.chart .zl { font-weight: 700; fill: #1e5c3a; font-size: 10px; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; } .chart .zl.gap { fill: #b42318; }
.chart .hint { font-size: 9px; fill: #666; font-style: italic; } .chart .axis { font-size: 10px; fill: #444; }
.chart .q { font-size: 10px; font-weight: 600; fill: #444; } .chart .pt { font-size: 9px; fill: #1d1d1f; }
.pill { display: inline-block; font-size: 7.5pt; padding: 0 1.6mm; border-radius: 1.5mm; border: .6px solid #9aa3ad; color: #3a3a3a; white-space: nowrap; }
.pill.red { border-color: #b42318; color: #b42318; } .pill.green { border-color: #2e7d4f; color: #2e7d4f; }
.sev { font-weight: 600; white-space: nowrap; }
.sev.critical { color: #b42318; } .sev.warning { color: #b26a00; } .sev.advice { color: #3d5a80; } .sev.pass { color: #2e7d4f; } .sev.na { color: #8a8a8a; }
.risk { break-inside: avoid; padding: 1mm 0; border-bottom: .5px solid #eee; }
.callout { border-left: 3px solid #10243e; background: #f3f6fa; padding: 2mm 3mm; margin: 2mm 0 3mm; break-inside: avoid; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.offer-intro { font-size: 10.5pt; margin: 3mm 0 5mm; }
.sig { margin-top: 12mm; display: grid; grid-template-columns: 1fr 1fr; gap: 14mm; }
.sig div { border-top: .8px solid #555; padding-top: 1.5mm; font-size: 8pt; color: #555; }
`;
}
