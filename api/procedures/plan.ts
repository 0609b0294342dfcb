import { offerSheetDocument, planDocument, planFileName } from '../../core/plan/document';
import { checkOfferSheet } from '../../core/plan/offerSheetGuard';
import { assessReadiness } from '../../core/readiness';
import { getDealReadiness } from '../../db/repositories/readiness';
import { getDealSnapshot } from '../../db/repositories/snapshot';
import type { Handlers } from '../handlers';

export const planHandlers = {
  'plan.readiness': (ctx, { dealId }) => getDealReadiness(ctx.db, dealId),
  'plan.document': (ctx, { dealId, kind, pageSize }) => {
    const start = performance.now();
    const snapshot = getDealSnapshot(ctx.db, dealId);
    const html =
      kind === 'plan'
        ? planDocument(snapshot, { pageSize, readiness: assessReadiness(snapshot) })
        : offerSheetDocument(snapshot, { pageSize });
    const leaks = kind === 'offer_sheet' ? checkOfferSheet(snapshot) : [];
    return {
      html,
      fileName: planFileName(snapshot, kind),
      pageSize,
      buildMs: Math.round(performance.now() - start),
      leaks,
    };
  },
} satisfies Handlers<'plan.'>;
