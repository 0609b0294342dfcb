import { exportDeals, importDealFile, inspectDealFile } from '../../db/dealFiles/transfer';
import type { Handlers } from '../handlers';

export const dealFileHandlers = {
  'dealFiles.export': (ctx, { ids }) => exportDeals(ctx.db, ids, ctx.dataDir),
  'dealFiles.inspect': (ctx, { text }) => inspectDealFile(ctx.db, text),
  'dealFiles.import': (ctx, { text, onConflict }) => importDealFile(ctx.db, text, onConflict ?? 'fail', ctx.dataDir),
} satisfies Handlers<'dealFiles.'>;
