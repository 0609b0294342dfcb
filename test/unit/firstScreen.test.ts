import { describe, expect, it } from 'vitest';
import type { DealSummary } from '../../core/deal';
import { FIRST_DEALS_ELEMENT_ID, jsonForScript, withFirstScreen } from '../../core/firstScreen';
import { escapeHtml } from '../../core/html';
import { dealSummary } from '../support/dealSummary';

const PAGE = `<!doctype html>
<html lang="en">
  <head><script type="module" src="./assets/index.js"></script></head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

/** Titles are the user's own text: everything that could end the data's element or be read as a pattern. */
const HOSTILE = [
  '</script><script>window.pwned = 1</script>',
  '</SCRIPT ><img src=x onerror="window.pwned = 1">',
  '<!--<script>',
  "$& $' $` $$ $1",
  'line\u2028separator\u2029paragraph',
  '"quoted" \\ back\\slash',
];

const deal = (title: string, i: number): DealSummary =>
  dealSummary({ id: `00000000-0000-4000-8000-00000000000${i}`, title, counterparty: title });

/** The data element's text as an HTML parser ends it: at the first `</script` whatever follows. */
function dataElementText(html: string): string {
  const open = `<script type="application/json" id="${FIRST_DEALS_ELEMENT_ID}">`;
  const start = html.indexOf(open);
  expect(start).toBeGreaterThan(-1);
  const rest = html.slice(start + open.length);
  return rest.slice(0, rest.search(/<\/script/i));
}

describe('the first screen in the served page', () => {
  it('carries hostile deal titles as data: the element ends where the JSON ends, and parses back to the same deals', () => {
    const deals = HOSTILE.map(deal);
    const markup = `<ul>${deals.map((d) => `<li>${escapeHtml(d.title)}</li>`).join('')}</ul>`;
    const page = withFirstScreen(PAGE, deals, markup);
    const text = dataElementText(page);
    expect(JSON.parse(text)).toEqual(deals);
    // Nothing in the data opens a comment or a tag the parser would act on.
    expect(text).not.toMatch(/<!--|<\/?script/i);
    expect(text).not.toMatch(/[\u2028\u2029]/);
    // `$&` and friends stayed text instead of pulling in pieces of the page.
    expect(page).toContain(escapeHtml("$& $' $` $$ $1"));
    expect(page.match(/<div id="root">/g)).toHaveLength(1);
    expect(page).toContain(`<div id="root">${markup}</div>`);
  });

  it('keeps JSON that parses back for every string', () => {
    for (const value of [...HOSTILE, '', '<', '\u2028', { nested: ['</script>'] }]) {
      expect(JSON.parse(jsonForScript(value))).toEqual(value);
    }
  });

  it('refuses a page without the empty mount point instead of putting data somewhere else', () => {
    expect(() => withFirstScreen('<div id="root">x</div>', [], '')).toThrow(/no empty <div id="root">/);
  });
});
