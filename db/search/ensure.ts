import type { SqliteConnection } from '../connection';
import {
  backfillSql,
  ENTRY_TRIGGERS,
  SEARCH_SOURCES,
  SEARCH_TABLES_SQL,
  type SearchSource,
  sourceTables,
  sourceTriggers,
  type TriggerSql,
} from './sources';

/** Table name → its column names: from a live database, or from the drizzle schema. */
export type TableColumns = Map<string, Set<string>>;

export function liveTableColumns(sqlite: SqliteConnection): TableColumns {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return new Map(
    tables.map((table) => [
      table,
      new Set((sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name)),
    ]),
  );
}

/** The sources whose tables (and every column they read) exist in this schema. */
export function availableSources(columns: TableColumns, sources = SEARCH_SOURCES): SearchSource[] {
  return sources.filter((s) => {
    const own = columns.get(s.table);
    if (!own || !s.columns.every((c) => own.has(c))) return false;
    return (s.children ?? []).every((child) => {
      const cols = columns.get(child.table);
      return Boolean(cols?.has(child.parentColumn) && child.watch.every((c) => cols.has(c)));
    });
  });
}

const normalise = (sql: string) => sql.replace(/\s+/g, ' ').trim();

function installedTriggers(sqlite: SqliteConnection): Map<string, string> {
  const rows = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'")
    .all() as { name: string; sql: string }[];
  return new Map(rows.map((row) => [row.name, normalise(row.sql)]));
}

const differs = (installed: Map<string, string>, triggers: TriggerSql[]) =>
  triggers.some((t) => installed.get(t.name) !== normalise(t.sql));

export interface SearchIndexDrift {
  /** search_entries, its title index or search_index is missing. */
  tables: boolean;
  /** The entries → FTS sync triggers are missing or differ. */
  entryTriggers: boolean;
  /** Sources whose triggers are missing or differ from their declaration. */
  kinds: string[];
}

/** What is out of line with the declarations; all false/empty on a healthy database. */
export function searchIndexDrift(sqlite: SqliteConnection): SearchIndexDrift {
  const columns = liveTableColumns(sqlite);
  const installed = installedTriggers(sqlite);
  const titleIndex = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'search_entries_title_idx'")
    .get();
  return {
    tables: !columns.has('search_entries') || !columns.has('search_index') || !titleIndex,
    entryTriggers: differs(installed, ENTRY_TRIGGERS),
    kinds: availableSources(columns)
      .filter((s) => differs(installed, sourceTriggers(s)))
      .map((s) => s.kind),
  };
}

/**
 * Puts the search index back in line with its declarations: creates what is missing,
 * replaces triggers that differ (or that a table rebuild dropped), and refills the
 * entries of every source whose triggers had to be touched — so rows written while
 * triggers were missing are found again. Runs in one transaction; a healthy database
 * costs one read of sqlite_master. Answers the kinds it refilled.
 */
export function ensureSearchIndex(sqlite: SqliteConnection): string[] {
  const drift = searchIndexDrift(sqlite);
  if (!drift.tables && !drift.entryTriggers && drift.kinds.length === 0) return [];
  const run = sqlite.transaction(() => {
    for (const statement of SEARCH_TABLES_SQL) sqlite.exec(statement);
    const columns = liveTableColumns(sqlite);
    if (drift.tables || drift.entryTriggers) {
      for (const trigger of ENTRY_TRIGGERS) {
        sqlite.exec(`DROP TRIGGER IF EXISTS ${trigger.name}`);
        sqlite.exec(trigger.sql);
      }
    }
    const rebuild =
      drift.tables || drift.entryTriggers
        ? availableSources(columns)
        : availableSources(columns).filter((s) => drift.kinds.includes(s.kind));
    for (const source of rebuild) {
      for (const trigger of sourceTriggers(source)) {
        sqlite.exec(`DROP TRIGGER IF EXISTS ${trigger.name}`);
        sqlite.exec(trigger.sql);
      }
      for (const statement of backfillSql(source)) sqlite.exec(statement);
    }
    // Entries written by the backfill went through the sync triggers; a full rebuild
    // also repairs an FTS index that lost its own triggers.
    if (drift.tables || drift.entryTriggers) sqlite.exec("INSERT INTO search_index(search_index) VALUES ('rebuild')");
    return rebuild.map((s) => s.kind);
  });
  return run();
}

/**
 * The body of a `search_index` custom migration for the sources available in a schema:
 * idempotent (IF NOT EXISTS, DROP TRIGGER IF EXISTS, refill by kind), so it is safe on a
 * database where start-up already repaired the index. Statements are separated the way
 * drizzle's migrator splits them.
 */
export function searchIndexMigrationSql(columns: TableColumns): string {
  const sources = availableSources(columns);
  const header = [
    '-- Full-text search (SQLite FTS5), written by `npm run db:search-sql`, not by hand:',
    '-- drizzle-kit cannot express virtual tables or triggers. search_entries holds one row per',
    '-- searchable thing; search_index is an external-content FTS5 index over it. Triggers on',
    '-- every source table keep search_entries in sync, and triggers on search_entries keep the',
    '-- FTS index in sync. Idempotent: safe to run on a database that already has all of it.',
  ].join('\n');
  const [first, ...rest] = SEARCH_TABLES_SQL;
  const out: string[] = [`${header}\n${first};`, ...rest.map((s) => `${s};`)];
  for (const trigger of ENTRY_TRIGGERS) out.push(`DROP TRIGGER IF EXISTS ${trigger.name};`, `${trigger.sql};`);
  for (const source of sources) {
    const [drop, ...more] = sourceTriggers(source).flatMap((t) => [`DROP TRIGGER IF EXISTS ${t.name};`, `${t.sql};`]);
    out.push(`-- ${source.kind}: ${sourceTables(source).join(', ')}\n${drop}`, ...more);
    out.push(...backfillSql(source).map((s) => `${s};`));
  }
  return `${out.join('\n--> statement-breakpoint\n')}\n`;
}

/**
 * Drops every search trigger. Some read another table (an issue's triggers read its
 * options and the other way round), and SQLite refuses the RENAME step of a drizzle-kit
 * table rebuild while a trigger refers to a table that is momentarily gone. The triggers
 * are derived state: `ensureSearchIndex` puts them back and refills after migrating.
 */
export function dropSearchTriggers(sqlite: SqliteConnection): void {
  const names = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'")
    .pluck()
    .all() as string[];
  for (const name of names) sqlite.exec(`DROP TRIGGER IF EXISTS "${name}"`);
}
