import { meetingBriefDocument, offerSheetDocument, planDocument, planFileName } from '../../core/plan/document';
import { checkOfferSheet } from '../../core/plan/offerSheetGuard';
import { assessReadiness } from '../../core/readiness';
import { getDealReadiness } from '../../db/repositories/readiness';
import { openComments } from '../../db/repositories/reviewComments';
import { getDealSnapshot } from '../../db/repositories/snapshot';
import type { Handlers } from '../handlers';
import { tenderPage } from './tenderPage';

export const planHandlers = {
  'plan.readiness': (ctx, { dealId }) => getDealReadiness(ctx.db, dealId),
  'plan.document': async (ctx, { dealId, kind, pageSize, meetingId, includeComments }) => {
    const start = performance.now();
    const snapshot = getDealSnapshot(ctx.db, dealId);
    // Only the internal plan carries the tender: bids and savings are not for the counterpart.
    const tender = kind === 'plan' ? await tenderPage(ctx.db, dealId) : null;
    const html =
      kind === 'plan'
        ? planDocument(snapshot, {
            pageSize,
            readiness: assessReadiness(snapshot),
            ...(tender ? { tender } : {}),
            ...(includeComments ? { comments: openComments(ctx.db, dealId) } : {}),
          })
        : kind === 'meeting_brief'
          ? meetingBriefDocument(snapshot, { pageSize, meetingId })
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
