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
