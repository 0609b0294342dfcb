import { UserError } from '../../core/errors';
import { MESO_SETTINGS_DEFAULTS } from '../../core/mesoOffers';
import { tenderComparisonDocument } from '../../core/plan/document';
import { dealPackageRobustness } from '../../core/robustness/dealPackages';
import { BidSheetFileError, gridFromFile } from '../../core/tender/bidSheet/grid';
import { readBidSheet } from '../../core/tender/bidSheet/parse';
import { bidTemplate } from '../../core/tender/bidSheet/template';
import { committeeWorkbook } from '../../core/tender/committeeWorkbook';
import { tenderComparisonSection } from '../../core/tender/comparisonSection';
import { toTender } from '../../core/tender/fromRows';
import { awardRobustness } from '../../core/tender/robustness';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../../db/database';
import { getDeal } from '../../db/repositories/deals';
import { getDealSnapshot } from '../../db/repositories/snapshot';
import { getTenderRows, saveBidFromSheet, updateTender } from '../../db/repositories/tender';
import type { Handlers } from '../handlers';
import { tenderComparisonOf } from './tenderPage';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fileSafe = (text: string) =>
  text
    .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80) || 'tender';

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function readSheet(db: ParleyDb, dealId: string, fileName: string, contentBase64: string) {
  const rows = getTenderRows(db, dealId);
  try {
    const grid = await gridFromFile(fileName, new Uint8Array(Buffer.from(contentBase64, 'base64')));
    return readBidSheet(grid, toTender(rows));
  } catch (error) {
    if (error instanceof BidSheetFileError) throw new UserError('invalid_input', error.message);
    throw error;
  }
}

export const tenderHandlers = {
  'tender.get': (ctx, { dealId }) => getTenderRows(ctx.db, dealId),
  'tender.update': (ctx, { dealId, patch }) => updateTender(ctx.db, dealId, patch),
  'tender.comparison': async (ctx, { dealId }) => (await tenderComparisonOf(ctx.db, dealId)).comparison,
  'tender.bidTemplate': async (ctx, { dealId, supplierId }) => {
    const rows = getTenderRows(ctx.db, dealId);
    const supplier = rows.suppliers.find((s) => s.id === supplierId);
    if (!supplier) throw new UserError('not_found', 'The supplier was not found in this tender.');
    if (rows.lots.length === 0)
      throw new UserError('invalid_input', 'Add the lots first: the bid sheet asks a price for each.');
    const deal = getDeal(ctx.db, dealId);
    const bytes = await bidTemplate({ dealTitle: deal.title, tender: toTender(rows), supplier });
    return {
      fileName: `Bid sheet - ${fileSafe(deal.title)} - ${fileSafe(supplier.name)}.xlsx`,
      contentType: XLSX,
      contentBase64: toBase64(bytes),
    };
  },
  'tender.previewBidSheet': (ctx, { dealId, fileName, contentBase64 }) =>
    readSheet(ctx.db, dealId, fileName, contentBase64),
  'tender.importBidSheet': async (ctx, { dealId, fileName, contentBase64 }) => {
    const reading = await readSheet(ctx.db, dealId, fileName, contentBase64);
    return saveBidFromSheet(ctx.db, dealId, reading, fileName);
  },
  'tender.robustness': async (ctx, input) => {
    const start = performance.now();
    const snapshot = getDealSnapshot(ctx.db, input.dealId);
    const { rows, tender, comparison } = await tenderComparisonOf(ctx.db, input.dealId);
    const packages = dealPackageRobustness({
      issues: snapshot.issues,
      offers: (snapshot.meso?.offers ?? []).map((o) => ({ ...o })),
      settings: snapshot.meso?.settings ?? MESO_SETTINGS_DEFAULTS,
      batna: snapshot.batna,
      weightRanges: input.weightRanges,
      weightSpreadPct: input.weightSpreadPct,
      scoreSpread: input.scoreSpread,
      draws: input.draws,
      seed: input.seed,
    });
    const scenarios = awardRobustness({
      tender,
      scenarios: comparison.scenarios.flatMap((s) =>
        s.outcome.status === 'awarded' ? [{ id: s.kind, label: s.label, assignment: s.outcome.assignment }] : [],
      ),
      qualitySpread: rows.tender.qualitySpread,
      priceWeightRange: { low: rows.tender.priceWeightLow, high: rows.tender.priceWeightHigh },
      draws: input.draws,
      seed: input.seed,
    });
    return {
      draws: input.draws,
      seed: input.seed,
      packages: packages.packages,
      packagesNote: packages.note,
      scenarios,
      ms: Math.round(performance.now() - start),
    };
  },
  'tender.comparisonDocument': async (ctx, { dealId, pageSize }) => {
    const deal = getDeal(ctx.db, dealId);
    const { tender, comparison } = await tenderComparisonOf(ctx.db, dealId);
    return {
      html: tenderComparisonDocument(deal.title, nowIso(), tenderComparisonSection(tender, comparison), { pageSize }),
    };
  },
  'tender.committeeWorkbook': async (ctx, { dealId }) => {
    const deal = getDeal(ctx.db, dealId);
    const { tender, comparison } = await tenderComparisonOf(ctx.db, dealId);
    const bytes = await committeeWorkbook(deal.title, tender, comparison);
    return {
      fileName: `Tender comparison - ${fileSafe(deal.title)}.xlsx`,
      contentType: XLSX,
      contentBase64: toBase64(bytes),
    };
  },
} satisfies Handlers<'tender.'>;
