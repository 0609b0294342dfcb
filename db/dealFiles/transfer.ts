import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { MAX_DEAL_FILE_BYTES, MAX_DEAL_FILE_MB } from '../../core/dealFileLimits';
import { notFound, UserError } from '../../core/errors';
import { nowIso } from '../../core/time';
import { dealFilePaths, removeFilesOfRemovedRows } from '../dealTables/files';
import { DEAL_TABLES } from '../dealTables/registry';
import { type DealParts, exportParts, importParts, type MapId } from '../dealTables/transfer';
import type { DealTable } from '../dealTables/types';
import type { ParleyDb } from '../parleyDb';
import { copyTitle, toDeal } from '../repositories/deals';
import { deals } from '../schema';
import { exportAttachments, type FileAttachment, importAttachments, removeWrittenFiles } from './attachments';
import {
  DEAL_FILE_EXTENSION,
  DEAL_FILE_FORMAT,
  DEAL_FILE_VERSION,
  type DealFile,
  type DealRecord,
  parseDealFile,
} from './format';

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

/** One deal as a deal file carries it. */
export interface DealEntry {
  deal: DealRecord;
  parts: DealParts;
  attachments: FileAttachment[];
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

/**
 * The given live deals with every row of every registry table, read in the caller's
 * transaction. With `dataDir`, files travel too (see attachments.ts).
 */
export function readDealEntries(
  tx: ParleyDb,
  ids: readonly string[],
  dataDir?: string,
  tables: readonly DealTable[] = DEAL_TABLES,
): DealEntry[] {
  const unique = [...new Set(ids)];
  const rows = tx.select().from(deals).where(inArray(deals.id, unique)).all();
  const byId = new Map(rows.filter((row) => row.deletedAt === null).map((row) => [row.id, row]));
  const parts = exportParts(tx, unique, tables);
  return unique.map((id) => {
    const row = byId.get(id);
    const dealParts = parts.get(id);
    if (!row || !dealParts) throw notFound('A deal to export');
    return {
      deal: toRecord(row),
      parts: dealParts.parts,
      attachments: dataDir ? exportAttachments(dataDir, dealParts.rows, tables) : [],
    };
  });
}

/** One consistent snapshot (a read transaction) of the given deals and all their rows. */
export function exportDeals(
  db: ParleyDb,
  ids: string[],
  dataDir?: string,
  tables: readonly DealTable[] = DEAL_TABLES,
): ExportedDealFile {
  const file = db.transaction((tx) => ({
    format: DEAL_FILE_FORMAT,
    version: DEAL_FILE_VERSION,
    exportedAt: nowIso(),
    deals: readDealEntries(tx, ids, dataDir, tables),
  }));
  const text = `${JSON.stringify(file, null, 2)}\n`;
  if (Buffer.byteLength(text) > MAX_DEAL_FILE_BYTES) {
    throw new UserError(
      'invalid_input',
      `These deals make a file larger than ${MAX_DEAL_FILE_MB} MB, which Parley could not import again. ` +
        'Export fewer deals at a time.',
    );
  }
  return { fileName: fileNameFor(file.deals.map((entry) => entry.deal)), text, count: file.deals.length };
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
export function inspectDealFile(
  db: ParleyDb,
  text: string,
  tables: readonly DealTable[] = DEAL_TABLES,
): DealFileSummary {
  const file = parseDealFile(text, { tables });
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

/** Fresh ids for every id met, the same fresh id each time the same id is met. */
export function freshIds(): MapId {
  const fresh = new Map<string, string>();
  return (id: string) => {
    let mapped = fresh.get(id);
    if (!mapped) {
      mapped = randomUUID();
      fresh.set(id, mapped);
    }
    return mapped;
  };
}

/**
 * Writes one deal and its rows (the one write path of import and duplicate). The deal
 * record is written as given under `mapId(deal.id)`; files are written under dataDir and
 * listed in `written`.
 */
export function writeDealEntry(
  tx: ParleyDb,
  entry: DealEntry,
  mapId: MapId,
  options: { dataDir?: string | undefined; written: string[]; tables?: readonly DealTable[] },
): string {
  const id = mapId(entry.deal.id);
  tx.insert(deals)
    .values({ ...entry.deal, id, deletedAt: null })
    .run();
  importParts(tx, id, entry.parts, mapId, options.tables);
  if (options.dataDir) {
    importAttachments(tx, options.dataDir, id, entry.attachments, mapId, options.written, options.tables);
  }
  return id;
}

/**
 * Validates the whole file (rows, and that each deal is whole and closed), then writes
 * every deal in ONE transaction: any failure leaves the database exactly as it was.
 * Deals already present are refused (`fail`), imported under fresh ids with every row
 * re-keyed (`copy`), or replaced: the old deal, its rows (ON DELETE CASCADE) and, after
 * the commit, its files are removed first (`replace`).
 */
export function importDealFile(
  db: ParleyDb,
  text: string,
  onConflict: ImportConflict = 'fail',
  dataDir?: string,
  tables: readonly DealTable[] = DEAL_TABLES,
): ImportResult {
  const file = parseDealFile(text, { tables });
  // Files are written before the commit; if anything fails they are removed again.
  const written: string[] = [];
  let replacedFiles: string[] = [];
  let result: ImportResult;
  try {
    result = db.transaction((tx) => {
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
      const answer: ImportResult = { deals: [] };
      const now = nowIso();
      const replaced = file.deals.filter((e) => existing.has(e.deal.id)).map((e) => e.deal.id);
      if (onConflict === 'replace' && replaced.length > 0) {
        replacedFiles = dealFilePaths(tx, replaced, tables);
        tx.delete(deals).where(inArray(deals.id, replaced)).run();
      }
      for (const entry of file.deals) {
        const clash = existing.has(entry.deal.id);
        const asCopy = clash && onConflict === 'copy';
        const deal = asCopy
          ? { ...entry.deal, title: copyTitle(entry.deal.title), createdAt: now, updatedAt: now }
          : entry.deal;
        const id = writeDealEntry(tx, { ...entry, deal }, asCopy ? freshIds() : (same) => same, {
          dataDir,
          written,
          tables,
        });
        answer.deals.push({ id, title: deal.title, as: asCopy ? 'copy' : clash ? 'replace' : 'new' });
      }
      return answer;
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
  removeFilesOfRemovedRows(db, dataDir, replacedFiles);
  return result;
}

/** A deal's row by id, refusing deleted ones. */
export function liveDealRow(db: ParleyDb, id: string) {
  const row = db.select().from(deals).where(eq(deals.id, id)).get();
  if (!row || row.deletedAt !== null) throw notFound('The deal');
  return row;
}
