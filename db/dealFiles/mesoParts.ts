import { and, eq, inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { UserError } from '../../core/errors';
import { issueFieldsSchema, optionFieldsSchema } from '../../core/issues';
import { mesoSettingsFieldsSchema, OFFER_KINDS, offerFieldsSchema } from '../../core/mesoOffers';
import { entityId } from '../../core/text';
import type { ParleyDb } from '../database';
import { issueOptions, issues, mesoOfferChoices, mesoOffers, mesoSettings } from '../schema';
import { type DealPart, tablePart } from './part';

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
  row: mesoSettingsFieldsSchema.extend({
    // Files written before the offer sheet had its own details carry none.
    offerSender: mesoSettingsFieldsSchema.shape.offerSender.default(''),
    offerDate: mesoSettingsFieldsSchema.shape.offerDate.default(null),
    offerValidUntil: mesoSettingsFieldsSchema.shape.offerValidUntil.default(null),
    offerBasis: mesoSettingsFieldsSchema.shape.offerBasis.default(''),
    updatedAt: timestamp('Updated at'),
  }),
  maxRows: 1,
});

/**
 * Issues and their options travel because MESO offers point at them. BATNA, BATNA actions
 * and interests are not registered yet (see the report to the lead); when they are, they
 * go after issues.
 */

/** Issues and their options: before every part that points at an issue. */
export const ISSUE_PARTS: DealPart[] = [issuesPart, issueOptionsPart];
/** MESO offers, their picks and the deal's MESO settings. */
export const MESO_PARTS: DealPart[] = [mesoOffersPart, mesoOfferChoicesPart, mesoSettingsPart];
