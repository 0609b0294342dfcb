import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { notFound, UserError } from '../../core/errors';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../database';
import { copyTitle, toDeal } from '../repositories/deals';
import { deals } from '../schema';
import { exportAttachments, importAttachments, removeWrittenFiles } from './attachments';
import {
  DEAL_FILE_EXTENSION,
  DEAL_FILE_FORMAT,
  DEAL_FILE_VERSION,
  type DealFile,
  type DealRecord,
  parseDealFile,
} from './format';
import { DEAL_PARTS, type DealPart } from './parts';

export interface ExportedDealFile {
  fileName: string;
  text: string;
  count: number;
}

/** What to do with a deal whose id is already in this database (live, archived or deleted). */
export type ImportConflict = 'fail' | 'copy' | 'replace';

export interface DealFileSummary {
  version: number;
  exportedAt: string;
  deals: { id: string; title: string; counterparty: string; exists: boolean }[];
}

export interface ImportResult {
  deals: { id: string; title: string; as: 'new' | 'copy' | 'replace' }[];
}

/** A deal file's deal record is the deal as the app shows it. */
const toRecord: (row: typeof deals.$inferSelect) => DealRecord = toDeal;

function fileNameFor(records: DealRecord[]): string {
  const first = records[0];
  if (records.length === 1 && first) {
    const slug = first.title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60);
    return `${slug || 'deal'}${DEAL_FILE_EXTENSION}`;
  }
  return `parley-${records.length}-deals-${nowIso().slice(0, 10)}${DEAL_FILE_EXTENSION}`;
}

/** One consistent snapshot (a read transaction) of the given deals and all their rows. */
/** With `dataDir`, evidence files travel inside the file (see attachments.ts). */
export function exportDeals(
  db: ParleyDb,
  ids: string[],
  parts: DealPart[] = DEAL_PARTS,
  dataDir?: string,
): ExportedDealFile {
  const file = db.transaction((tx) => {
    const unique = [...new Set(ids)];
    const rows = tx.select().from(deals).where(inArray(deals.id, unique)).all();
    const byId = new Map(rows.filter((row) => row.deletedAt === null).map((row) => [row.id, row]));
    const entries = unique.map((id) => {
      const row = byId.get(id);
      if (!row) throw notFound('A deal to export');
      return {
        deal: toRecord(row),
        parts: Object.fromEntries(parts.map((part) => [part.key, part.exportRows(tx, id)])),
        attachments: dataDir ? exportAttachments(tx, dataDir, id) : [],
      };
    });
    return { format: DEAL_FILE_FORMAT, version: DEAL_FILE_VERSION, exportedAt: nowIso(), deals: entries };
  });
  return {
    fileName: fileNameFor(file.deals.map((entry) => entry.deal)),
    text: `${JSON.stringify(file, null, 2)}\n`,
    count: file.deals.length,
  };
}

function existingIds(db: ParleyDb, file: DealFile): Set<string> {
  const ids = file.deals.map((entry) => entry.deal.id);
  return new Set(
    db
      .select({ id: deals.id })
      .from(deals)
      .where(inArray(deals.id, ids))
      .all()
      .map((row) => row.id),
  );
}

/** Validates the whole file and says which of its deals already exist; writes nothing. */
export function inspectDealFile(db: ParleyDb, text: string, parts: DealPart[] = DEAL_PARTS): DealFileSummary {
  const file = parseDealFile(text, { parts });
  const existing = existingIds(db, file);
  return {
    version: file.version,
    exportedAt: file.exportedAt,
    deals: file.deals.map(({ deal }) => ({
      id: deal.id,
      title: deal.title,
      counterparty: deal.counterparty,
      exists: existing.has(deal.id),
    })),
  };
}

const isConstraintError = (error: unknown) =>
  error instanceof Error && /^SQLITE_CONSTRAINT/.test((error as { code?: string }).code ?? '');

/**
 * Validates the whole file, then writes every deal in ONE transaction: any failure leaves
 * the database exactly as it was. Deals already present are refused (`fail`), imported
 * under fresh ids with every child row re-keyed (`copy`), or replaced: the old deal and,
 * through ON DELETE CASCADE, all its rows are removed first (`replace`).
 */
export function importDealFile(
  db: ParleyDb,
  text: string,
  onConflict: ImportConflict = 'fail',
  parts: DealPart[] = DEAL_PARTS,
  dataDir?: string,
): ImportResult {
  const file = parseDealFile(text, { parts });
  // Files are written before the commit; if anything fails they are removed again.
  const written: string[] = [];
  try {
    return db.transaction((tx) => {
      const existing = existingIds(tx, file);
      if (existing.size > 0 && onConflict === 'fail') {
        const titles = file.deals
          .filter((entry) => existing.has(entry.deal.id))
          .map((entry) => `“${entry.deal.title}”`);
        throw new UserError(
          'conflict',
          `${titles.slice(0, 3).join(', ')}${titles.length > 3 ? ` and ${titles.length - 3} more` : ''} already ` +
            `${titles.length === 1 ? 'exists' : 'exist'} in Parley. Import as a copy, or replace the existing ` +
            `${titles.length === 1 ? 'deal' : 'deals'}. Nothing was imported.`,
        );
      }
      const result: ImportResult = { deals: [] };
      const now = nowIso();
      for (const { deal, parts: lists, attachments } of file.deals) {
        const clash = existing.has(deal.id);
        const asCopy = clash && onConflict === 'copy';
        const fresh = new Map<string, string>();
        const mapId = asCopy
          ? (id: string) => {
              let mapped = fresh.get(id);
              if (!mapped) {
                mapped = randomUUID();
                fresh.set(id, mapped);
              }
              return mapped;
            }
          : (id: string) => id;
        if (clash && onConflict === 'replace') tx.delete(deals).where(eq(deals.id, deal.id)).run();
        const record = asCopy ? { ...deal, title: copyTitle(deal.title), createdAt: now, updatedAt: now } : deal;
        const id = mapId(deal.id);
        tx.insert(deals)
          .values({ ...record, id, deletedAt: null })
          .run();
        for (const part of parts) {
          const rows = (lists as Record<string, Record<string, unknown>[] | undefined>)[part.key] ?? [];
          part.importRows(tx, id, rows, mapId);
        }
        if (dataDir) importAttachments(tx, dataDir, id, attachments, mapId, written);
        result.deals.push({ id, title: record.title, as: asCopy ? 'copy' : clash ? 'replace' : 'new' });
      }
      return result;
    });
  } catch (error) {
    if (dataDir) removeWrittenFiles(dataDir, written);
    if (isConstraintError(error)) {
      throw new UserError(
        'conflict',
        'This deal file contains records that clash with records already in Parley. Try importing as a copy. Nothing was imported.',
      );
    }
    throw error;
  }
}
