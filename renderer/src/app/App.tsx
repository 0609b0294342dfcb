import { DataScreen } from '../data/DataScreen';
import { DealsScreen } from '../deals/DealsScreen';
import { InsightsScreen } from '../insights/InsightsScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { LiveScreen } from '../live/LiveScreen';
import { SearchBox } from '../search/SearchBox';
import { WorkspaceScreen } from '../workspace/WorkspaceScreen';
import { useRoute } from './route';
import { useMenuCommands } from './useMenuCommands';

export function App() {
  const route = useRoute();
  useMenuCommands(route);
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
      </div>
    </div>
  );
}
