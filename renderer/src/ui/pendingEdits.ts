import { setLeaving } from '../api/client';

/**
 * Edits typed but not yet saved, across the whole window. When the page goes away (reload,
 * tab closed, app window closing) every one is sent at once instead of waiting for its
 * typing pause, so nothing typed in the last moment is lost.
 */
type Flush = () => Promise<void>;
const pending = new Set<Flush>();

export function trackPendingEdit(flush: Flush): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

export function hasPendingEdits(): boolean {
  return pending.size > 0;
}

/** Sends every pending edit; resolves when each has been saved or has failed. */
export async function flushPendingEdits(): Promise<void> {
  await Promise.allSettled([...pending].map((flush) => flush()));
}

/** Page hide and hiding the tab flush at once, over requests that outlive the page. */
export function flushWhenPageHides(): void {
  const leave = () => {
    setLeaving(true);
    void flushPendingEdits();
  };
  window.addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leave();
    else setLeaving(false);
  });
  window.addEventListener('pageshow', () => setLeaving(false));
  // The desktop window asks before it closes, and waits for the answer (electron/main.ts).
  window.parleyShell?.onFlushRequest?.(() => flushPendingEdits());
}
