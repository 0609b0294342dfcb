import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { NewRowOf, RowOf, RowPatchOf, RowTableName } from '../../../core/rowTables';
import { type ApiCallError, call, type Input } from './client';
import { apiQuery } from './hooks';

/**
 * The generic row procedures (`rows.*`), typed for one list table: `rowsApi('teamMembers')`
 * lists, creates and patches TeamMember rows. The contract validates by table name; this
 * only gives each table its own types.
 */
export function rowsApi<T extends RowTableName>(table: T) {
  return {
    list: (dealId: string) => call('rows.list', { table, dealId }) as Promise<RowOf<T>[]>,
    /** `afterId`: insert right after that row (Enter on a row); at the end without it. */
    create: (dealId: string, fields: NewRowOf<T>, afterId?: string) =>
      call('rows.create', {
        table,
        dealId,
        fields,
        ...(afterId ? { afterId } : {}),
      } as Input<'rows.create'>) as Promise<RowOf<T>>,
    /** `expected`: the values the edit started from; a field changed in another window meanwhile refuses the save. */
    update: (id: string, patch: RowPatchOf<T>, expected?: RowPatchOf<T>) =>
      call('rows.update', { table, id, patch, ...(expected ? { expected } : {}) } as Input<'rows.update'>) as Promise<
        RowOf<T>
      >,
    delete: (id: string) => call('rows.delete', { table, id }),
    restore: (id: string) => call('rows.restore', { table, id }) as Promise<RowOf<T>>,
    purge: (id: string) => call('rows.purge', { table, id }),
    move: (id: string, index: number) => call('rows.move', { table, id, index }) as Promise<RowOf<T>[]>,
  };
}

/** The live rows of one list table of a deal, re-read after any write to the deal. */
export function useRows<T extends RowTableName>(table: T, dealId: string): UseQueryResult<RowOf<T>[], ApiCallError> {
  return useQuery(apiQuery('rows.list', { table, dealId })) as UseQueryResult<RowOf<T>[], ApiCallError>;
}
