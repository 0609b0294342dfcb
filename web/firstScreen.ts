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

/**
 * index.html with the deals list in it, as the list reads it (archived included) at this
 * moment. If rendering fails the page goes out as built: it then asks for the deals itself.
 */
export function pageWithFirstScreen(indexHtml: Buffer, render: FirstScreen, ctx: ApiContext): string {
  const html = indexHtml.toString('utf8');
  try {
    const deals = listDeals(ctx.db, { includeArchived: true });
    return withFirstScreen(html, deals, render(deals));
  } catch (error) {
    console.error('The first screen could not be rendered; the page loads the deals itself.', error);
    return html;
  }
}
