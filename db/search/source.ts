import type { SearchTarget } from '../../core/search';

/** One table's rows as search entries (see db/search/sources.ts, which declares them all). */
export interface SearchSource {
  /** Stored with each entry; hits are grouped by it, in the order of SEARCH_SOURCES. */
  kind: string;
  /** The group's heading in the results. */
  label: string;
  /** Where a hit opens. */
  target: SearchTarget;
  table: string;
  /** Columns the expressions read; a source whose table lacks one is left out (not merged yet). */
  columns: string[];
  /** The column whose value becomes ref_id (and that `reindex` looks rows up by). */
  key: string;
  /** SQL expressions over the row alias `r`. */
  dealId: string;
  title: string;
  body: string;
  /** Rows that must not be found, e.g. soft-deleted ones. */
  live?: string;
  /** Only changes to these columns re-index the row (not position or updated_at). */
  watch: string[];
  /** Child tables whose rows are part of the parent's body (an issue's option labels). */
  children?: { table: string; parentColumn: string; watch: string[] }[];
}
