import { type ReactNode, useState } from 'react';
import { errorMessage } from '../api/hooks';
import { ConfirmDialog } from './Dialog';
import { useToast } from './Toasts';

/**
 * Delete a row: confirm first when it holds something, then offer Undo, which puts back
 * exactly what the delete answered (same id, same children, same links).
 */
export function useDeleteWithUndo<Row, Snapshot>(options: {
  what: string;
  describe: (row: Row) => string;
  /** Empty rows go without asking: there is nothing to lose. */
  isEmpty?: (row: Row) => boolean;
  consequence?: (row: Row) => ReactNode;
  remove: (row: Row) => Promise<Snapshot>;
  restore: (snapshot: Snapshot) => Promise<unknown>;
}) {
  const [pending, setPending] = useState<Row | null>(null);
  const toast = useToast();
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });

  const run = async (row: Row) => {
    setPending(null);
    let snapshot: Snapshot;
    try {
      snapshot = await options.remove(row);
    } catch (error) {
      return fail(error);
    }
    toast({
      message: `Deleted ${options.what} “${options.describe(row) || 'untitled'}”`,
      action: { label: 'Undo', run: () => void options.restore(snapshot).catch(fail) },
    });
  };

  const request = (row: Row) => {
    if (options.isEmpty?.(row)) void run(row);
    else setPending(row);
  };

  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title={`Delete ${options.what}?`}
      message={
        pending ? (
          <>
            “{options.describe(pending) || 'Untitled'}” will be deleted. {options.consequence?.(pending)} You can undo
            this for a few seconds.
          </>
        ) : null
      }
      confirmLabel="Delete"
      danger
      onConfirm={() => pending && void run(pending)}
      onCancel={() => setPending(null)}
    />
  );
  return { request, dialog };
}
