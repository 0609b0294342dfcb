import { UserError } from '../../core/errors';

export const alreadyExists = (what: string) =>
  new UserError('conflict', `${what} already exists, so it cannot be restored again.`);

/** A link to a row of another deal is refused, with the field it came from. */
export const foreignRow = (what: string, field: string) =>
  new UserError('invalid_input', `${what} does not belong to this deal.`, {
    [field]: `${what} does not belong to this deal.`,
  });
