import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { OfferKind } from '../../core/mesoOffers';
import { deals } from './deals';
import { issueOptions, issues } from './issues';

/** A package on the MESO grid: one of ours, or one the other side proposed. */
export const mesoOffers = sqliteTable(
  'meso_offers',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<OfferKind>().notNull(),
    label: text('label').notNull().default(''),
    /** Who proposed a received offer (a supplier); empty for ours. */
    fromName: text('from_name').notNull().default(''),
    position: real('position').notNull(),
    editedByUser: integer('edited_by_user', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** Set by a delete; cleared by Undo; the row is purged after the undo window. */
    deletedAt: text('deleted_at'),
  },
  (t) => [index('meso_offers_deal_idx').on(t.dealId, t.kind, t.position)],
);

/**
 * The option an offer picks for an issue. Deleting the offer, the issue or the option
 * removes the pick (the offer then shows that issue as not chosen).
 */
export const mesoOfferChoices = sqliteTable(
  'meso_offer_choices',
  {
    offerId: text('offer_id')
      .notNull()
      .references(() => mesoOffers.id, { onDelete: 'cascade' }),
    issueId: text('issue_id')
      .notNull()
      .references(() => issues.id, { onDelete: 'cascade' }),
    optionId: text('option_id')
      .notNull()
      .references(() => issueOptions.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.offerId, t.issueId] }),
    index('meso_offer_choices_issue_idx').on(t.issueId),
    index('meso_offer_choices_option_idx').on(t.optionId),
  ],
);

/** At most one row per deal; a deal without one has the defaults of core/mesoOffers. */
export const mesoSettings = sqliteTable('meso_settings', {
  dealId: text('deal_id')
    .primaryKey()
    .references(() => deals.id, { onDelete: 'cascade' }),
  targetPoints: real('target_points'),
  tolerance: real('tolerance').notNull().default(3),
  floorPoints: real('floor_points'),
  suggestCount: integer('suggest_count').notNull().default(3),
  /** What the offer sheet says about itself: who sends it, when, how long it holds, on what basis. */
  offerSender: text('offer_sender').notNull().default(''),
  offerDate: text('offer_date'),
  offerValidUntil: text('offer_valid_until'),
  offerBasis: text('offer_basis').notNull().default(''),
  updatedAt: text('updated_at').notNull(),
});
