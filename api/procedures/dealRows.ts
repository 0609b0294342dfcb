import { UserError } from '../../core/errors';
import { dealTable } from '../../db/dealTables/registry';
import { softDeleteTables } from '../../db/dealTables/sweep';
import { purgeRow } from '../../db/dealTables/write';
import type { Handlers } from '../handlers';
import { sweepFilesAfterWrite } from '../sweep';

export const dealRowHandlers = {
  'rows.purge': (ctx, { table, id }) => {
    if (!softDeleteTables().some((entry) => entry.name === table)) {
      throw new UserError('invalid_input', `“${table}” is not a table of deal rows that can be deleted.`, {
        table: 'Unknown table',
      });
    }
    purgeRow(ctx.db, table, id);
    // A purged row may have been the last to point at an attached file.
    if (dealTable(table).files) sweepFilesAfterWrite(ctx);
    return { id };
  },
} satisfies Handlers<'rows.'>;
