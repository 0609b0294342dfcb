import { UserError } from '../../core/errors';
import type { ParleyDb } from '../parleyDb';
import { closeRow, type DealRows, type Row, readDeals } from './read';
import { DEAL_TABLES } from './registry';
import type { DealTable } from './types';

/** Gives the id to store for an id found in a file: itself, or a fresh one when importing as a copy. */
export type MapId = (id: string) => string;

/**
 * A deal's rows as they travel in a deal file: every registry table by name, each row
 * without the deal id (its place in the file says which deal) and without file paths
 * (a path belongs to one data folder; the files travel beside the rows).
 */
export type DealParts = Record<string, Row[]>;

const fileRow = (entry: DealTable, row: Row): Row => {
  const out: Row = {};
  for (const field of Object.keys(entry.row.shape)) out[field] = row[field];
  for (const field of Object.values(entry.files ?? {})) out[field] = null;
  return out;
};

/** The parts of many deals, read in the caller's transaction (live rows, closed: see readDeals). */
export function exportParts(
  tx: ParleyDb,
  dealIds: readonly string[],
  tables: readonly DealTable[] = DEAL_TABLES,
): Map<string, { parts: DealParts; rows: DealRows }> {
  const all = readDeals(tx, dealIds, tables);
  return new Map(
    [...all].map(([dealId, rows]) => [
      dealId,
      {
        rows,
        parts: Object.fromEntries(
          tables.map((entry) => [entry.name, (rows[entry.name] ?? []).map((r) => fileRow(entry, r))]),
        ),
      },
    ]),
  );
}

const refused = (reason: string) =>
  new UserError('invalid_input', `This deal file cannot be imported: ${reason} Nothing was imported.`);

/**
 * A deal in a file must be whole and closed: every reference (parent, approver, anchor,
 * option, supported claim…) points at a row of the same deal in the same file. Checked
 * before anything is written, so a file pointing into another deal is refused whole.
 */
export function checkClosed(parts: DealParts, where: string, tables: readonly DealTable[] = DEAL_TABLES): void {
  const kept = new Map<string, Set<string>>();
  for (const entry of tables) {
    const rows = parts[entry.name] ?? [];
    if (entry.kind === 'record' && rows.length > 1) {
      throw refused(`${where} has more than one ${entry.label} record.`);
    }
    for (const row of rows) {
      if (closeRow(entry, row, kept) !== row) {
        const reference = entry.references.find(
          (r) => typeof row[r.field] === 'string' && !r.to.some((name) => kept.get(name)?.has(row[r.field] as string)),
        );
        throw refused(
          `a row of ${where}.${entry.name} points at a row that is not part of its deal` +
            `${reference ? ` (${reference.field})` : ''}.`,
        );
      }
    }
    kept.set(entry.name, new Set(rows.flatMap((row) => (typeof row.id === 'string' ? [row.id] : []))));
  }
}

/** Inserts a deal's parts under `dealId`, table by table in registry order; every id goes through `mapId`. */
export function importParts(
  tx: ParleyDb,
  dealId: string,
  parts: DealParts,
  mapId: MapId,
  tables: readonly DealTable[] = DEAL_TABLES,
): void {
  for (const entry of tables) {
    const idFields = [...(entry.key.includes('id') ? ['id'] : []), ...entry.references.map((r) => r.field)];
    for (const row of parts[entry.name] ?? []) {
      const values: Row = entry.mapIds ? entry.mapIds({ ...row }, mapId) : { ...row };
      for (const field of idFields) {
        const id = values[field];
        if (typeof id === 'string') values[field] = mapId(id);
      }
      if (entry.dealField) values[entry.dealField] = dealId;
      tx.insert(entry.table).values(values).run();
    }
  }
}
