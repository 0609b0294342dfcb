import { MutationCache, QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import type { Output } from './api/client';
import { apiQuery } from './api/hooks';
import { App } from './app/App';
import { AppRoot } from './app/AppRoot';
import { ALL_DEALS } from './deals/allDeals';

type Deals = Output<'deals.list'>;

/**
 * Starts the UI. `firstDeals` is the deals list main.tsx already has: read from the page
 * itself (the shell put it there with the first screen), or asked for while this code loaded.
 */
export function boot(firstDeals: Deals | Promise<Deals> | null): void {
  const queryClient = new QueryClient({
    defaultOptions: {
      // A local database answers in milliseconds; retries would only delay a clear error.
      queries: { retry: false, refetchOnWindowFocus: true, staleTime: 0 },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache(),
  });
  const { queryKey } = apiQuery(...ALL_DEALS);
  // Already stale (staleTime 0): the list shows it at once and reads the deals again on mount.
  if (Array.isArray(firstDeals)) queryClient.setQueryData(queryKey, firstDeals);
  else if (firstDeals) void queryClient.prefetchQuery({ queryKey, queryFn: () => firstDeals });

  const root = document.getElementById('root');
  // The first screen the shell rendered into #root is replaced by this first render, in one commit.
  if (root)
    createRoot(root).render(
      <AppRoot queryClient={queryClient}>
        <App />
      </AppRoot>,
    );
}
