import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Output } from './api/client';
import { apiQuery } from './api/hooks';
import { App } from './app/App';
import { ALL_DEALS } from './deals/allDeals';
import { ToastProvider } from './ui/Toasts';

/** Starts the UI; `firstDeals` is the deals list main.tsx already asked for, if any. */
export function boot(firstDeals: Promise<Output<'deals.list'>> | null): void {
  const queryClient = new QueryClient({
    defaultOptions: {
      // A local database answers in milliseconds; retries would only delay a clear error.
      queries: { retry: false, refetchOnWindowFocus: true, staleTime: 0 },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache(),
  });
  if (firstDeals) void queryClient.prefetchQuery({ ...apiQuery(...ALL_DEALS), queryFn: () => firstDeals });

  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <ToastProvider>
            <App />
          </ToastProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
  }
}
