import { Suspense } from 'react';
import { DealsScreen } from '../deals/DealsScreen';
import { SearchBox } from '../search/SearchBox';
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
    <div className="app">
      <header className="topbar">
        <a className="brand" href="#/">
          Parley
        </a>
        <nav aria-label="Main">
          <a
            href="#/"
            aria-current={
              route.screen === 'deals' || route.screen === 'workspace' || route.screen === 'live' ? 'page' : undefined
            }
          >
            Deals
          </a>
          <a href="#/insights" aria-current={route.screen === 'insights' ? 'page' : undefined}>
            Insights
          </a>
          <a href="#/library" aria-current={route.screen === 'library' ? 'page' : undefined}>
            Library
          </a>
          <a href="#/data" aria-current={route.screen === 'data' ? 'page' : undefined}>
            Data &amp; backups
          </a>
        </nav>
        <SearchBox />
      </header>
      <div className="app-body">
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
      </div>
    </div>
  );
}
