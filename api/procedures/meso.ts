import * as meso from '../../db/repositories/meso';
import type { Handlers } from '../handlers';

export const mesoHandlers = {
  'meso.grid': (ctx, { dealId }) => meso.getMesoGrid(ctx.db, dealId),
  'meso.updateSettings': (ctx, { dealId, patch }) => meso.updateMesoSettings(ctx.db, dealId, patch),
  'meso.addOffer': (ctx, input) => meso.addOffer(ctx.db, input),
  'meso.updateOffer': (ctx, { id, patch }) => meso.updateOffer(ctx.db, id, patch),
  'meso.setChoice': (ctx, input) => meso.setOfferChoice(ctx.db, input),
  'meso.deleteOffer': (ctx, { id }) => meso.deleteOffer(ctx.db, id),
  'meso.restoreOffer': (ctx, { id }) => meso.restoreOffer(ctx.db, id),
  'meso.applySuggestions': (ctx, input) => meso.applySuggestions(ctx.db, input),
} satisfies Handlers<'meso.'>;
