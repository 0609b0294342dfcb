import { eq, getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { ParleyDb } from '../database';

/** Gives the id to store for an id found in a file: itself, or a fresh one when importing as a copy. */
export type MapId = (id: string) => string;

/**
 * One child table of a deal (BATNA, issues, options, MESO offers, debrief, attachments…)
 * as it travels in a deal file. The deal row itself is handled by transfer.ts.
 */
export interface DealPart {
  /** The list's name in the file. Never rename once shipped: older files use it. */
  key: string;
  /** One row as written in the file; strict, so a hostile file is refused before any write. */
  row: z.ZodType<Record<string, unknown>>;
  /** Upper bound on rows per deal, so a file cannot make the import run for minutes. */
  maxRows: number;
  exportRows(tx: ParleyDb, dealId: string): Record<string, unknown>[];
  /** Inserts the rows under `dealId`; every id (own and references) goes through `mapId`. */
  importRows(tx: ParleyDb, dealId: string, rows: Record<string, unknown>[], mapId: MapId): void;
}

/**
 * The common case: a table with its own `id`, a `dealId` column pointing at the deal
 * (ON DELETE CASCADE, so "replace" can delete the old deal in one statement), and maybe
 * columns holding ids of other rows of the same deal (`idFields`, e.g. an option's
 * `issueId`). The file leaves `dealId` out: the row's place in the file says which deal.
 *
 * Values are stored exactly as drizzle reads them (booleans, numbers, strings, null),
 * so `row` must describe those JS values and reject everything else.
 */
export function tablePart(options: {
  key: string;
  table: SQLiteTable;
  dealColumn: SQLiteColumn;
  row: z.ZodType<Record<string, unknown>>;
  idFields?: string[];
  maxRows?: number;
}): DealPart {
  const dealField = Object.entries(getTableColumns(options.table)).find(
    ([, column]) => column === options.dealColumn,
  )?.[0];
  if (!dealField) throw new Error(`${options.key}: dealColumn is not a column of the table`);
  const idFields = ['id', ...(options.idFields ?? [])];
  return {
    key: options.key,
    row: options.row,
    maxRows: options.maxRows ?? 5000,
    exportRows: (tx, dealId) =>
      (tx.select().from(options.table).where(eq(options.dealColumn, dealId)).all() as Record<string, unknown>[]).map(
        ({ [dealField]: _deal, ...row }) => row,
      ),
    importRows: (tx, dealId, rows, mapId) => {
      for (const row of rows) {
        const values: Record<string, unknown> = { ...row, [dealField]: dealId };
        for (const field of idFields) {
          const id = values[field];
          if (typeof id === 'string') values[field] = mapId(id);
        }
        tx.insert(options.table).values(values).run();
      }
    },
  };
}

/**
 * HOW A NEW CHILD TABLE PLUGS IN: add one entry below, in dependency order (a table
 * before the tables that reference it), e.g.
 *
 *   tablePart({
 *     key: 'issues',                      // list name in the file, forever
 *     table: issues,                      // the drizzle table
 *     dealColumn: issues.dealId,          // FK to deals.id, ON DELETE CASCADE
 *     row: issueFileRowSchema,            // z.strictObject of every column but dealId
 *     idFields: ['parentIssueId'],        // other same-deal ids in the row, if any
 *   }),
 *
 * Export, inspect, import (new / copy / replace), the round-trip and fuzz tests then
 * cover the table without further changes. Files written before the table existed
 * simply have no such list and import with none. Attachments, when they exist, travel
 * inlined as base64 text in their rows (the whole file stays one JSON document).
 */
