import { DealsScreen } from '../deals/DealsScreen';
import { WorkspaceScreen } from '../workspace/WorkspaceScreen';
import { useRoute } from './route';

export function App() {
  const route = useRoute();
  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="#/">
          Parley
        </a>
        <nav aria-label="Main">
          <a href="#/" aria-current={route.screen !== 'library' ? 'page' : undefined}>
            Deals
          </a>
        </nav>
      </header>
      <div className="app-body">
        {route.screen === 'workspace' ? (
          <WorkspaceScreen key={route.dealId} dealId={route.dealId} step={route.step} />
        ) : (
          <DealsScreen />
        )}
      </div>
    </div>
  );
}
