import { dealTableSearchSources } from '../dealTables/search';
import type { SearchSource } from './source';

export type { SearchSource };

const text = (...parts: string[]) => `trim(${parts.map((p) => `coalesce(${p}, '')`).join(" || ' ' || ")})`;
const jsonList = (json: string, path: string, field?: string) =>
  `(SELECT group_concat(${field ? `json_extract(j.value, '$.${field}')` : 'j.value'}, ' ') FROM json_each(${json}, '${path}') AS j)`;

/**
 * What the search index holds, declared once. Each source turns the rows of one table
 * into entries (kind, ref id, deal id, title, body). The SQL below is emitted twice from
 * these declarations: into the `search_index` custom migrations, and by
 * `ensureSearchIndex` at every start-up, which puts back triggers a table rebuild dropped
 * (drizzle-kit recreates a table as __new_x → DROP x → RENAME, and DROP TABLE takes the
 * table's triggers with it).
 */
export const SEARCH_SOURCES: SearchSource[] = [
  {
    kind: 'deal',
    label: 'Deals',
    target: { screen: 'workspace', step: 'details' },
    table: 'deals',
    columns: ['id', 'title', 'counterparty', 'notes'],
    key: 'id',
    dealId: 'r.id',
    title: 'r.title',
    body: text('r.counterparty', 'r.notes'),
    watch: ['title', 'counterparty', 'notes'],
  },
  // Every deal table with text, from the registry (db/dealTables/registry.ts).
  ...dealTableSearchSources(),
  {
    kind: 'template',
    label: 'Templates',
    target: { screen: 'library', tab: 'templates' },
    table: 'templates',
    columns: ['id', 'name', 'description', 'document'],
    key: 'id',
    dealId: 'NULL',
    title: 'r.name',
    body: text('r.description', jsonList('r.document', '$.issues', 'name'), jsonList('r.document', '$.questions')),
    watch: ['name', 'description', 'document'],
  },
  {
    kind: 'tradeable',
    label: 'Tradeables',
    target: { screen: 'library', tab: 'tradeables' },
    table: 'library_tradeables',
    columns: ['id', 'name', 'options', 'notes'],
    key: 'id',
    dealId: 'NULL',
    title: 'r.name',
    body: text('r.notes', jsonList('r.options', '$')),
    watch: ['name', 'options', 'notes'],
  },
  {
    kind: 'phrase',
    label: 'Phrases',
    target: { screen: 'library', tab: 'phrases' },
    table: 'phrases',
    columns: ['id', 'text', 'notes'],
    key: 'id',
    dealId: 'NULL',
    title: 'r.text',
    body: 'r.notes',
    watch: ['text', 'notes'],
  },
];

/** The row-level table the index reads from, and the FTS5 index over it (external content). */
export const SEARCH_TABLES_SQL = [
  `CREATE TABLE IF NOT EXISTS search_entries (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  ref_id TEXT NOT NULL,
  deal_id TEXT,
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  UNIQUE (kind, ref_id)
)`,
  // Exact and starts-with title matches are ranked first: found through this index.
  'CREATE INDEX IF NOT EXISTS search_entries_title_idx ON search_entries (title COLLATE NOCASE)',
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
  kind UNINDEXED, ref_id UNINDEXED, deal_id UNINDEXED, title, body,
  content='search_entries', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3'
)`,
];

export interface TriggerSql {
  name: string;
  sql: string;
}

const COLUMNS = 'kind, ref_id, deal_id, title, body';
/** Column names may be SQL keywords (`when`). */
const quoted = (column: string) => `"${column}"`;

/** search_entries → search_index: the standard external-content sync. */
export const ENTRY_TRIGGERS: TriggerSql[] = [
  {
    name: 'search_entries_ai',
    sql: `CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
  INSERT INTO search_index(rowid, ${COLUMNS}) VALUES (new.id, new.kind, new.ref_id, new.deal_id, new.title, new.body);
