import { proposeMoments } from '../../core/debrief/transcript';
import { computeInsights } from '../../core/insights';
import * as debrief from '../../db/repositories/debrief';
import { withDance } from '../../db/repositories/live';
import type { Handlers } from '../handlers';

export const debriefHandlers = {
  'debrief.get': (ctx, { dealId }) => debrief.getDebrief(ctx.db, dealId),
  'debrief.update': (ctx, { dealId, patch }) => debrief.updateDebrief(ctx.db, dealId, patch),
  'debrief.setAgreed': (ctx, input) => debrief.setAgreedOption(ctx.db, input),
  'debrief.proposeMoments': (_ctx, { text, ourNames }) => proposeMoments(text, ourNames),
  'debrief.reminders': (ctx, { dealId }) => debrief.lessonReminders(ctx.db, dealId),
} satisfies Handlers<'debrief.'>;

export const momentTypeHandlers = {
  'momentTypes.list': (ctx) => debrief.listMomentTypes(ctx.db),
  'momentTypes.add': (ctx, input) => debrief.addMomentType(ctx.db, input),
  'momentTypes.update': (ctx, { id, patch }) => debrief.updateMomentType(ctx.db, id, patch),
} satisfies Handlers<'momentTypes.'>;

export const insightHandlers = {
  'insights.get': (ctx, filter) =>
    computeInsights(withDance(ctx.db, debrief.debriefedDeals(ctx.db)), filter, debrief.listMomentTypes(ctx.db)),
} satisfies Handlers<'insights.'>;
