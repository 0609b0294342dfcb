import * as meso from '../../db/repositories/meso';
import type { Handlers } from '../handlers';

export const mesoHandlers = {
  'meso.grid': (ctx, { dealId }) => meso.getMesoGrid(ctx.db, dealId),
  'meso.updateSettings': (ctx, { dealId, patch }) => meso.updateMesoSettings(ctx.db, dealId, patch),
  'meso.setChoice': (ctx, input) => meso.setOfferChoice(ctx.db, input),
  'meso.applySuggestions': (ctx, input) => meso.applySuggestions(ctx.db, input),
} satisfies Handlers<'meso.'>;
