import { duplicateDeal } from '../../db/dealTables/duplicate';
import * as deals from '../../db/repositories/deals';
import { getDealProgress } from '../../db/repositories/progress';
import type { Handlers } from '../handlers';

export const dealHandlers = {
  'deals.list': (ctx, input) => deals.listDeals(ctx.db, input),
  'deals.get': (ctx, { id }) => deals.getDeal(ctx.db, id),
  'deals.progress': (ctx, { id }) => getDealProgress(ctx.db, id),
  'deals.create': (ctx, input) => deals.createDeal(ctx.db, input),
  'deals.update': (ctx, { id, patch, expected }) => deals.updateDeal(ctx.db, id, patch, expected),
  'deals.duplicate': (ctx, { id }) => duplicateDeal(ctx.db, id, ctx.dataDir),
  'deals.archive': (ctx, { id, archived }) => deals.setDealArchived(ctx.db, id, archived),
  'deals.delete': (ctx, { id }) => {
    deals.deleteDeal(ctx.db, id);
    return { id };
  },
  'deals.restore': (ctx, { id }) => deals.restoreDeal(ctx.db, id),
  'deals.purge': (ctx, { id }) => {
    deals.purgeDeal(ctx.db, id, ctx.dataDir);
    return { id };
  },
} satisfies Handlers<'deals.'>;
