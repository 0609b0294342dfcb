import type { ApiContext } from '../context';
import type { ProcedureName } from '../contract';
import type { Handler } from '../handlers';

type Named<P extends string, V extends string> = Extract<`${P}.${V}`, ProcedureName>;
export type RecordHandlers<P extends string> = { [N in Named<P, 'get' | 'update'>]: Handler<N> };

/** The two handlers of a one-per-deal record, straight onto its store. */
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
