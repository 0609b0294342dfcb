import { z } from 'zod';
import { rowPosition } from '../../core/scales';
import { entityId } from '../../core/text';
import { mutation, type Procedure, query } from '../procedure';

/**
 * The procedures of one list table of a deal, declared once: list, create, update,
 * delete (soft, undoable), restore, purge (after the undo window) and move.
 */
export const dealIdInput = z.strictObject({ dealId: entityId('Deal id') });
export const rowIdInput = z.strictObject({ id: entityId('Row id') });
export const moveInput = z.strictObject({ id: entityId('Row id'), index: rowPosition });
export const createInput = <C extends z.ZodType>(fields: C) => z.strictObject({ dealId: entityId('Deal id'), fields });
export const updateInput = <U extends z.ZodType>(patch: U) => z.strictObject({ id: entityId('Row id'), patch });
export const recordUpdateInput = <U extends z.ZodType>(patch: U) =>
  z.strictObject({ dealId: entityId('Deal id'), patch });

export const ROW_VERBS = ['list', 'create', 'update', 'delete', 'restore', 'purge', 'move'] as const;
export type RowVerb = (typeof ROW_VERBS)[number];

export type RowProcedures<P extends string, C extends z.ZodType, U extends z.ZodType, E> = {
  [K in `${P}.list`]: Procedure<typeof dealIdInput, E[]>;
} & { [K in `${P}.create`]: Procedure<ReturnType<typeof createInput<C>>, E> } & {
  [K in `${P}.update`]: Procedure<ReturnType<typeof updateInput<U>>, E>;
} & { [K in `${P}.delete`]: Procedure<typeof rowIdInput, { id: string }> } & {
  [K in `${P}.restore`]: Procedure<typeof rowIdInput, E>;
} & { [K in `${P}.purge`]: Procedure<typeof rowIdInput, { id: string }> } & {
  [K in `${P}.move`]: Procedure<typeof moveInput, E[]>;
};

export const rowProcedures =
  <P extends string, C extends z.ZodType, U extends z.ZodType>(prefix: P, create: C, patch: U) =>
  <E>(): RowProcedures<P, C, U, E> =>
    ({
      [`${prefix}.list`]: query(dealIdInput)<E[]>(),
      [`${prefix}.create`]: mutation(createInput(create))<E>(),
      [`${prefix}.update`]: mutation(updateInput(patch))<E>(),
      [`${prefix}.delete`]: mutation(rowIdInput)<{ id: string }>(),
      [`${prefix}.restore`]: mutation(rowIdInput)<E>(),
      [`${prefix}.purge`]: mutation(rowIdInput)<{ id: string }>(),
      [`${prefix}.move`]: mutation(moveInput)<E[]>(),
    }) as RowProcedures<P, C, U, E>;

export type RecordProcedures<P extends string, U extends z.ZodType, F> = {
  [K in `${P}.get`]: Procedure<typeof dealIdInput, F>;
} & { [K in `${P}.update`]: Procedure<ReturnType<typeof recordUpdateInput<U>>, F> };

/** A one-per-deal record: read (defaults until first edited) and patch. */
export const recordProcedures =
  <P extends string, U extends z.ZodType>(prefix: P, patch: U) =>
  <F>(): RecordProcedures<P, U, F> =>
    ({
      [`${prefix}.get`]: query(dealIdInput)<F>(),
      [`${prefix}.update`]: mutation(recordUpdateInput(patch))<F>(),
    }) as RecordProcedures<P, U, F>;
