import { UserError } from '../../core/errors';
import { removeUnreferencedFiles } from '../../db/dealTables/files';
import { dealTable } from '../../db/dealTables/registry';
import { softDeleteTables } from '../../db/dealTables/sweep';
import { purgeRow } from '../../db/dealTables/write';
import { rowStore } from '../../db/repositories/rowStores';
import type { Handlers } from '../handlers';
import { sweepFilesAfterWrite } from '../sweep';

/** The generic row family: each verb straight onto the table's row store (db/repositories/rowStores.ts). */
export const rowHandlers = {
  'rows.list': (ctx, { table, dealId }) => rowStore(table).list(ctx.db, dealId),
  'rows.create': (ctx, { table, dealId, fields, afterId }) => rowStore(table).create(ctx.db, dealId, fields, afterId),
  'rows.update': (ctx, { table, id, patch, expected }) => rowStore(table).update(ctx.db, id, patch, expected),
  'rows.delete': (ctx, { table, id }) => rowStore(table).remove(ctx.db, id),
  'rows.restore': (ctx, { table, id }) => rowStore(table).restore(ctx.db, id),
  'rows.move': (ctx, { table, id, index }) => rowStore(table).move(ctx.db, id, index),
  'rows.purge': (ctx, { table, id }) => {
    if (!softDeleteTables().some((entry) => entry.name === table)) {
      throw new UserError('invalid_input', `“${table}” is not a table of deal rows that can be deleted.`, {
        table: 'Unknown table',
      });
    }
    const row = purgeRow(ctx.db, table, id);
    // A purged row may have been the last to point at an attached file.
    const files = dealTable(table).files;
    if (files && ctx.dataDir) removeUnreferencedFiles(ctx.db, ctx.dataDir, [row[files.path] as string | null]);
    if (files) sweepFilesAfterWrite(ctx);
    return { id };
  },
} satisfies Handlers<'rows.'>;
