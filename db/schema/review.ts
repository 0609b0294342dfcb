import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { dealRowColumns } from './rowColumns';

/** Manager review: comments on a step or plan section of a shared deal (core/reviewComments.ts). */
export const reviewComments = sqliteTable(
  'review_comments',
  {
    ...dealRowColumns(),
    /** A step id or a plan-only section id. */
    sectionKey: text('section_key').notNull(),
    body: text('body').notNull(),
    authorName: text('author_name').notNull(),
    authorEmail: text('author_email').notNull(),
    resolvedAt: text('resolved_at'),
    resolvedBy: text('resolved_by'),
  },
  (t) => [index('review_comments_deal_idx').on(t.dealId, t.position)],
);
