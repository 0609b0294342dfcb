import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { DEAL_TABLES } from '../dealTables/registry';
import type { DealTable } from '../dealTables/types';

/**
 * How a shared deal lives in its Y.Doc (one doc per deal, see README "Team server"):
 * - one top-level Y.Map per list table of the registry: row id → Y.Map of the row's fields;
 *   each field merges on its own;
 * - a row entry is never removed (a hard delete would lose a concurrent edit): `deletedAt`
 *   is a field like any other, so delete-vs-edit keeps both and the row can be restored;
 * - order is a fractional `sortKey` per row (ties broken by id); the local integer
 *   `position` is derived from it, never synced;
 * - one top-level Y.Map per one-per-deal record of the registry (BATNA, governance…), its
 *   fields straight in it, each merging on its own like a row's;
 * - `_deal` holds the deal's own fields (title, counterparty…): a colleague's laptop creates
 *   the deal from them, and later edits to them merge field by field too;
 * - `_authors` maps Yjs client ids to people's names, for the conflict list.
 */
export const SORT_KEY = 'sortKey';
export const DEAL_MAP = '_deal';
export const AUTHORS_MAP = '_authors';
/**
 * Conflicts a member resolved: "table/row/field" → the values they chose between. Every
 * laptop that listed the same conflict (the same values) marks it resolved when this arrives.
 */
export const RESOLVED_MAP = '_resolved';
export const conflictKey = (table: string, rowId: string, field: string) => `${table}/${rowId}/${field}`;
/** The values of a conflict in a form that does not depend on whose laptop lists them. */
export const conflictValues = (values: unknown[]) => JSON.stringify(values.map((v) => JSON.stringify(v)).sort());

/**
 * The registry's list and link tables: every one syncs (tables added there sync with no change
 * here), in registry order (parents first). A row is keyed by its id, or by its composite key
 * (`rowKey`) in a table without one.
 */
export const SYNCED_TABLES: readonly DealTable[] = DEAL_TABLES.filter((entry) => entry.kind !== 'record');
export const syncedTable = (name: string) => SYNCED_TABLES.find((entry) => entry.name === name);

/**
 * Tables whose rows are deleted for good (no `deletedAt`, or no id of their own): the doc
 * never drops their row either, it gets a `deletedAt` tombstone; such tables are compared
 * whole with the doc after each write of the deal, as their rows are also written outside
 * `insertRow`/`updateRow` (an interest's issue links are replaced in one go).
 */
export const hardDeletes = (entry: DealTable) => !('deletedAt' in entry.columns) || !entry.key.includes('id');
export const TOMBSTONE = 'deletedAt';
/** Tables whose rows have a place in a list (a sort key in the doc). */
export const ordered = (entry: DealTable) => 'position' in entry.columns;

/** A row's key in its table's map: its id, or its composite key as a string (`["offer","issue"]`). */
export const rowKey = (entry: DealTable, row: RowFields): string =>
  entry.key.length === 1 && entry.key[0] === 'id'
    ? String(row.id)
    : JSON.stringify(entry.key.map((field) => row[field] ?? null));

/** The registry's one-per-deal records (keyed by the deal): these sync too, with no change here. */
export const SYNCED_RECORDS: readonly DealTable[] = DEAL_TABLES.filter(
  (entry) => entry.kind === 'record' && entry.dealField,
);
export const syncedRecord = (name: string) => SYNCED_RECORDS.find((entry) => entry.name === name);
export const recordMap = (doc: Y.Doc, entry: DealTable) => doc.getMap<unknown>(entry.name);

/** Fields that do not take part in conflicts: bookkeeping whose merge nobody needs to see. */
export const UNLISTED_FIELDS = new Set([SORT_KEY, 'updatedAt', 'createdAt', 'deletedAt']);

export type RowFields = Record<string, unknown>;

export const tableMap = (doc: Y.Doc, entry: DealTable) => doc.getMap<Y.Map<unknown>>(entry.name);

/**
 * The row's synced fields: every column but the deal id and the derived position (a row of a
 * hard-delete table is live: no tombstone).
 */
export function docFields(entry: DealTable, row: RowFields): RowFields {
  const fields = Object.fromEntries(
    Object.entries(row).filter(([field]) => field !== entry.dealField && field !== 'position'),
  );
  return hardDeletes(entry) ? { ...fields, [TOMBSTONE]: null } : fields;
}

/** Writes the fields of `row` that differ into its map (creating it): unchanged fields make no update. */
export function putRow(doc: Y.Doc, entry: DealTable, row: RowFields): Y.Map<unknown> {
  const rows = tableMap(doc, entry);
  const id = rowKey(entry, row);
  let map = rows.get(id);
  if (!map) {
    map = new Y.Map<unknown>();
    rows.set(id, map);
  }
  putFields(map, docFields(entry, row));
  return map;
}

/**
 * Adds a row at the end of its list from outside the write path: the team server writes a
 * viewer's review comment into the deal's doc this way (viewers' own connections are read-only).
 */
export function appendRow(doc: Y.Doc, entry: DealTable, row: RowFields): void {
  let last: string | null = null;
  for (const map of tableMap(doc, entry).values()) {
    const key = map.get(SORT_KEY);
    if (typeof key === 'string' && (last === null || key > last)) last = key;
  }
  putRow(doc, entry, row).set(SORT_KEY, generateKeyBetween(last, null));
}

