import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureBrowserToken } from './api/client';
import { apiQuery } from './api/hooks';
import { App } from './app/App';
import { parseRoute } from './app/route';
import { ALL_DEALS } from './deals/DealsScreen';
import { flushWhenPageHides } from './ui/pendingEdits';
import { ToastProvider } from './ui/Toasts';
import './styles.css';

captureBrowserToken();
flushWhenPageHides();

const queryClient = new QueryClient({
  defaultOptions: {
    // A local database answers in milliseconds; retries would only delay a clear error.
    queries: { retry: false, refetchOnWindowFocus: true, staleTime: 0 },
    mutations: { retry: false },
  },
  mutationCache: new MutationCache(),
});

// Start reading the deals list while React boots: the first screen is usually the list.
if (parseRoute(window.location.hash).screen === 'deals') void queryClient.prefetchQuery(apiQuery(...ALL_DEALS));

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
