import * as batna from '../../db/repositories/batna';
import type { Handlers } from '../handlers';

export const batnaHandlers = {
  'batna.get': (ctx, { dealId }) => batna.getBatna(ctx.db, dealId),
  'batna.update': (ctx, { dealId, patch }) => batna.updateBatna(ctx.db, dealId, patch),
  'batna.actions': (ctx, { dealId }) => batna.listBatnaActions(ctx.db, dealId),
  'batna.addAction': (ctx, input) => batna.addBatnaAction(ctx.db, input),
  'batna.updateAction': (ctx, { id, patch }) => batna.updateBatnaAction(ctx.db, id, patch),
  'batna.deleteAction': (ctx, { id }) => batna.deleteBatnaAction(ctx.db, id),
  'batna.restoreAction': (ctx, { id }) => batna.restoreBatnaAction(ctx.db, id),
} satisfies Handlers<'batna.'>;
