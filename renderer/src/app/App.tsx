import { Suspense } from 'react';
import { DealsScreen } from '../deals/DealsScreen';
import { AppShell } from './AppShell';
import { lazyScreen } from './lazyScreen';
import { useRoute } from './route';
import { useMenuCommands } from './useMenuCommands';
import { useOpenedFiles } from './useOpenedFiles';

// The deals list is in the first chunk; every other screen loads when first opened.
const WorkspaceScreen = lazyScreen(() => import('../workspace/WorkspaceScreen'), 'WorkspaceScreen');
const InsightsScreen = lazyScreen(() => import('../insights/InsightsScreen'), 'InsightsScreen');
const LibraryScreen = lazyScreen(() => import('../library/LibraryScreen'), 'LibraryScreen');
const DataScreen = lazyScreen(() => import('../data/DataScreen'), 'DataScreen');
const LiveScreen = lazyScreen(() => import('../live/LiveScreen'), 'LiveScreen');

export function App() {
  const route = useRoute();
  useMenuCommands(route);
  useOpenedFiles();
  return (
    <AppShell route={route}>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        {route.screen === 'live' ? (
          <LiveScreen key={route.dealId} dealId={route.dealId} />
        ) : route.screen === 'workspace' ? (
          <WorkspaceScreen key={route.dealId} dealId={route.dealId} step={route.step} />
        ) : route.screen === 'insights' ? (
          <InsightsScreen />
        ) : route.screen === 'library' ? (
          <LibraryScreen tab={route.tab} />
        ) : route.screen === 'data' ? (
          <DataScreen />
        ) : (
          <DealsScreen />
        )}
      </Suspense>
    </AppShell>
  );
}
