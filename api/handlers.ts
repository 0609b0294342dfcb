import type { ApiContext } from './context';
import type { Contract, ProcedureName } from './contract';
import type { OutputOf, ParsedInputOf } from './procedure';

export type Handler<N extends ProcedureName> = (
  ctx: ApiContext,
  input: ParsedInputOf<Contract[N]>,
) => OutputOf<Contract[N]> | Promise<OutputOf<Contract[N]>>;

/** The handlers for every procedure whose name starts with `Prefix` (one file per area). */
export type Handlers<Prefix extends string = ''> = {
  [N in ProcedureName as N extends `${Prefix}${string}` ? N : never]: Handler<N>;
};
