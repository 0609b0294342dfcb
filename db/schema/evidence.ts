import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { EvidenceKind, EvidenceTarget } from '../../core/evidence';
import type { Credibility } from '../../core/scales';
import { anchors } from './anchors';
import { deals } from './deals';
import { issues } from './issues';
import { dealRowColumns } from './rowColumns';

export const evidenceItems = sqliteTable(
  'evidence_items',
  {
    ...dealRowColumns(),
    title: text('title').notNull(),
    kind: text('kind').$type<EvidenceKind>().notNull(),
    source: text('source').notNull().default(''),
    date: text('date'),
    link: text('link').notNull().default(''),
    credibility: text('credibility').$type<Credibility>(),
    notes: text('notes').notNull().default(''),
    /**
     * Relative to the data directory (attachments/<evidence id>/<file name>). A duplicated
     * deal shares the file; it is removed when no row refers to it any more.
     */
    attachmentPath: text('attachment_path'),
    attachmentName: text('attachment_name'),
    attachmentSize: integer('attachment_size'),
    attachmentType: text('attachment_type'),
  },
  (t) => [
    index('evidence_items_deal_idx').on(t.dealId, t.position),
    index('evidence_items_file_idx').on(t.attachmentPath),
  ],
);

export const claims = sqliteTable(
  'claims',
  {
    ...dealRowColumns(),
    statement: text('statement').notNull().default(''),
  },
  (t) => [index('claims_deal_idx').on(t.dealId, t.position)],
);

/**
 * Which evidence supports what. Exactly one of claim/anchor/issue is set; each cascades,
 * so a link never outlives either end.
 */
export const evidenceLinks = sqliteTable(
  'evidence_links',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    evidenceId: text('evidence_id')
      .notNull()
      .references(() => evidenceItems.id, { onDelete: 'cascade' }),
    target: text('target').$type<EvidenceTarget>().notNull(),
    /** The supported row's id, whatever its kind; the typed columns below carry the cascade. */
    targetId: text('target_id').notNull(),
    claimId: text('claim_id').references(() => claims.id, { onDelete: 'cascade' }),
    anchorId: text('anchor_id').references(() => anchors.id, { onDelete: 'cascade' }),
    issueId: text('issue_id').references(() => issues.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('evidence_links_unique').on(t.evidenceId, t.target, t.targetId),
    index('evidence_links_deal_idx').on(t.dealId),
    index('evidence_links_claim_idx').on(t.claimId),
    index('evidence_links_anchor_idx').on(t.anchorId),
  ],
);
