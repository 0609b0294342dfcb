import * as live from '../../db/repositories/live';
import type { Handlers } from '../handlers';

export const liveHandlers = {
  'live.open': (ctx, { dealId }) => live.openSession(ctx.db, dealId),
  'live.session': (ctx, { sessionId }) => live.sessionView(ctx.db, sessionId),
  'live.history': (ctx, { dealId }) => live.dealSessions(ctx.db, dealId),
  'live.addOffer': (ctx, input) => live.addOffer(ctx.db, input),
  'live.correctOffer': (ctx, input) => live.correctOffer(ctx.db, input),
  'live.strikeOffer': (ctx, { id }) => live.strikeOffer(ctx.db, id),
  'live.addEntry': (ctx, input) => live.addEntry(ctx.db, input),
  'live.correctEntry': (ctx, input) => live.correctEntry(ctx.db, input),
  'live.strikeEntry': (ctx, { id }) => live.strikeEntry(ctx.db, id),
  'live.setAuthority': (ctx, input) => live.setAuthority(ctx.db, input),
  'live.end': (ctx, { sessionId }) => live.endSession(ctx.db, sessionId),
  'live.fillDebrief': (ctx, input) => live.fillDebrief(ctx.db, input),
} satisfies Handlers<'live.'>;
