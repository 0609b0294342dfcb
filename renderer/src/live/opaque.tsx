import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';

/**
 * Opaque mode: the screen may be shared by mistake, so one keystroke takes every internal
 * figure (values, BATNA, walk-away, targets, scores) out of the page — not hidden with
 * CSS, not rendered at all. Remembered across reloads: a restart must not reveal them.
 */
const OpaqueContext = createContext(false);
const STORAGE_KEY = 'parley.live.opaque';

export function useOpaqueState(): [boolean, () => void] {
  const [opaque, setOpaque] = useState(() => {
    try {
      return window.localStorage.getItem(STORAGE_KEY) === '1';
    } catch {
      return false;
    }
  });
  const toggle = useCallback(() => {
    setOpaque((current) => {
      try {
        window.localStorage.setItem(STORAGE_KEY, current ? '0' : '1');
      } catch {
        // Storage refused (private window): the toggle still works for this page.
      }
      return !current;
    });
  }, []);
  return [opaque, toggle];
}

export const OpaqueProvider = OpaqueContext.Provider;
export const useOpaque = () => useContext(OpaqueContext);

/** Renders its children only when the screen is not opaque. */
export function Internal({ children }: { children: ReactNode }) {
  return useOpaque() ? null : children;
}
