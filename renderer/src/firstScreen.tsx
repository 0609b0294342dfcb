import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import type { DealSummary } from '../../core/deal';
import { apiQuery } from './api/hooks';
import { AppRoot } from './app/AppRoot';
import { AppShell } from './app/AppShell';
import { ALL_DEALS } from './deals/allDeals';
import { DealsScreen } from './deals/DealsScreen';
import { formatEdited } from './deals/format';

/**
 * The last markup made, with what it was made from: the deals (as JSON) and the one thing
 * in it that changes with the clock, each row's "edited 5 minutes ago". The same list read
 * again with the same times shown gives the same page without React; any write to the list,
 * or a minute passing on a time shown, misses.
 */
let last: { key: string; markup: string } | undefined;

/**
 * The deals list as HTML, rendered by the shells into the page they serve (web/firstScreen.ts)
 * with the same components as the page's own first render: the first rows show as soon as
 * the HTML arrives, and that render replaces them. Built to out/main/firstScreen.js.
 */
export function renderFirstScreen(deals: DealSummary[]): string {
  const key = JSON.stringify([deals, deals.map((deal) => formatEdited(deal.updatedAt))]);
  if (last?.key === key) return last.markup;
  const queryClient = new QueryClient();
  queryClient.setQueryData(apiQuery(...ALL_DEALS).queryKey, deals);
  const markup = renderToString(
    <AppRoot queryClient={queryClient}>
      <AppShell route={{ screen: 'deals' }} inert>
        <DealsScreen />
      </AppShell>
    </AppRoot>,
  );
  last = { key, markup };
  return markup;
}
