import { useEffect, useRef } from 'react';

export interface LiveKeyActions {
  offer(side: 'ours' | 'theirs'): void;
  toggleOpaque(): void;
  note(): void;
  concession(): void;
  authority(): void;
  nextPhase(): void;
  tag(index: number): void;
  end(): void;
  help(): void;
}

const isField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The live screen's keys. Single letters and digits act when no field has the focus
 * (Escape leaves a field); Alt+H toggles opaque mode from anywhere, fields included.
 * Nothing fires while a dialog is open.
 */
export function useLiveKeys(actions: LiveKeyActions) {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const a = latest.current;
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyH') {
        event.preventDefault();
        a.toggleOpaque();
        return;
      }
      if (event.key === 'Escape' && isField(event.target)) {
        (event.target as HTMLElement).blur();
        return;
      }
      if (isField(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      const key = event.key.toLowerCase();
      const run = (f: () => void) => {
        event.preventDefault();
        f();
      };
      if (key === 'o') run(() => a.offer('ours'));
      else if (key === 't') run(() => a.offer('theirs'));
      else if (key === 'h') run(a.toggleOpaque);
      else if (key === 'n') run(a.note);
      else if (key === 'c') run(a.concession);
      else if (key === 'a') run(a.authority);
      else if (key === 'p') run(a.nextPhase);
      else if (key === 'e') run(a.end);
      else if (key === '?') run(a.help);
      else if (/^[1-9]$/.test(key)) run(() => a.tag(Number(key) - 1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
