import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import type { DealSummary } from '../../core/deal';
import { apiQuery } from './api/hooks';
import { AppRoot } from './app/AppRoot';
import { AppShell } from './app/AppShell';
import { ALL_DEALS } from './deals/allDeals';
import { DealsScreen } from './deals/DealsScreen';

/**
 * The deals list as HTML, rendered by the shells into the page they serve (web/firstScreen.ts)
 * with the same components as the page's own first render: the first rows show as soon as
 * the HTML arrives, and that render replaces them. Built to out/main/firstScreen.js.
 */
export function renderFirstScreen(deals: DealSummary[]): string {
  const queryClient = new QueryClient();
  queryClient.setQueryData(apiQuery(...ALL_DEALS).queryKey, deals);
  return renderToString(
    <AppRoot queryClient={queryClient}>
      <AppShell route={{ screen: 'deals' }} inert>
        <DealsScreen />
      </AppShell>
    </AppRoot>,
  );
}
