import { exportDeals, importDealFile, inspectDealFile } from '../../db/dealFiles/transfer';
import type { Handlers } from '../handlers';
import { sweepFilesAfterWrite } from '../sweep';

export const dealFileHandlers = {
  'dealFiles.export': (ctx, { ids }) => exportDeals(ctx.db, ids, ctx.dataDir),
  'dealFiles.inspect': (ctx, { text }) => inspectDealFile(ctx.db, text),
  'dealFiles.import': (ctx, { text, onConflict }) => {
    try {
      return importDealFile(ctx.db, text, onConflict ?? 'fail', ctx.dataDir);
    } finally {
      // A replaced deal's files, and anything a failed import left, go once nothing refers to them.
      sweepFilesAfterWrite(ctx);
    }
  },
} satisfies Handlers<'dealFiles.'>;
