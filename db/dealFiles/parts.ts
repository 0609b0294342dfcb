import { and, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { UserError } from '../../core/errors';
import { issueFieldsSchema, optionFieldsSchema } from '../../core/issues';
import { mesoSettingsFieldsSchema, OFFER_KINDS, offerFieldsSchema } from '../../core/mesoOffers';
import { entityId } from '../../core/text';
import type { ParleyDb } from '../database';
import { issueOptions, issues, mesoOfferChoices, mesoOffers, mesoSettings } from '../schema';

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
const timestamp = (label: string) => z.iso.datetime({ error: `${label} must be an ISO-8601 UTC time` });

/** A file row pointing at a row of another deal (or of nowhere) is refused, naming the list. */
const foreignParent = (key: string) =>
  new UserError(
    'invalid_input',
    `This deal file cannot be imported: a row of ${key} points at a row that is not part of its deal. Nothing was imported.`,
  );

/** The ids among `ids` that are rows of `table` belonging to `dealId`. */
function idsOfDeal(
  tx: ParleyDb,
  table: SQLiteTable,
  id: SQLiteColumn,
  deal: SQLiteColumn,
  dealId: string,
  ids: string[],
) {
  if (ids.length === 0) return new Set<string>();
  return new Set(
    (
      tx
        .select({ id })
        .from(table)
        .where(and(eq(deal, dealId), inArray(id, ids)))
        .all() as { id: string }[]
    ).map((row) => row.id),
  );
}

const issuesPart = tablePart({
  key: 'issues',
  table: issues,
  dealColumn: issues.dealId,
  row: issueFieldsSchema.extend({ id: entityId('Issue id'), position: z.number() }),
});

/** Options hang off issues (no deal column): exported through their issue, checked on import. */
const issueOptionsPart: DealPart = {
  key: 'issueOptions',
  row: optionFieldsSchema.extend({ id: entityId('Option id'), issueId: entityId('Issue id'), position: z.number() }),
  maxRows: 20_000,
  exportRows: (tx, dealId) =>
    tx
      .select({
        id: issueOptions.id,
        issueId: issueOptions.issueId,
        label: issueOptions.label,
        ourScore: issueOptions.ourScore,
        theirScore: issueOptions.theirScore,
        position: issueOptions.position,
      })
      .from(issueOptions)
      .innerJoin(issues, eq(issues.id, issueOptions.issueId))
      .where(eq(issues.dealId, dealId))
      .all(),
  importRows: (tx, dealId, rows, mapId) => {
    const mapped = rows.map((row) => ({ ...row, id: mapId(String(row.id)), issueId: mapId(String(row.issueId)) }));
    const owned = idsOfDeal(tx, issues, issues.id, issues.dealId, dealId, [...new Set(mapped.map((r) => r.issueId))]);
    for (const row of mapped) {
      if (!owned.has(row.issueId)) throw foreignParent('issueOptions');
      tx.insert(issueOptions)
        .values(row as typeof issueOptions.$inferInsert)
        .run();
    }
  },
};

const mesoOffersPart = tablePart({
  key: 'mesoOffers',
  table: mesoOffers,
  dealColumn: mesoOffers.dealId,
  row: offerFieldsSchema.extend({
    id: entityId('Offer id'),
    kind: z.enum(OFFER_KINDS),
    position: z.number(),
    editedByUser: z.boolean(),
    createdAt: timestamp('Created at'),
    updatedAt: timestamp('Updated at'),
  }),
  maxRows: 200,
});

/** An offer's picks: the offer and the issue must be the deal's, the option the issue's. */
const mesoOfferChoicesPart: DealPart = {
  key: 'mesoOfferChoices',
  row: z.strictObject({
    offerId: entityId('Offer id'),
    issueId: entityId('Issue id'),
    optionId: entityId('Option id'),
  }),
  maxRows: 20_000,
  exportRows: (tx, dealId) =>
    tx
      .select({
        offerId: mesoOfferChoices.offerId,
        issueId: mesoOfferChoices.issueId,
        optionId: mesoOfferChoices.optionId,
      })
      .from(mesoOfferChoices)
      .innerJoin(mesoOffers, eq(mesoOffers.id, mesoOfferChoices.offerId))
      .where(eq(mesoOffers.dealId, dealId))
      .all(),
  importRows: (tx, dealId, rows, mapId) => {
    const mapped = rows.map((row) => ({
      offerId: mapId(String(row.offerId)),
      issueId: mapId(String(row.issueId)),
      optionId: mapId(String(row.optionId)),
    }));
    const offers = idsOfDeal(tx, mesoOffers, mesoOffers.id, mesoOffers.dealId, dealId, [
      ...new Set(mapped.map((r) => r.offerId)),
    ]);
    const optionIds = [...new Set(mapped.map((r) => r.optionId))];
    const optionIssue = new Map(
      optionIds.length === 0
        ? []
        : tx
            .select({ id: issueOptions.id, issueId: issueOptions.issueId })
            .from(issueOptions)
            .innerJoin(issues, eq(issues.id, issueOptions.issueId))
            .where(and(eq(issues.dealId, dealId), inArray(issueOptions.id, optionIds)))
            .all()
            .map((r) => [r.id, r.issueId]),
    );
    for (const row of mapped) {
      if (!offers.has(row.offerId) || optionIssue.get(row.optionId) !== row.issueId) {
        throw foreignParent('mesoOfferChoices');
      }
      tx.insert(mesoOfferChoices).values(row).run();
    }
  },
};

const mesoSettingsPart = tablePart({
  key: 'mesoSettings',
  table: mesoSettings,
  dealColumn: mesoSettings.dealId,
  row: mesoSettingsFieldsSchema.extend({ updatedAt: timestamp('Updated at') }),
  maxRows: 1,
});

/**
 * Issues and their options travel because MESO offers point at them. BATNA, BATNA actions
 * and interests are not registered yet (see the report to the lead); when they are, they
 * go after issues.
 */
export const DEAL_PARTS: DealPart[] = [
  issuesPart,
  issueOptionsPart,
  mesoOffersPart,
  mesoOfferChoicesPart,
  mesoSettingsPart,
];
