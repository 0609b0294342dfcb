import { useSyncExternalStore } from 'react';

/**
 * Hash routes (`#/deals/<id>/<step>`): they survive a reload in both shells without a
 * server-side router, and the custom app:// scheme in Electron needs no history fallback.
 */
export type Route =
  | { screen: 'deals' }
  | { screen: 'workspace'; dealId: string; step: string | null }
  | { screen: 'live'; dealId: string }
  | { screen: 'library'; tab: LibraryTab }
  | { screen: 'insights' }
  | { screen: 'data' };

export const LIBRARY_TABS = ['templates', 'tradeables', 'phrases'] as const;
export type LibraryTab = (typeof LIBRARY_TABS)[number];
const isLibraryTab = (value: string | undefined): value is LibraryTab =>
  (LIBRARY_TABS as readonly string[]).includes(value ?? '');

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'deals' && parts[1] && parts[2] === 'live') return { screen: 'live', dealId: parts[1] };
  if (parts[0] === 'deals' && parts[1]) return { screen: 'workspace', dealId: parts[1], step: parts[2] ?? null };
  if (parts[0] === 'library') return { screen: 'library', tab: isLibraryTab(parts[1]) ? parts[1] : 'templates' };
  if (parts[0] === 'insights') return { screen: 'insights' };
  if (parts[0] === 'data') return { screen: 'data' };
  return { screen: 'deals' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'deals':
      return '#/';
    case 'library':
      return route.tab === 'templates' ? '#/library' : `#/library/${route.tab}`;
    case 'insights':
      return '#/insights';
    case 'data':
      return '#/data';
    case 'live':
      return `#/deals/${encodeURIComponent(route.dealId)}/live`;
    case 'workspace':
      return `#/deals/${encodeURIComponent(route.dealId)}${route.step ? `/${encodeURIComponent(route.step)}` : ''}`;
  }
}

export const navigate = (route: Route) => {
  window.location.hash = routeHref(route);
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  // Rendered ahead of the page (renderer/src/firstScreen.tsx), the app shows the deals list.
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '#/',
  );
  return parseRoute(hash);
}
