import type { z } from 'zod';

/**
 * One procedure of the API: its input schema and (as a type only) its output.
 * The output is a phantom type: handlers are checked against it at compile time, and
 * the renderer client reads it, without shipping a runtime schema for every result.
 */
export interface Procedure<Input extends z.ZodType, Output> {
  input: Input;
  /** Mutations make the renderer re-read; queries do not. */
  kind: 'query' | 'mutation';
  readonly __output?: Output;
}

export const query =
  <Input extends z.ZodType>(input: Input) =>
  <Output>(): Procedure<Input, Output> => ({ input, kind: 'query' });

export const mutation =
  <Input extends z.ZodType>(input: Input) =>
  <Output>(): Procedure<Input, Output> => ({ input, kind: 'mutation' });

// biome-ignore lint/suspicious/noExplicitAny: a table of procedures of any shape
export type AnyProcedure = Procedure<any, any>;
export type InputOf<P> = P extends Procedure<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<P> = P extends Procedure<infer I, unknown> ? z.output<I> : never;
export type OutputOf<P> = P extends Procedure<z.ZodType, infer O> ? O : never;

/** What crosses either transport: never a thrown error, never a stack trace. */
export type Envelope<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: string; message: string; fieldErrors: Record<string, string> } };