END`,
  },
  {
    name: 'search_entries_ad',
    sql: `CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
  INSERT INTO search_index(search_index, rowid, ${COLUMNS}) VALUES ('delete', old.id, old.kind, old.ref_id, old.deal_id, old.title, old.body);
END`,
  },
  {
    name: 'search_entries_au',
    sql: `CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN
  INSERT INTO search_index(search_index, rowid, ${COLUMNS}) VALUES ('delete', old.id, old.kind, old.ref_id, old.deal_id, old.title, old.body);
  INSERT INTO search_index(rowid, ${COLUMNS}) VALUES (new.id, new.kind, new.ref_id, new.deal_id, new.title, new.body);
END`,
  },
];

const select = (s: SearchSource) =>
  `SELECT '${s.kind}', r.${s.key}, ${s.dealId}, coalesce(${s.title}, ''), coalesce(${s.body}, '') FROM ${s.table} AS r`;
const liveAnd = (s: SearchSource) => (s.live ? ` AND ${s.live}` : '');

/** Re-reads one row (by key) into the index, or removes it when the row is gone or not live. */
function reindex(s: SearchSource, keyExpr: string): string {
  return `  INSERT INTO search_entries(${COLUMNS}) ${select(s)} WHERE r.${s.key} = ${keyExpr}${liveAnd(s)}
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = '${s.kind}' AND ref_id = ${keyExpr}
    AND NOT EXISTS (SELECT 1 FROM ${s.table} AS r WHERE r.${s.key} = ${keyExpr}${liveAnd(s)});`;
}

/** The triggers that keep one source's entries in sync with its table (and child tables). */
export function sourceTriggers(s: SearchSource): TriggerSql[] {
  const base = `search_${s.table}`;
  const triggers: TriggerSql[] = [
    {
      name: `${base}_ai`,
      sql: `CREATE TRIGGER ${base}_ai AFTER INSERT ON ${s.table} BEGIN
${reindex(s, `new.${s.key}`)}
END`,
    },
    {
      name: `${base}_au`,
      sql: `CREATE TRIGGER ${base}_au AFTER UPDATE OF ${s.watch.map(quoted).join(', ')} ON ${s.table} BEGIN
${reindex(s, `new.${s.key}`)}
END`,
    },
    {
      name: `${base}_ad`,
      sql: `CREATE TRIGGER ${base}_ad AFTER DELETE ON ${s.table} BEGIN
  DELETE FROM search_entries WHERE kind = '${s.kind}' AND ref_id = old.${s.key};
END`,
    },
  ];
  for (const child of s.children ?? []) {
    const cbase = `search_${child.table}`;
    triggers.push(
      {
        name: `${cbase}_ai`,
        sql: `CREATE TRIGGER ${cbase}_ai AFTER INSERT ON ${child.table} BEGIN
${reindex(s, `new.${child.parentColumn}`)}
END`,
      },
      {
        name: `${cbase}_au`,
        sql: `CREATE TRIGGER ${cbase}_au AFTER UPDATE OF ${child.watch.map(quoted).join(', ')} ON ${child.table} BEGIN
${reindex(s, `old.${child.parentColumn}`)}
${reindex(s, `new.${child.parentColumn}`)}
END`,
      },
      {
        name: `${cbase}_ad`,
        sql: `CREATE TRIGGER ${cbase}_ad AFTER DELETE ON ${child.table} BEGIN
${reindex(s, `old.${child.parentColumn}`)}
END`,
      },
    );
  }
  return triggers;
}

/** Every entry of one source, from scratch (first fill, or after its triggers were lost). */
export function backfillSql(s: SearchSource): string[] {
  return [
    `DELETE FROM search_entries WHERE kind = '${s.kind}'`,
    `INSERT INTO search_entries(${COLUMNS}) ${select(s)} WHERE true${liveAnd(s)}`,
  ];
}

/** Tables a source's triggers sit on. */
export const sourceTables = (s: SearchSource) => [s.table, ...(s.children ?? []).map((c) => c.table)];
