import type { RowStore } from '../../db/repositories/dealRows';
import type { ApiContext } from '../context';
import type { ProcedureName } from '../contract';
import type { RowVerb } from '../contracts/rows';
import type { Handler } from '../handlers';

type Named<P extends string, V extends string> = Extract<`${P}.${V}`, ProcedureName>;
export type RowHandlers<P extends string> = { [N in Named<P, RowVerb>]: Handler<N> };
export type RecordHandlers<P extends string> = { [N in Named<P, 'get' | 'update'>]: Handler<N> };

/** The seven handlers of a list table, straight onto its row store. */
export function rowHandlers<P extends string>(
  prefix: P,
  store: RowStore<unknown>,
  purge: (ctx: ApiContext, id: string) => unknown = (ctx, id) => store.purge(ctx.db, id),
): RowHandlers<P> {
  const handlers: Record<string, (ctx: ApiContext, input: never) => unknown> = {
    [`${prefix}.list`]: (ctx, { dealId }: { dealId: string }) => store.list(ctx.db, dealId),
    [`${prefix}.create`]: (ctx, { dealId, fields }: { dealId: string; fields: unknown }) =>
      store.create(ctx.db, dealId, fields),
    [`${prefix}.update`]: (ctx, { id, patch }: { id: string; patch: unknown }) => store.update(ctx.db, id, patch),
    [`${prefix}.delete`]: (ctx, { id }: { id: string }) => store.remove(ctx.db, id),
    [`${prefix}.restore`]: (ctx, { id }: { id: string }) => store.restore(ctx.db, id),
    [`${prefix}.purge`]: (ctx, { id }: { id: string }) => {
      purge(ctx, id);
      return { id };
    },
    [`${prefix}.move`]: (ctx, { id, index }: { id: string; index: number }) => store.move(ctx.db, id, index),
  };
  return handlers as unknown as RowHandlers<P>;
}

export function recordHandlers<P extends string>(
  prefix: P,
  store: {
    get(db: ApiContext['db'], dealId: string): unknown;
    update(db: ApiContext['db'], dealId: string, patch: unknown): unknown;
  },
): RecordHandlers<P> {
  const handlers: Record<string, (ctx: ApiContext, input: never) => unknown> = {
    [`${prefix}.get`]: (ctx, { dealId }: { dealId: string }) => store.get(ctx.db, dealId),
    [`${prefix}.update`]: (ctx, { dealId, patch }: { dealId: string; patch: unknown }) =>
      store.update(ctx.db, dealId, patch),
  };
  return handlers as unknown as RecordHandlers<P>;
}
