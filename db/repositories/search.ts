import { sql } from 'drizzle-orm';
import { type SearchHit, type SearchKind, SNIPPET_CLOSE, SNIPPET_OPEN, toMatchExpression } from '../../core/search';
import type { ParleyDb } from '../database';

interface HitRow {
  kind: SearchKind;
  refId: string;
  dealId: string | null;
  dealTitle: string | null;
  title: string;
  snippet: string;
}

/**
 * Full-text search over everything the index holds (see db/search/sources.ts). Ranking:
 * a title equal to the query first, then titles starting with it, then FTS5's bm25 with
 * the title weighted well above the body. Rows of deleted deals are never found.
 */
export function searchEverything(db: ParleyDb, input: { query: string; limit?: number | undefined }): SearchHit[] {
  const match = toMatchExpression(input.query);
  if (!match) return [];
  const exact = input.query.trim();
  const limit = input.limit ?? 30;
  return db.all<HitRow>(sql`
    SELECT s.kind AS kind, s.ref_id AS refId, s.deal_id AS dealId, d.title AS dealTitle, s.title AS title,
           snippet(search_index, 4, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 12) AS snippet
    FROM search_index AS s
    LEFT JOIN deals AS d ON d.id = s.deal_id
    WHERE search_index MATCH ${match}
      AND (s.deal_id IS NULL OR d.deleted_at IS NULL)
    ORDER BY
      CASE WHEN s.title = ${exact} COLLATE NOCASE THEN 0
           WHEN substr(s.title, 1, length(${exact})) = ${exact} COLLATE NOCASE THEN 1
           ELSE 2 END,
      bm25(search_index, 0.0, 0.0, 0.0, 10.0, 1.0)
    LIMIT ${limit}
  `);
}

/** The same question answered by a plain LIKE scan over the same entries: the benchmark's baseline. */
export function searchByLike(db: ParleyDb, query: string, limit = 30): { refId: string }[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const conditions = words.map((w) => sql`(e.title LIKE ${`%${w}%`} OR e.body LIKE ${`%${w}%`})`);
  return db.all<{ refId: string }>(sql`
    SELECT e.ref_id AS refId FROM search_entries AS e
    LEFT JOIN deals AS d ON d.id = e.deal_id
    WHERE ${sql.join(conditions, sql` AND `)} AND (e.deal_id IS NULL OR d.deleted_at IS NULL)
    ORDER BY CASE WHEN e.title = ${query.trim()} COLLATE NOCASE THEN 0 ELSE 1 END
    LIMIT ${limit}
  `);
}
