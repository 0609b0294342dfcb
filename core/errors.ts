/**
 * Errors the user is meant to read. Anything else that escapes a handler is a bug and
 * reaches the user only as a generic message (its details go to the log).
 */
export type UserErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'unavailable';

export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    /** Field path → message, so a form can show the message beside the field. */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export const notFound = (what: string) =>
  new UserError('not_found', `${what} was not found. It may have been deleted.`);

const sameValue = (a: unknown, b: unknown): boolean =>
  Object.is(a, b) || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/**
 * Two windows editing the same field: a write carries `expected`, the values its edit
 * started from. If one of them is no longer what is stored, someone else changed that field
 * meanwhile, and the write is refused (code `conflict`) rather than silently overwriting
 * theirs; the field shows the newer value and keeps the user's text beside it. Compared
 * field by field, so an edit of one field never clashes with another changed elsewhere.
 * Deals (db/repositories/deals.ts) and every deal row (db/dealTables/write.ts) use this.
 */
export function refuseIfChangedElsewhere(stored: Record<string, unknown>, expected: Record<string, unknown>): void {
  const changed = Object.keys(expected).filter(
    (field) => expected[field] !== undefined && !sameValue(stored[field], expected[field]),
  );
  if (changed.length === 0) return;
  throw new UserError(
    'conflict',
    'This was changed in another window meanwhile. The newer version is shown; yours was not saved.',
    Object.fromEntries(changed.map((field) => [field, 'Changed in another window'])),
  );
}
