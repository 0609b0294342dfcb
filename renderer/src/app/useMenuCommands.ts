import { useEffect, useRef } from 'react';
import type { ShellBridge } from '../../../api/shell';
import { useToast } from '../ui/Toasts';
import { navigate, type Route } from './route';

/**
 * File ▸ Export PDF… / Print… outside the Plan step: inside a deal they open its Plan
 * step (where the document, paper size and offer sheet are chosen); elsewhere they say
 * what to do. On the Plan step itself the step handles them.
 */
export function useMenuCommands(route: Route): void {
  const toast = useToast();
  const current = useRef(route);
  current.current = route;
  useEffect(() => {
    const shell = (window as { parleyShell?: ShellBridge }).parleyShell;
    return shell?.onMenuCommand(() => {
      const r = current.current;
      if (r.screen === 'workspace' && r.step === 'plan') return;
      if (r.screen === 'workspace') navigate({ screen: 'workspace', dealId: r.dealId, step: 'plan' });
      else toast({ message: 'Open a deal to print or export its plan.' });
    });
  }, [toast]);
}
