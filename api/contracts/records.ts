import { z } from 'zod';
import { entityId } from '../../core/text';
import { mutation, type Procedure, query } from '../procedure';

export const dealIdInput = z.strictObject({ dealId: entityId('Deal id') });
export const recordUpdateInput = <U extends z.ZodType>(patch: U) =>
  z.strictObject({ dealId: entityId('Deal id'), patch });

export type RecordProcedures<P extends string, U extends z.ZodType, F> = {
  [K in `${P}.get`]: Procedure<typeof dealIdInput, F>;
} & { [K in `${P}.update`]: Procedure<ReturnType<typeof recordUpdateInput<U>>, F> };

/** A one-per-deal record (governance, the no-deal assessment): read (defaults until first edited) and patch. */
export const recordProcedures =
  <P extends string, U extends z.ZodType>(prefix: P, patch: U) =>
  <F>(): RecordProcedures<P, U, F> =>
    ({
      [`${prefix}.get`]: query(dealIdInput)<F>(),
      [`${prefix}.update`]: mutation(recordUpdateInput(patch))<F>(),
    }) as RecordProcedures<P, U, F>;
