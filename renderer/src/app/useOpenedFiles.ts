import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { OpenedFileResult, ShellBridge } from '../../../api/shell';
import { useToast } from '../ui/Toasts';
import { navigate } from './route';

/**
 * A deal file opened from the file manager (Electron imports it in the main process):
 * re-read everything, say what happened, and open the deal when the file held one.
 */
export function useOpenedFiles(): void {
  const toast = useToast();
  const queryClient = useQueryClient();
  useEffect(() => {
    const shell = (window as { parleyShell?: ShellBridge }).parleyShell;
    return shell?.onOpenedFile((result: OpenedFileResult) => {
      if (!result.ok) {
        if (!result.cancelled) toast({ tone: 'error', message: result.message });
        return;
      }
      void queryClient.invalidateQueries();
      const [first] = result.deals;
      toast({
        message:
          result.deals.length === 1 && first
            ? `Imported “${first.title}” from ${result.file}.`
            : `Imported ${result.deals.length} deals from ${result.file}.`,
      });
      if (result.deals.length === 1 && first) navigate({ screen: 'workspace', dealId: first.id, step: null });
    });
  }, [toast, queryClient]);
}
