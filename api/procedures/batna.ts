import * as batna from '../../db/repositories/batna';
import type { Handlers } from '../handlers';

export const batnaHandlers = {
  'batna.get': (ctx, { dealId }) => batna.getBatna(ctx.db, dealId),
  'batna.update': (ctx, { dealId, patch }) => batna.updateBatna(ctx.db, dealId, patch),
} satisfies Handlers<'batna.'>;
