import { useQueryClient } from '@tanstack/react-query';
import type { NewRowOf, RowOf, RowPatchOf, RowTableName } from '../../../../core/rowTables';
import { errorMessage } from '../../api/hooks';
import { refreshAfterWrite } from '../../api/refresh';
import { rowsApi } from '../../api/rows';
import { fieldSaver, type SaveField } from '../../ui/saveField';
import { useToast } from '../../ui/Toasts';

export interface RowActions<T extends RowTableName> {
  /** `afterId`: insert right after that row (Enter on a row); at the end without it. */
  create: (fields: NewRowOf<T>, afterId?: string) => Promise<RowOf<T>>;
  /** `expected`: the values the edit started from (see `rowsApi`). */
  update: (id: string, patch: RowPatchOf<T>, expected?: RowPatchOf<T>) => Promise<RowOf<T>>;
  /** `fieldsOf(id)('text')`: one autosaving field of a row, refused if edited elsewhere meanwhile. */
  fieldsOf: (id: string) => SaveField<RowPatchOf<T>>;
  move: (id: string, index: number) => Promise<unknown>;
  /** Soft delete and its Undo, for callers that raise their own toast (`useDeleteWithUndo`). */
  remove: (id: string) => Promise<unknown>;
  restore: (id: string) => Promise<RowOf<T>>;
  /** Deletes at once and offers Undo; the row is removed for good when the toast goes. */
  removeWithUndo: (id: string, description: string) => Promise<void>;
}

/** Writes for one list table; every write re-reads what the deal shows (no local copy of the truth). */
export function useRowActions<T extends RowTableName>(table: T, dealId: string): RowActions<T> {
  const client = useQueryClient();
  const toast = useToast();
  const rows = rowsApi(table);
  const settle = () => refreshAfterWrite(client, dealId);
  const run = async <R>(promise: Promise<R>): Promise<R> => {
    try {
      return await promise;
    } finally {
      void settle();
    }
  };
  const update = (id: string, patch: RowPatchOf<T>, expected?: RowPatchOf<T>) => run(rows.update(id, patch, expected));
  return {
    create: (fields, afterId) => run(rows.create(dealId, fields, afterId)),
    update,
    fieldsOf: (id) => fieldSaver<RowPatchOf<T>>((patch, expected) => update(id, patch, expected)),
    move: (id, index) => run(rows.move(id, index)),
    remove: (id) => run(rows.delete(id)),
    restore: (id) => run(rows.restore(id)),
    removeWithUndo: async (id, description) => {
      try {
        await run(rows.delete(id));
      } catch (error) {
        toast({ tone: 'error', message: errorMessage(error) });
        return;
      }
      toast({
        message: `Deleted ${description}`,
        action: {
          label: 'Undo',
          run: () =>
            void run(rows.restore(id)).catch((error) => toast({ tone: 'error', message: errorMessage(error) })),
        },
        onExpire: () => void rows.purge(id).catch(() => {}),
        durationMs: 10_000,
      });
    },
  };
}
