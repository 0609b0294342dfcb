import { ZodError, type z } from 'zod';
import { UserError } from '../core/errors';
import type { ApiContext } from './context';
import { type Contract, contract, type ProcedureName } from './contract';
import type { Handler } from './handlers';
import type { Envelope, OutputOf, ParsedInputOf } from './procedure';
import { handlers } from './router';
import { storageFailure } from './storageError';

export const isProcedureName = (name: string): name is ProcedureName => Object.hasOwn(contract, name);

/** Turns zod's issues into one readable sentence plus per-field messages. */
export function describeInvalidInput(error: ZodError): Envelope<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(input)';
    fieldErrors[path] ??= issue.message;
  }
  const messages = [...new Set(error.issues.map((issue) => readableIssue(issue)))];
  return {
    ok: false,
    error: { code: 'invalid_input', message: messages.slice(0, 3).join(' · '), fieldErrors },
  };
}

function readableIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `Unknown field(s): ${issue.keys.join(', ')}`;
  const field = issue.path.length ? issue.path.map(String).join('.') : '';
  // Our schemas phrase messages with the field's label; zod's generic ones need the path.
  return /^[A-Z]/.test(issue.message) || !field ? issue.message : `${field}: ${issue.message}`;
}

export interface InvokeLog {
  error(message: string, error: unknown): void;
}

/**
 * The one entry point both shells use: validate with the procedure's schema, run its
 * handler, and answer with an envelope. Unexpected errors are logged and reported
 * without internals, so no stack trace or SQL ever reaches the user.
 */
export async function invoke<N extends ProcedureName>(
  ctx: ApiContext,
  name: N,
  rawInput: unknown,
  log: InvokeLog = console,
): Promise<Envelope<OutputOf<Contract[N]>>> {
  const parsed = contract[name].input.safeParse(rawInput);
  if (!parsed.success) return describeInvalidInput(parsed.error);
  // While a restore swaps the data underneath, writes would wait on SQLite's lock and fail
  // obscurely; refuse them plainly instead (reads still answer).
  const maintenance = ctx.storage?.maintenance;
  if (maintenance && contract[name].kind === 'mutation') {
    return {
      ok: false,
      error: { code: 'unavailable', message: `${maintenance} Try again in a moment.`, fieldErrors: {} },
    };
  }
  try {
    const handler = handlers[name] as Handler<N>;
    return { ok: true, value: await handler(ctx, parsed.data as ParsedInputOf<Contract[N]>) };
  } catch (error) {
    if (error instanceof UserError) {
      return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
    }
    if (error instanceof ZodError) return describeInvalidInput(error);
    log.error(`Procedure ${name} failed`, error);
    const storage = storageFailure(error);
    if (storage) return { ok: false, error: { ...storage, fieldErrors: {} } };
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong while saving or loading. Your last change may not have been saved.',
        fieldErrors: {},
      },
    };
  }
}

/** Entry for transports that receive the name as a string (HTTP path, IPC channel). */
export function invokeByName(ctx: ApiContext, name: string, rawInput: unknown, log?: InvokeLog) {
  if (!isProcedureName(name)) {
    return Promise.resolve<Envelope<never>>({
      ok: false,
      error: { code: 'not_found', message: `Unknown procedure "${name}".`, fieldErrors: {} },
    });
  }
  return invoke(ctx, name, rawInput, log);
}
