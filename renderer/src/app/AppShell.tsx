import type { ReactNode } from 'react';
import { SearchBox } from '../search/SearchBox';
import type { Route } from './route';

interface Props {
  route: Route;
  /**
   * Rendered ahead of the page (the first screen in the served HTML), nothing responds yet:
   * inert, so a click or a keystroke before the page's code runs is not silently lost on an
   * element about to be replaced.
   */
  inert?: boolean;
  children: ReactNode;
}

/** The top bar and the body around the current screen. */
export function AppShell({ route, inert, children }: Props) {
  return (
    <div className="app" inert={inert}>
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
      <div className="app-body">{children}</div>
    </div>
  );
}
