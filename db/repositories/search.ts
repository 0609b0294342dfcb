import { sql } from 'drizzle-orm';
import { makeSnippet, type SearchHit, toMatchExpression } from '../../core/search';
import type { ParleyDb } from '../parleyDb';
import { SEARCH_SOURCES } from '../search/sources';

/** Title weighted ten times the body; the other columns are not indexed. */
const BM25 = sql.raw('bm25(search_index, 0.0, 0.0, 0.0, 10.0, 1.0)');
const PAGE = 100;
/**
 * bm25 costs time per matching row. A word found in tens of thousands of rows is ranked
 * among its newest-indexed RANK_CAP matches only, which keeps every answer fast; a
 * second word narrows the matches below the cap.
 */
const RANK_CAP = 2000;

/**
 * Full-text search over everything the index holds (see db/search/sources.ts). Ranking:
 * a title equal to the query first, then titles starting with it, then FTS5's bm25 with
 * the title weighted well above the body. Rows of deleted deals are never found.
 *
 * Built to stay fast when a word matches tens of thousands of rows: the bm25 order is
 * computed on the index alone (rowids only) among at most RANK_CAP matches, the title
 * tiers come from an index on the titles, and text and snippets are made only for the
 * hits shown.
 */
export function searchEverything(db: ParleyDb, input: { query: string; limit?: number | undefined }): SearchHit[] {
  const match = toMatchExpression(input.query);
  if (!match) return [];
  const exact = input.query.trim();
  const limit = input.limit ?? 30;

  const titled = db.all<{ id: number; tier: number }>(sql`
    SELECT id, CASE WHEN title = ${exact} COLLATE NOCASE THEN 0 ELSE 1 END AS tier FROM search_entries
    WHERE title COLLATE NOCASE >= ${exact} AND title COLLATE NOCASE < ${`${exact}\u{10FFFF}`}
    ORDER BY tier, length(title), title LIMIT ${limit * 2}
  `);
  const floor =
    db.get<{ floor: number | null }>(sql`
      SELECT min(rowid) AS floor FROM (
        SELECT rowid FROM search_index WHERE search_index MATCH ${match} ORDER BY rowid DESC LIMIT ${RANK_CAP}
      )
    `)?.floor ?? 0;

  const chosen: number[] = [];
  const seen = new Set<number>();
  const take = (ids: number[]) => {
    for (const id of liveOnly(
      db,
      ids.filter((id) => !seen.has(id)),
    )) {
      if (chosen.length < limit) chosen.push(id);
    }
    for (const id of ids) seen.add(id);
  };
  // A title that starts with the query may still miss one of its words ("a.b" vs "a.bc d").
  const titleMatches = (ids: number[]) => matching(db, match, ids);
  take(titleMatches(titled.filter((t) => t.tier === 0).map((t) => t.id)));
  take(titleMatches(titled.filter((t) => t.tier === 1).map((t) => t.id)));
  // Pages of ranked rowids until enough live hits are found (deleted deals are skipped).
  for (let offset = 0; chosen.length < limit; offset += PAGE) {
    const ranked = db
      .all<{ id: number }>(sql`
        SELECT rowid AS id FROM search_index
        WHERE search_index MATCH ${match} AND rowid >= CAST(${floor} AS INTEGER)
        ORDER BY ${BM25} LIMIT ${PAGE} OFFSET ${offset}
      `)
      .map((r) => r.id);
    take(ranked);
    if (ranked.length < PAGE) break;
  }
  return detail(db, input.query, chosen);
}

/** Of the given entries, those not in a deleted deal, in the given order. */
function liveOnly(db: ParleyDb, ids: number[]): number[] {
  if (ids.length === 0) return [];
  const live = new Set(
    db
      .all<{ id: number }>(sql`
        SELECT e.id AS id FROM search_entries AS e LEFT JOIN deals AS d ON d.id = e.deal_id
        WHERE e.id IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )}) AND (e.deal_id IS NULL OR d.deleted_at IS NULL)
      `)
      .map((r) => r.id),
  );
  return ids.filter((id) => live.has(id));
}

/**
 * Rowid constraints for FTS5. A range is applied inside the index (it reads only that part
 * of the match); an IN list is not, so the list is checked on top of the range. Bounds are
 * CAST to INTEGER: better-sqlite3 binds JS numbers as REAL, and FTS5 silently ignores a
 * rowid constraint with a REAL value.
 */
function rowidsIn(ids: number[]) {
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  return sql`rowid BETWEEN CAST(${Math.min(...ids)} AS INTEGER) AND CAST(${Math.max(...ids)} AS INTEGER) AND rowid IN (${list})`;
}

/** Of the given entries, those that match the query, in the given order. */
function matching(db: ParleyDb, match: string, ids: number[]): number[] {
  if (ids.length === 0) return [];
  const found = new Set(
    db
      .all<{ id: number }>(
        sql`SELECT rowid AS id FROM search_index WHERE search_index MATCH ${match} AND ${rowidsIn(ids)}`,
      )
      .map((r) => r.id),
  );
  return ids.filter((id) => found.has(id));
}

/** Text, snippet and deal of the chosen entries, in the chosen order. */
function detail(db: ParleyDb, query: string, ids: number[]): SearchHit[] {
  if (ids.length === 0) return [];
  const rows = db.all<Omit<SearchHit, 'snippet' | 'group' | 'target'> & { id: number; body: string }>(sql`
    SELECT e.id AS id, e.kind AS kind, e.ref_id AS refId, e.deal_id AS dealId, d.title AS dealTitle,
           e.title AS title, e.body AS body
    FROM search_entries AS e
    LEFT JOIN deals AS d ON d.id = e.deal_id
    WHERE e.id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})
  `);
  const byId = new Map(rows.map(({ id, body, ...hit }) => [id, { ...hit, snippet: makeSnippet(body, query) }]));
  // Grouped by kind in the order the sources are declared; ranked within each kind.
  return ids
    .flatMap((id) => {
      const hit = byId.get(id);
      const source = hit && SOURCE_OF.get(hit.kind);
      return hit && source ? [{ ...hit, group: source.label, target: source.target, order: source.order }] : [];
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...hit }) => hit);
}

const SOURCE_OF = new Map(SEARCH_SOURCES.map((source, order) => [source.kind, { ...source, order }]));

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
