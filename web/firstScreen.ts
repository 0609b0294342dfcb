import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApiContext } from '../api/context';
import type { DealSummary } from '../core/deal';
import { withFirstScreen } from '../core/firstScreen';
import { listDeals } from '../db/repositories/deals';

/** The deals list as HTML, by the page's own components (renderer/src/firstScreen.tsx). */
export type FirstScreen = (deals: DealSummary[]) => string;

/**
 * The first-screen renderer the build puts next to the shells' entries (out/main/firstScreen.js),
 * loaded by path: the shells do not import the renderer's source, they use what it built.
 * Without it (a build that lacks it) the page comes as built and asks for the deals itself.
 */
export async function loadFirstScreen(file: string): Promise<FirstScreen | undefined> {
  try {
    const module = (await import(pathToFileURL(file).href)) as { renderFirstScreen: FirstScreen };
    return module.renderFirstScreen;
  } catch (error) {
    console.error('The first screen renderer did not load; the page will load the deals itself.', error);
    return undefined;
  }
}

/** Built stylesheets by file name: the build names them by content hash, so they never change. */
const stylesheets = new Map<string, string | null>();
const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\.\/assets\/([\w.-]+\.css)">/g;

/**
 * The page's stylesheets put into it (<style>, which the CSP allows), so the first rows paint
 * without waiting for another request. A stylesheet that cannot be read, or that holds
 * `</style` (it would end the element), stays a link.
 */
export function inlineStylesheets(html: string, rendererDir: string): string {
  return html.replace(STYLESHEET_LINK, (link, name: string) => {
    let css = stylesheets.get(name);
    if (css === undefined) {
      try {
        css = readFileSync(join(rendererDir, 'assets', name), 'utf8');
        if (/<\/style/i.test(css)) css = null;
      } catch {
        css = null;
      }
      stylesheets.set(name, css);
    }
    return css === null ? link : `<style>${css}</style>`;
  });
}

/**
 * The page with its rows in it needs no UI code to paint them: the UI's code (hundreds of KB)
 * is fetched when the page asks for it, after its first paint (renderer/src/main.tsx), rather
 * than preloaded and compiled while the first rows wait.
 */
function withoutModulePreloads(html: string): string {
  return html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
}

/**
 * index.html with the deals list in it, as the list reads it (archived included) at this
 * moment, and its stylesheet inline. If rendering fails the page goes out as built: it then
 * asks for the deals itself.
 */
export function pageWithFirstScreen(
  indexHtml: Buffer,
  render: FirstScreen,
  ctx: ApiContext,
  rendererDir: string,
): string {
  const html = indexHtml.toString('utf8');
  try {
    const deals = listDeals(ctx.db, { includeArchived: true });
    return withoutModulePreloads(inlineStylesheets(withFirstScreen(html, deals, render(deals)), rendererDir));
  } catch (error) {
    console.error('The first screen could not be rendered; the page loads the deals itself.', error);
    return html;
  }
}