/** Sets the fields whose value differs (an unchanged field makes no update). */
export function putFields(map: Y.Map<unknown>, fields: RowFields): void {
  for (const [field, value] of Object.entries(fields)) {
    if (JSON.stringify(map.get(field)) !== JSON.stringify(value ?? null)) map.set(field, value ?? null);
  }
}

/**
 * Writes a record's fields (all but the deal id) straight into its table's top-level map: a
 * root type is never replaced, so a record first written on two laptops while apart merges
 * field by field (a nested map set on both would keep one side's record whole).
 */
export function putRecord(doc: Y.Doc, entry: DealTable, row: RowFields): void {
  putFields(
    recordMap(doc, entry),
    Object.fromEntries(Object.entries(row).filter(([field]) => field !== entry.dealField)),
  );
}

/** The fields that split a table's rows into separately ordered lists (parent, then `orderWithin`). */
const groupFields = (entry: DealTable) =>
  [entry.parentField, ...(entry.orderWithin ?? [])].filter((f) => f !== entry.dealField);
const groupOf = (entry: DealTable, fields: RowFields) =>
  JSON.stringify(groupFields(entry).map((field) => fields[field] ?? null));

const byKey = (a: { key: string; id: string }, b: { key: string; id: string }) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Local positions from the doc, per list: live rows 0, 1, 2… in sort-key order (then id); a
 * deleted row gets the number of live rows before it, where an Undo puts it back (as locally).
 */
export function derivedPositions(doc: Y.Doc, entry: DealTable): Map<string, number> {
  const groups = new Map<string, { key: string; id: string; live: boolean }[]>();
  for (const [id, map] of tableMap(doc, entry)) {
    const group = groupOf(entry, map.toJSON());
    const list = groups.get(group) ?? [];
    list.push({ key: String(map.get(SORT_KEY) ?? ''), id, live: !map.get('deletedAt') });
    groups.set(group, list);
  }
  const positions = new Map<string, number>();
  for (const list of groups.values()) {
    let live = 0;
    for (const row of list.sort(byKey)) {
      positions.set(row.id, live);
      if (row.live) live++;
    }
  }
  return positions;
}

/**
 * Gives `id` a sort key that puts it between the rows before and after it in the local list
 * (ids in local order), keeping its key when it already lies there.
 */
export function placeInDoc(doc: Y.Doc, entry: DealTable, localOrder: string[], id: string): void {
  const rows = tableMap(doc, entry);
  const keyOf = (rowId: string | undefined) => {
    const key = rowId === undefined ? undefined : rows.get(rowId)?.get(SORT_KEY);
    return typeof key === 'string' && key !== '' ? key : null;
  };
  const at = localOrder.indexOf(id);
  const before = localOrder[at - 1];
  const after = localOrder[at + 1];
  const low = keyOf(before);
  const high = keyOf(after);
  const own = keyOf(id);
  const inPlace =
    own !== null &&
    (before === undefined || low === null || byKey({ key: low, id: before }, { key: own, id }) < 0) &&
    (after === undefined || high === null || byKey({ key: own, id }, { key: high, id: after }) < 0);
  if (inPlace) return;
  // Two rows may share a key (both appended while apart): then the next greater key bounds it.
  const greater = localOrder
    .slice(at + 1)
    .map(keyOf)
    .find((key) => key !== null && (low === null || key > low));
  const next = high !== null && (low === null || high > low) ? high : (greater ?? null);
  rows.get(id)?.set(SORT_KEY, generateKeyBetween(low, next));
}

/** Keys for a list in its current order (a deal's first share). */
export const initialKeys = (count: number): string[] => {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) keys.push(generateKeyBetween(keys[i - 1] ?? null, null));
  return keys;
};

export interface Candidate {
  client: number;
  value: unknown;
  kept: boolean;
}

interface MapItem {
  id: { client: number; clock: number };
  origin: { client: number; clock: number } | null;
  left: MapItem | null;
  content: { getContent(): unknown[] };
}

/**
 * After a remote transaction changed `field` of a row: the two values when the remote
 * change was made without seeing the value this laptop had (both sides changed the field
 * while apart), else null. Yjs keeps one of them (by client id, not by time); this finds
 * the other in the overwritten entries of the field (the docs are kept without GC).
 */
export function concurrentValues(row: Y.Map<unknown>, field: string, before: Map<number, number>): Candidate[] | null {
  const chain: MapItem[] = [];
  const internal = row as unknown as { _map: Map<string, MapItem> };
  for (let item = internal._map.get(field) ?? null; item; item = item.left) chain.push(item);
  const isNew = (item: MapItem) => item.id.clock >= (before.get(item.id.client) ?? 0);
  const previous = chain.find((item) => !isNew(item));
  const incoming = chain.find(isNew);
  if (!previous || !incoming) return null;
  const byId = new Map(chain.map((item) => [`${item.id.client}:${item.id.clock}`, item]));
  // The incoming value was written over `previous` (its origin chain reaches it): no conflict.
  for (let origin = incoming.origin; origin; ) {
    const item = byId.get(`${origin.client}:${origin.clock}`);
    if (!item) break;
    if (item === previous) return null;
    origin = item.origin;
  }
  const value = (item: MapItem) => item.content.getContent()[0] ?? null;
  if (JSON.stringify(value(previous)) === JSON.stringify(value(incoming))) return null;
  return [previous, incoming]
    .map((item) => ({ client: item.id.client, value: value(item), kept: item === chain[0] }))
    .sort((a, b) => Number(b.kept) - Number(a.kept));
}
