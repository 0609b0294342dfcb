import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { StepId } from '../../core/steps';

/**
 * How rows of a table hang off their deal:
 * - `record`: at most one row per deal, keyed by the deal id (BATNA, governance…);
 * - `list`: rows with their own id, ordered by `position` (issues, stakeholders…);
 * - `link`: rows without an id of their own that join two other rows (interest ↔ issue).
 */
export type DealTableKind = 'record' | 'list' | 'link';

/** What the search box finds in a table (see db/dealTables/search.ts). */
export interface DealTableSearch {
  /** The search kind; defaults to the entry's name. Kept stable: the renderer groups by it. */
  kind?: string;
  /** The column shown as a hit's title; without one the entry's label is the title. */
  title?: string;
  /** SQL for the title instead of a column (over the row alias `r`). */
  titleSql?: string;
  /** Text columns never indexed (e.g. a private note). Everything else the user typed is. */
  private?: string[];
  /** Rows are found as part of their parent's entry (an option inside its issue). */
  intoParent?: boolean;
}

/** Files that travel with rows of the table (evidence attachments). */
export interface DealTableFiles {
  path: string;
  name: string;
  size: string;
  type: string;
}

/** A column holding the id of a row of another entry (or of one of several, for `targetId`). */
export interface DealTableReference {
  field: string;
  to: string[];
  /** Null allowed: the reference is cleared (rather than the row dropped) when its row is gone. */
  nullable: boolean;
  /** The row goes with the referenced row (ON DELETE CASCADE): hidden while that row is deleted. */
  cascade: boolean;
}

/** One entry of the registry as it is declared. */
export interface DealTableSpec<T extends SQLiteTable = SQLiteTable> {
  /** The entry's name: the list key in deal files (never rename once shipped), the generic procedures' table name. */
  name: string;
  table: T;
  /** 'deal', or the name of the entry whose rows these rows belong to (options → issues). */
  parent: 'deal' | string;
  kind: DealTableKind;
  /** The step whose screen shows the rows; search hits open it. */
  step: StepId;
  /** Plural label for people (search groups, messages). */
  label: string;
  /** The step's field schema from core/: the user-editable columns. */
  fields: z.ZodObject;
  /** Keys of the field schema stored elsewhere (an interest's `issueIds` live in interest_issues). */
  notColumns?: string[];
  /** Columns the app owns beyond the bookkeeping ones (ids, position, timestamps), as they appear in a file. */
  extra?: Record<string, z.ZodType>;
  /** References that are not foreign keys (e.g. agreed options survive their issue). */
  references?: { field: string; to: string | string[] }[];
  /** `false`: nothing of the table is searchable. */
  search?: DealTableSearch | false;
  files?: DealTableFiles;
  /** Fields that split the parent's rows into separately ordered lists (positions per party). */
  orderWithin?: string[];
  /** Upper bound on rows per deal in a file. */
  maxRows?: number;
  /**
   * Re-keys ids the generic re-keying cannot see (inside a JSON column, or a column that is
   * no reference), so a copy's rows name the copy's rows. Identity on a plain import.
   */
  mapIds?: (row: Record<string, unknown>, mapId: (id: string) => string) => Record<string, unknown>;
}

/** A registry entry with everything derived from its table and schema. */
export interface DealTable<T extends SQLiteTable = SQLiteTable> extends DealTableSpec<T> {
  /** The JS field holding the deal's id, when the table has one. */
  dealField: string | null;
  /** The JS field holding the parent's id (the deal field when the parent is the deal). */
  parentField: string;
  /** The fields that identify a row. */
  key: string[];
  /** One row as it travels in a deal file (every column but the deal id), strict. */
  row: z.ZodObject;
  references: DealTableReference[];
  /** User-typed text columns (JS field → SQL column), private ones left out. */
  textColumns: { field: string; column: string }[];
  /** JS field → SQL column name, for every column. */
  columns: Record<string, string>;
}
