import { getTableName } from 'drizzle-orm';
import type { SearchSource } from '../search/source';
import { DEAL_TABLES } from './registry';
import type { DealTable } from './types';

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const joined = (parts: string[]) =>
  parts.length === 0 ? "''" : `trim(${parts.map((p) => `coalesce(${p}, '')`).join(" || ' ' || ")})`;

/**
 * The search sources of the deal tables: every entry with free text becomes one kind of
 * hit (title, and every other user text column as its body), unless it is marked
 * `search: false` or folded into its parent (`intoParent`: an issue's options are found
 * as the issue). Soft-deleted rows are not found.
 */
export function dealTableSearchSources(tables: readonly DealTable[] = DEAL_TABLES): SearchSource[] {
  const sources: SearchSource[] = [];
  for (const entry of tables) {
    const search = entry.search === undefined ? {} : entry.search;
    if (search === false || search.intoParent || entry.textColumns.length === 0) continue;
    const col = (field: string) => entry.columns[field] as string;
    const deleted = entry.columns.deletedAt;
    const key = entry.kind === 'record' ? col(entry.dealField as string) : 'id';
    const titleColumn = search.title ? col(search.title) : undefined;
    const children = tables.filter(
      (child) => child.parent === entry.name && child.search && child.search.intoParent && child.textColumns.length > 0,
    );
    const childBodies = children.map((child) => {
      const parentColumn = child.columns[child.parentField] as string;
      const live = child.columns.deletedAt ? ` AND c.${child.columns.deletedAt} IS NULL` : '';
      const text = joined(child.textColumns.map((c) => `c."${c.column}"`));
      return `(SELECT group_concat(${text}, ' ') FROM ${tableName(child)} AS c WHERE c.${parentColumn} = r.id${live})`;
    });
    const dealId = entry.dealField ? `r.${col(entry.dealField)}` : parentDealSql(entry, tables);
    const ownColumns = entry.textColumns.map((c) => c.column);
    sources.push({
      kind: search.kind ?? entry.name,
      label: entry.label,
      target: { screen: 'workspace', step: entry.step },
      table: tableName(entry),
      columns: [
        ...new Set([
          key,
          ...ownColumns,
          ...(entry.dealField ? [col(entry.dealField)] : []),
          ...(deleted ? [deleted] : []),
        ]),
      ],
      key,
      dealId,
      title: search.titleSql ?? (titleColumn ? `r."${titleColumn}"` : quote(entry.label)),
      body: joined([...ownColumns.filter((c) => c !== titleColumn).map((c) => `r."${c}"`), ...childBodies]),
      ...(deleted ? { live: `r.${deleted} IS NULL` } : {}),
      watch: [...ownColumns, ...(deleted ? [deleted] : [])],
      ...(children.length > 0
        ? {
            children: children.map((child) => ({
              table: tableName(child),
              parentColumn: child.columns[child.parentField] as string,
              watch: [
                ...child.textColumns.map((c) => c.column),
                child.columns[child.parentField] as string,
                ...(child.columns.deletedAt ? [child.columns.deletedAt] : []),
              ],
            })),
          }
        : {}),
    });
  }
  return sources;
}

const tableName = (entry: DealTable) => getTableName(entry.table);

function parentDealSql(entry: DealTable, tables: readonly DealTable[]): string {
  const parent = tables.find((e) => e.name === entry.parent);
  if (!parent?.dealField) throw new Error(`Deal table ${entry.name}: no deal column to search by`);
  return `(SELECT p.${parent.columns[parent.dealField]} FROM ${tableName(parent)} AS p WHERE p.id = r.${entry.columns[entry.parentField]})`;
}
