import type { DealSummary } from './deal';

/**
 * The first screen in the served page. Both shells put the deals list into index.html:
 * its rows as HTML (rendered by the page's own components, renderer/src/firstScreen.tsx)
 * and its data as JSON, so the first rows show before any script has run and the page's
 * first render needs no call back to the app.
 */
export const FIRST_DEALS_ELEMENT_ID = 'parley-first-deals';

/** The built page's empty mount point, where the first screen goes. */
const ROOT = '<div id="root"></div>';

/**
 * JSON that can sit inside a <script> element whatever the strings in it hold: `<` becomes
 * \u003c, so no `</script>` or `<!--` in a deal title can end the element or change how
 * the page is parsed; the JSON still parses back to the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** index.html with the deals list in it. `markup` is React's output, its text already escaped. */
export function withFirstScreen(indexHtml: string, deals: DealSummary[], markup: string): string {
  if (!indexHtml.includes(ROOT)) throw new Error('index.html has no empty <div id="root"> for the first screen');
  const data = `<script type="application/json" id="${FIRST_DEALS_ELEMENT_ID}">${jsonForScript(deals)}</script>`;
  // A function, not a replacement string: `$&` or `$'` in a deal title must stay text.
  return indexHtml.replace(ROOT, () => `<div id="root">${markup}</div>\n    ${data}`);
}
