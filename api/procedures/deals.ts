import * as deals from '../../db/repositories/deals';
import { dealAttachmentPaths, removeUnreferencedFiles } from '../../db/repositories/evidence';
import { getDealProgress } from '../../db/repositories/progress';
import type { Handlers } from '../handlers';

export const dealHandlers = {
  'deals.list': (ctx, input) => deals.listDeals(ctx.db, input),
  'deals.get': (ctx, { id }) => deals.getDeal(ctx.db, id),
  'deals.progress': (ctx, { id }) => getDealProgress(ctx.db, id),
  'deals.create': (ctx, input) => deals.createDeal(ctx.db, input),
  'deals.update': (ctx, { id, patch, expected }) => deals.updateDeal(ctx.db, id, patch, expected),
  'deals.duplicate': (ctx, { id }) => deals.duplicateDeal(ctx.db, id),
  'deals.archive': (ctx, { id, archived }) => deals.setDealArchived(ctx.db, id, archived),
  'deals.delete': (ctx, { id }) => {
    deals.deleteDeal(ctx.db, id);
    return { id };
  },
  'deals.restore': (ctx, { id }) => deals.restoreDeal(ctx.db, id),
  'deals.purge': (ctx, { id }) => {
    // Files are read before the rows cascade away, and removed once nothing refers to them.
    const files = dealAttachmentPaths(ctx.db, id);
    deals.purgeDeal(ctx.db, id);
    if (ctx.dataDir) removeUnreferencedFiles(ctx.db, ctx.dataDir, files);
    return { id };
  },
} satisfies Handlers<'deals.'>;
