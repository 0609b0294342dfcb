import { z } from 'zod';
import type { SheetLeak } from '../../core/plan/offerSheetGuard';
import { PAGE_SIZES, type PageSize } from '../../core/plan/styles';
import type { Readiness } from '../../core/readiness';
import { entityId } from '../../core/text';
import { query } from '../procedure';

export const PLAN_KINDS = ['plan', 'offer_sheet', 'meeting_brief'] as const;

export interface PlanDocumentAnswer {
  /** One self-contained HTML document: print CSS, inline SVG, no scripts. */
  html: string;
  /** Suggested PDF file name. */
  fileName: string;
  pageSize: PageSize;
  /** Milliseconds spent building it (snapshot + HTML), for the export's progress message. */
  buildMs: number;
  /** Offer sheet only: internal values found in its text, to fix or confirm before it goes out. */
  leaks: SheetLeak[];
}

/** The plan: readiness checks and the printable documents (internal plan, offer sheet, meeting brief). */
export const planContract = {
  'plan.readiness': query(z.strictObject({ dealId: entityId('Deal id') }))<Readiness>(),
  'plan.document': query(
    z.strictObject({
      dealId: entityId('Deal id'),
      kind: z.enum(PLAN_KINDS, { error: 'Document must be the plan, the offer sheet or the meeting brief' }),
      /** The meeting brief's meeting; without one, the next meeting. */
      meetingId: entityId('Meeting id').optional(),
      pageSize: z.enum(PAGE_SIZES, { error: 'Page size must be A4 or Letter' }).default('A4'),
      /** The internal plan only: open review comments printed under their section (never on the offer sheet). */
      includeComments: z.boolean().default(false),
    }),
  )<PlanDocumentAnswer>(),
};
