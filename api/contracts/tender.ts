import { z } from 'zod';
import { PAGE_SIZES } from '../../core/plan/styles';
import type { CandidateRobustness } from '../../core/robustness/packages';
import type { BidSheetReading } from '../../core/tender/bidSheet/parse';
import type { TenderComparison } from '../../core/tender/comparison';
import { type TenderFields, tenderFieldsSchema } from '../../core/tender/fields';
import type { TenderRows } from '../../core/tender/fromRows';
import type { ScenarioRobustness } from '../../core/tender/robustness';
import { entityId } from '../../core/text';
import { mutation, query } from '../procedure';

const dealId = entityId('Deal id');
/** 10 MB of spreadsheet is far more than any bid sheet; the cap keeps a wrong file from stalling the app. */
const MAX_SHEET_BASE64 = Math.ceil((10 * 1024 * 1024 * 4) / 3);

export const bidSheetUploadSchema = z.strictObject({
  dealId,
  fileName: z
    .string({ error: 'File name must be text' })
    .trim()
    .min(1, 'File name is required')
    .max(255, 'File name must be at most 255 characters'),
  contentBase64: z
    .string({ error: 'File content must be base64 text' })
    .max(MAX_SHEET_BASE64, 'The file is larger than 10 MB; a bid sheet is much smaller.')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'File content must be base64 text'),
});

export interface DownloadAnswer {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

export interface RobustnessAnswer {
  draws: number;
  seed: number;
  packages: CandidateRobustness[];
  /** Why MESO offers could not be checked (no scored issues, no offers), if so. */
  packagesNote: string | null;
  scenarios: ScenarioRobustness[];
  ms: number;
}

const weightRange = z.strictObject({
  issueId: entityId('Issue'),
  low: z.number().min(0).max(1000),
  high: z.number().min(0).max(1000),
});

/** Tenders: several suppliers' bids on the deal's lots, award scenarios and their robustness. */
export const tenderContract = {
  'tender.get': query(z.strictObject({ dealId }))<TenderRows>(),
  'tender.update': mutation(z.strictObject({ dealId, patch: tenderFieldsSchema.partial() }))<TenderFields>(),
  /** Every bid's money, every scenario solved exactly, the counter-offers to ask for. */
  'tender.comparison': query(z.strictObject({ dealId }))<TenderComparison>(),
  'tender.bidTemplate': query(z.strictObject({ dealId, supplierId: entityId('Supplier') }))<DownloadAnswer>(),
  /** Reads a filled sheet and says what it understood; writes nothing. */
  'tender.previewBidSheet': query(bidSheetUploadSchema)<BidSheetReading>(),
  /** Reads the same file again and, only if it has no problem, stores the bid. */
  'tender.importBidSheet': mutation(bidSheetUploadSchema)<TenderRows>(),
  'tender.robustness': query(
    z.strictObject({
      dealId,
      draws: z.number().int().min(100).max(20_000).default(5000),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31)
        .default(20271201),
      weightRanges: z.array(weightRange).max(500).default([]),
      /** ± % of each estimated weight, for issues without their own range. */
      weightSpreadPct: z.number().min(0).max(100).default(30),
      scoreSpread: z.number().min(0).max(100).default(10),
    }),
  )<RobustnessAnswer>(),
  /** The comparison page on its own (the same page the plan prints). */
  'tender.comparisonDocument': query(
    z.strictObject({ dealId, pageSize: z.enum(PAGE_SIZES, { error: 'Page size must be A4 or Letter' }).default('A4') }),
  )<{ html: string }>(),
  'tender.committeeWorkbook': query(z.strictObject({ dealId }))<DownloadAnswer>(),
};
