import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useRef, useState } from 'react';
import { ROW_UNDO_WINDOW_MS } from '../../../core/undo';
import { call } from '../api/client';
import { errorMessage } from '../api/hooks';
import { ConfirmDialog } from './Dialog';
import { useToast } from './Toasts';

/**
 * Delete a row: confirm first when it holds something, then offer Undo. The delete is soft
 * (the row keeps its id, children and links in the database); Undo restores it by id, and
 * when the toast goes the row is purged for good.
 */
export function useDeleteWithUndo<Row extends { id: string }>(options: {
  what: string;
  describe: (row: Row) => string;
  /** Empty rows go without asking: there is nothing to lose. */
  isEmpty?: (row: Row) => boolean;
  consequence?: (row: Row) => ReactNode;
  /** The registry name of the row's table (db/dealTables/registry.ts), for the purge. */
  table: string;
  remove: (row: Row) => Promise<unknown>;
  restore: (row: Row) => Promise<unknown>;
  /** The rows the screen shows now: a row is looked up there at each step, as fresh as the screen. */
  rows: readonly Row[] | undefined;
}) {
  const [pendingRow, setPending] = useState<Row | null>(null);
  const toast = useToast();
  const client = useQueryClient();
  const shown = useRef(options.rows);
  shown.current = options.rows;
  const fresh = (row: Row) => shown.current?.find((r) => r.id === row.id) ?? row;
  const pending = pendingRow && fresh(pendingRow);
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });

  const run = async (row: Row) => {
    setPending(null);
    try {
      await options.remove(row);
    } catch (error) {
      return fail(error);
    }
    toast({
      message: `Deleted ${options.what} “${options.describe(fresh(row)) || 'untitled'}”`,
      action: { label: 'Undo', run: () => void options.restore(row).catch(fail) },
      onExpire: () => void call('rows.purge', { table: options.table, id: row.id }).catch(() => {}),
      durationMs: ROW_UNDO_WINDOW_MS,
    });
  };

  const request = (row: Row) => {
    // An empty row goes without asking, but only once the screen has re-read the deal: a field
    // saved a moment ago may not be in `row` yet, and a lesson just typed is not empty.
    if (options.isEmpty?.(fresh(row)) && client.isFetching() === 0) void run(fresh(row));
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
