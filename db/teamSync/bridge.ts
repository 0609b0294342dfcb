import { randomInt } from 'node:crypto';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { and, asc, eq, getTableColumns, gt, isNull, max, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import * as Y from 'yjs';
import { z } from 'zod';
import { dealFieldsSchema } from '../../core/deal';
import { UserError } from '../../core/errors';
import { nowIso } from '../../core/time';
import type { ParleyDb } from '../database';
import { dealTable } from '../dealTables/registry';
import type { DealTable } from '../dealTables/types';
import { observeDealWrites, type WrittenRow } from '../dealTables/write';
import { deals, teamSyncConflicts, teamSyncDeals, teamSyncUpdates } from '../schema';
import { DocConnection, FROM_LOG, LOCAL } from './connection';
import {
  AUTHORS_MAP,
  type Candidate,
  concurrentValues,
  conflictKey,
  conflictValues,
  DEAL_MAP,
  derivedPositions,
  hardDeletes,
  initialKeys,
  ordered,
  placeInDoc,
  putFields,
  putRecord,
  putRow,
  RESOLVED_MAP,
  type RowFields,
  recordMap,
  rowKey,
  SORT_KEY,
  SYNCED_RECORDS,
  SYNCED_TABLES,
  syncedTable,
  TOMBSTONE,
  tableMap,
  UNLISTED_FIELDS,
} from './doc';

/** A prepared drizzle query: values for its placeholders at each run. */
interface Statement {
  get(placeholders?: Record<string, unknown>): unknown;
  run(placeholders?: Record<string, unknown>): unknown;
}

type Columns = Record<string, SQLiteColumn>;
const columnsOf = (entry: DealTable) => getTableColumns(entry.table) as unknown as Columns;
const column = (entry: DealTable, field: string) => columnsOf(entry)[field] as SQLiteColumn;
/** List order, as the write path keeps it (not every list has a created time). */
const listOrder = (entry: DealTable) =>
  ['position', 'createdAt'].filter((f) => f in entry.columns).map((f) => asc(column(entry, f)));

/** A row as the doc holds it (no position), built once per table: zod's `omit` is not free. */
const rowSchemas = new Map<DealTable, z.ZodObject>();
const rowSchema = (entry: DealTable): z.ZodObject => {
  const schema = rowSchemas.get(entry) ?? (ordered(entry) ? entry.row.omit({ position: true }) : entry.row);
  rowSchemas.set(entry, schema);
  return schema;
};

/**
 * The rows of `entry` that belong to the deal: by their deal column, or up the registry's
 * parent chain in a table without one (an option belongs to its issue's deal).
 */
export function inDeal(entry: DealTable, dealId: string): SQL {
  if (entry.dealField) return eq(column(entry, entry.dealField), dealId);
  const parent = dealTable(entry.parent);
  return sql`${column(entry, entry.parentField)} IN (SELECT ${column(parent, 'id')} FROM ${parent.table} WHERE ${inDeal(parent, dealId)})`;
}
/** Every row of the deal in `entry` (deleted ones too), in list order. */
export const dealRows = (tx: ParleyDb, entry: DealTable, dealId: string): RowFields[] =>
  tx
    .select()
    .from(entry.table)
    .where(inDeal(entry, dealId))
    .orderBy(...listOrder(entry))
    .all() as RowFields[];
/** The row of `entry` with this key (its id, or its composite key). */
const keyIs = (entry: DealTable, row: RowFields): SQL =>
  and(...entry.key.map((field) => eq(column(entry, field), row[field]))) as SQL;

/** The deal's own fields as they travel in the doc (to create the deal on a colleague's laptop). */
const dealMetaSchema = dealFieldsSchema.extend({ createdAt: z.iso.datetime() });
const DEAL_META_FIELDS = [...Object.keys(dealFieldsSchema.shape), 'createdAt'];

export interface SharedDealSettings {
  serverUrl: string;
  userName: string;
}

/** What a remote transaction changed, gathered by the doc's observers before its 'update' event. */
interface Remote {
  rows: Map<string, Set<string>>;
  records: Set<DealTable>;
  deal: boolean;
  conflicts: { table: string; rowId: string; field: string; candidates: Candidate[] }[];
  /** Conflicts a colleague resolved: conflict key → the values they chose between. */
  resolved: Map<string, string>;
}
const nothingRemote = (): Remote => ({
  rows: new Map(),
  records: new Set(),
  deal: false,
  conflicts: [],
  resolved: new Map(),
});
const isRemote = (transaction: Y.Transaction) => transaction.origin !== LOCAL && transaction.origin !== FROM_LOG;

/**
 * One shared deal on this laptop: its Y.Doc (rebuilt from the update log in SQLite), and
 * while online a Hocuspocus provider. Local writes reach it through the one write path
 * (`writeDeal` observers, below); remote updates are written to SQLite here, in one
 * transaction with their log entry, parents first.
 */
export class SharedDeal {
  readonly doc: Y.Doc;
  private readonly connection: DocConnection;
  /** The transaction of the local write being mirrored into the doc. */
  private tx: ParleyDb | null = null;
  private remote: Remote = nothingRemote();
  /** Each table's positions as last derived from the doc (row id → local position). */
  private positions = new Map<string, Map<string, number>>();
  /**
   * Queries this deal runs for every row it syncs or write it mirrors, built and compiled once:
   * building a drizzle query and preparing its SQLite statement cost far more than running it.
   */
  private statements = new Map<string, Statement>();
  /** Rows of the doc this laptop could not write (see `applyRow`), by "table/key". */
  private leftOut = new Set<string>();

  constructor(
    readonly db: ParleyDb,
    readonly dealId: string,
    clientId: number,
    readonly settings: SharedDealSettings,
    public readOnly: boolean,
  ) {
    this.doc = new Y.Doc({ gc: false });
    this.connection = new DocConnection(settings.serverUrl, `deal:${dealId}`, this.doc, 'this deal');
    const log = db
      .select({ update: teamSyncUpdates.update })
      .from(teamSyncUpdates)
      .where(eq(teamSyncUpdates.dealId, dealId))
      .orderBy(asc(teamSyncUpdates.seq))
      .all();
    if (log.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(log.map((row) => row.update)), FROM_LOG);
    // Rows the log holds live that SQLite does not (written with the log, so left out before a restart).
    for (const entry of SYNCED_TABLES.filter(hardDeletes)) {
      const here = new Set(dealRows(db, entry, dealId).map((row) => rowKey(entry, row)));
      for (const [key, map] of tableMap(this.doc, entry))
        if (!here.has(key) && !map.get(TOMBSTONE)) this.leftOut.add(`${entry.name}/${key}`);
    }
    // Set after the log is in: Yjs gives a doc a new client id when a replayed update carries its own.
    this.doc.clientID = clientId;
    for (const entry of SYNCED_TABLES) tableMap(this.doc, entry).observeDeep((events) => this.observe(entry, events));
    for (const entry of SYNCED_RECORDS)
      recordMap(this.doc, entry).observe((event) => {
        if (!isRemote(event.transaction)) return;
        this.remote.records.add(entry);
        this.noteConflicts(entry.name, event.target, event.keysChanged, event.transaction.beforeState);
      });
    this.doc.getMap(DEAL_MAP).observe((event) => {
      if (!isRemote(event.transaction)) return;
      this.remote.deal = true;
      this.noteConflicts(DEAL_MAP, event.target, event.keysChanged, event.transaction.beforeState);
    });
    this.doc.getMap<string>(RESOLVED_MAP).observe((event) => {
      if (!isRemote(event.transaction)) return;
      for (const key of event.keysChanged) this.remote.resolved.set(key, event.target.get(key) as string);
    });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
  }

  /** Tells the colleagues this conflict is settled (same transaction as the value written). */
  noteResolved(tx: ParleyDb, conflict: { table: string; rowId: string; field: string; values: unknown[] }): void {
    const key = conflictKey(conflict.table, conflict.rowId, conflict.field);
    this.local(tx, () => this.doc.getMap<string>(RESOLVED_MAP).set(key, conflictValues(conflict.values)));
  }

  /** Collects what a remote transaction changed (rows, same-field conflicts) before its 'update' event. */
  private observe(entry: DealTable, events: Y.YEvent<Y.AbstractType<unknown>>[]): void {
    const transaction = events[0]?.transaction;
    if (!transaction || !isRemote(transaction)) return;
    const rows = this.remote.rows.get(entry.name) ?? new Set<string>();
    this.remote.rows.set(entry.name, rows);
    for (const event of events) {
      if (event.path.length === 0) {
        for (const id of (event as Y.YMapEvent<unknown>).keysChanged) rows.add(id);
        continue;
      }
      const rowId = String(event.path[0]);
      rows.add(rowId);
      const { keysChanged, target } = event as Y.YMapEvent<unknown>;
      this.noteConflicts(entry.name, target as Y.Map<unknown>, keysChanged, transaction.beforeState, rowId);
    }
  }

  /** Fields of `map` a remote change overwrote without having seen this laptop's value. */
  private noteConflicts(
    table: string,
    map: Y.Map<unknown>,
    fields: Iterable<string>,
    before: Map<number, number>,
    rowId = this.dealId,
  ): void {
    for (const field of fields) {
      if (UNLISTED_FIELDS.has(field)) continue;
      const candidates = concurrentValues(map, field, before);
      if (candidates) this.remote.conflicts.push({ table, rowId, field, candidates });
    }
  }

  /** The statement kept under `key`, prepared on the deal's connection (the transactions run on it too). */
  private statement(key: string, prepare: () => Statement): Statement {
    const known = this.statements.get(key);
    if (known) return known;
    const statement = prepare();
    this.statements.set(key, statement);
    return statement;
  }

  /** One row of a synced table by id (deleted or not). */
  private rowById(entry: DealTable, id: string): RowFields | undefined {
    return this.statement(`row ${entry.name}`, () =>
      this.db
        .select()
        .from(entry.table)
        .where(eq(column(entry, 'id'), sql.placeholder('id')))
        .prepare(),
    ).get({ id }) as RowFields | undefined;
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === FROM_LOG) return;
    if (origin === LOCAL) {
      if (!this.tx) throw new Error('A local change to a shared deal outside its write transaction');
      this.log(this.tx, update);
      return;
    }
    const remote = this.remote;
    this.remote = nothingRemote();
    this.db.transaction((tx) => {
      if (this.ensureDeal(tx) && remote.deal) this.applyDeal(tx);
      this.log(tx, update);
      // Registry order: parents before their children.
      for (const entry of SYNCED_TABLES) {
        const ids = remote.rows.get(entry.name);
        if (!ids?.size) continue;
        for (const id of ids) this.applyRow(tx, entry, id);
        if (ordered(entry)) this.derivePositions(tx, entry);
      }
      // Records after the lists: a record may name a row of one (the BATNA's main issue).
      for (const entry of SYNCED_RECORDS) if (remote.records.has(entry)) this.applyRecord(tx, entry);
      for (const conflict of remote.conflicts) {
        tx.insert(teamSyncConflicts)
          .values({
            dealId: this.dealId,
            tableName: conflict.table,
            rowId: conflict.rowId,
            field: conflict.field,
            candidates: JSON.stringify(
              conflict.candidates.map((c) => ({
                ...c,
                author: this.authorOf(c.client),
                you: c.client === this.doc.clientID,
              })),
            ),
            createdAt: nowIso(),
          })
          .run();
      }
      if (remote.resolved.size > 0) this.settle(tx, remote.resolved);
    });
  }

  /** Marks resolved this laptop's open conflicts a colleague resolved (the same field, the same values). */
  private settle(tx: ParleyDb, resolved: Map<string, string>): void {
    const open = tx
      .select()
      .from(teamSyncConflicts)
      .where(and(eq(teamSyncConflicts.dealId, this.dealId), isNull(teamSyncConflicts.resolvedAt)))
      .all();
    for (const conflict of open) {
      const values = resolved.get(conflictKey(conflict.tableName, conflict.rowId, conflict.field));
      const listed = (JSON.parse(conflict.candidates) as Candidate[]).map((c) => c.value);
      if (values !== conflictValues(listed)) continue;
      tx.update(teamSyncConflicts).set({ resolvedAt: nowIso() }).where(eq(teamSyncConflicts.id, conflict.id)).run();
    }
  }

  private log(tx: ParleyDb, update: Uint8Array): void {
    tx.insert(teamSyncUpdates)
      .values({ dealId: this.dealId, update: Buffer.from(update), createdAt: nowIso() })
      .run();
  }

  authorOf(client: number): string {
    const name = this.doc.getMap<string>(AUTHORS_MAP).get(String(client));
    return name ?? 'Someone';
  }

  /**
   * A colleague's first sync creates the deal from the doc's `_deal` fields; answers whether
   * the deal was there already.
   */
  private ensureDeal(tx: ParleyDb): boolean {
    if (tx.select({ id: deals.id }).from(deals).where(eq(deals.id, this.dealId)).get()) {
      this.register(tx);
      return true;
    }
    const meta = dealMetaSchema.parse(this.doc.getMap(DEAL_MAP).toJSON());
    const { createdAt, ...fields } = meta;
    tx.insert(deals)
      .values({ id: this.dealId, ...fields, archived: false, createdAt, updatedAt: nowIso() })
      .run();
    this.register(tx);
    return false;
  }

  /** The deal's own fields as the doc holds them (a colleague renamed the deal…). */
  private applyDeal(tx: ParleyDb): void {
    const { createdAt: _created, ...fields } = this.doc.getMap(DEAL_MAP).toJSON();
    const parsed = dealFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      console.warn(`Team sync: the deal's fields left out: ${parsed.error.message}`);
      return;
    }
    tx.update(deals)
      .set({ ...parsed.data, updatedAt: nowIso() })
      .where(eq(deals.id, this.dealId))
      .run();
  }

  /** Writes a one-per-deal record of the doc into SQLite (checked against the registry's row schema). */
  private applyRecord(tx: ParleyDb, entry: DealTable): void {
    const map = recordMap(this.doc, entry);
    if (map.size === 0) return;
    const parsed = entry.row.safeParse(map.toJSON());
    if (!parsed.success) {
      console.warn(`Team sync: ${entry.name} left out: ${parsed.error.message}`);
      return;
    }
    const values: RowFields = { ...parsed.data, [entry.dealField as string]: this.dealId };
    // A row it names that this laptop does not hold (not synced, or not here yet) reads as none.
    for (const reference of entry.references) {
      const id = values[reference.field];
      if (!reference.nullable || typeof id !== 'string' || reference.field === entry.dealField) continue;
      const found = reference.to.some((name) => {
        const target = dealTable(name);
        return (
          tx
            .select()
            .from(target.table)
            .where(eq(column(target, 'id'), id))
            .get() !== undefined
        );
      });
      if (!found) values[reference.field] = null;
    }
    tx.insert(entry.table)
      .values(values as never)
      .onConflictDoUpdate({ target: column(entry, entry.dealField as string), set: values as never })
      .run();
  }

  /** The deal's row in team_sync_deals (once the deal exists locally). */
  register(tx: ParleyDb): void {
    tx.insert(teamSyncDeals)
      .values({
        dealId: this.dealId,
        serverUrl: this.settings.serverUrl,
        clientId: this.doc.clientID,
        userName: this.settings.userName,
        readOnly: this.readOnly,
        sharedAt: nowIso(),
      })
      // Yjs picks a new client id if it ever sees its own id in a remote update: keep the current one.
      .onConflictDoUpdate({
        target: teamSyncDeals.dealId,
        set: { readOnly: this.readOnly, clientId: this.doc.clientID },
      })
      .run();
  }

  /**
   * Writes one row of the doc into SQLite (checked against the registry's row schema first);
   * a tombstoned row of a hard-delete table is deleted. A row that cannot be written (its parent
   * is gone here, a colleague's copy of a unique link) is left out, as a row that does not parse.
   */
  private applyRow(tx: ParleyDb, entry: DealTable, key: string): void {
    const map = tableMap(this.doc, entry).get(key);
    if (!map) return;
    const { [SORT_KEY]: _key, ...fields } = map.toJSON() as RowFields;
    const tombstoned = hardDeletes(entry) && Boolean(fields[TOMBSTONE]);
    if (hardDeletes(entry) && !(TOMBSTONE in entry.columns)) delete fields[TOMBSTONE];
    const parsed = rowSchema(entry).safeParse(fields);
    if (!parsed.success) {
      console.warn(`Team sync: ${entry.name} ${key} left out: ${parsed.error.message}`);
      return;
    }
    const values: RowFields = entry.dealField ? { ...parsed.data, [entry.dealField]: this.dealId } : parsed.data;
    if (tombstoned) {
      tx.delete(entry.table)
        .where(and(keyIs(entry, values), inDeal(entry, this.dealId)) as SQL)
        .run();
      return;
    }
    // Only a row of this deal: never takes over a row of another deal that happens to have the id.
    let problem = 'it clashes with a row here';
    try {
      // A failing statement undoes only itself (SQLite): the rest of the update still applies.
      const upsert = (db: ParleyDb, row: RowFields) =>
        db
          .insert(entry.table)
          .values((ordered(entry) ? { ...row, position: 0 } : row) as never)
          .onConflictDoUpdate({
            target: entry.key.map((field) => column(entry, field)),
            set: row as never,
            setWhere: inDeal(entry, this.dealId),
          });
      // A field the doc leaves out keeps its default (new row) or its value: the one-off query
      // says so. A complete row (most) runs the statement compiled once for the table.
      const complete = Object.keys(rowSchema(entry).shape).every((field) => parsed.data[field] !== undefined);
      const names = Object.keys(values);
      const { changes } = (
        complete
          ? this.statement(`upsert ${entry.name} ${names.join()}`, () =>
              upsert(this.db, Object.fromEntries(names.map((f) => [f, sql.placeholder(f)]))).prepare(),
            ).run(values)
          : upsert(tx, values).run()
      ) as { changes: number };
      if (changes > 0) {
        this.leftOut.delete(`${entry.name}/${key}`);
        return;
      }
    } catch (error) {
      problem = (error as Error).message;
    }
    // Not taken for a local delete by the next write (`mirrorWhole`).
    this.leftOut.add(`${entry.name}/${key}`);
    console.warn(`Team sync: ${entry.name} ${key} left out: ${problem}`);
  }

  /** Local positions from the doc (see `derivedPositions`); only rows whose position changed are written. */
  private derivePositions(tx: ParleyDb, entry: DealTable): void {
    const idColumn = column(entry, 'id');
    const current = new Map(
      (
        tx
          .select({ id: idColumn, position: column(entry, 'position') })
          .from(entry.table)
          .where(inDeal(entry, this.dealId))
          .all() as { id: string; position: number }[]
      ).map((row) => [row.id, row.position]),
    );
    const derived = derivedPositions(this.doc, entry);
    for (const [id, position] of derived) {
      if (current.get(id) === position || !current.has(id)) continue;
      tx.update(entry.table)
        .set({ position } as never)
        .where(and(eq(idColumn, id), inDeal(entry, this.dealId)) as SQL)
        .run();
    }
    this.positions.set(entry.name, derived);
  }

  /** Local ids of the row's list in local order (what the user sees). */
  private localOrder(tx: ParleyDb, entry: DealTable, row: RowFields): string[] {
    const group = [entry.parentField, ...(entry.orderWithin ?? [])].map((f) => eq(column(entry, f), row[f]));
    if (TOMBSTONE in entry.columns) group.push(isNull(column(entry, TOMBSTONE)));
    return (
      tx
        .select({ id: column(entry, 'id') })
        .from(entry.table)
        .where(and(...group) as SQL)
        .orderBy(...listOrder(entry))
        .all() as { id: string }[]
    ).map((r) => r.id);
  }

  /** Runs `change` on the doc inside `tx`, its update logged in the same transaction. */
  private local(tx: ParleyDb, change: () => void): void {
    this.tx = tx;
    try {
      this.doc.transact(() => {
        const authors = this.doc.getMap<string>(AUTHORS_MAP);
        if (authors.get(String(this.doc.clientID)) !== this.settings.userName)
          authors.set(String(this.doc.clientID), this.settings.userName);
        change();
      }, LOCAL);
    } finally {
      this.tx = null;
    }
  }

  /** Mirrors rows just written through the write path into the doc (same transaction). */
  mirror(tx: ParleyDb, written: WrittenRow[]): void {
    const reordered = new Set<DealTable>();
    this.local(tx, () => {
      for (const { name, id } of written) {
        const entry = syncedTable(name);
        if (!entry || hardDeletes(entry)) continue;
        const row = this.rowById(entry, id);
        if (!row) continue;
        const before = this.orderOf(entry, id);
        putRow(this.doc, entry, row);
        // An edit that leaves the row where it was (most edits) needs no new place and no renumbering.
        const known = this.positions.get(entry.name)?.get(id);
        if (before !== null && known === row.position && before === this.orderOf(entry, id)) continue;
        if (!row.deletedAt) placeInDoc(this.doc, entry, this.localOrder(tx, entry, row), id);
        reordered.add(entry);
      }
      for (const entry of SYNCED_TABLES) if (hardDeletes(entry) && this.mirrorWhole(tx, entry)) reordered.add(entry);
      this.mirrorDealAndRecords();
    });
    for (const entry of reordered) this.derivePositions(tx, entry);
  }

  /**
   * A hard-delete table compared whole with the doc: rows that differ are written, rows gone
   * here get their tombstone, and a list whose order differs from the doc's gets sort keys in
   * local order. Answers whether positions need deriving again.
   */
  private mirrorWhole(tx: ParleyDb, entry: DealTable): boolean {
    const rows = dealRows(tx, entry, this.dealId);
    const here = new Set<string>();
    for (const row of rows) {
      here.add(rowKey(entry, row));
      putRow(this.doc, entry, row);
    }
    for (const [key, map] of tableMap(this.doc, entry))
      if (!here.has(key) && !map.get(TOMBSTONE) && !this.leftOut.has(`${entry.name}/${key}`))
        map.set(TOMBSTONE, nowIso());
    if (!ordered(entry)) return false;
    const derived = derivedPositions(this.doc, entry);
    const keys = tableMap(this.doc, entry);
    const placed = (row: RowFields) =>
      derived.get(row.id as string) === row.position && typeof keys.get(row.id as string)?.get(SORT_KEY) === 'string';
    if (rows.every(placed)) return false;
    const lists = new Map<string, string[]>();
    for (const row of rows) {
      const list = JSON.stringify([entry.parentField, ...(entry.orderWithin ?? [])].map((f) => row[f]));
      lists.set(list, [...(lists.get(list) ?? []), row.id as string]);
    }
    for (const ids of lists.values()) for (const id of ids) placeInDoc(this.doc, entry, ids, id);
    return true;
  }

  /**
   * The deal's own fields and its one-per-deal records into the doc: read after every write
   * of the deal (a handful of one-row reads), so a repository that writes a record its own
   * way inside `writeDeal` is mirrored too. Unchanged fields make no update.
   */
  private mirrorDealAndRecords(): void {
    const deal = this.statement('deal', () =>
      this.db.select().from(deals).where(eq(deals.id, this.dealId)).prepare(),
    ).get() as RowFields | undefined;
    if (!deal) throw new UserError('not_found', 'The deal was not found.');
    putFields(this.doc.getMap(DEAL_MAP), Object.fromEntries(DEAL_META_FIELDS.map((f) => [f, deal[f] ?? null])));
    for (const entry of SYNCED_RECORDS) {
      const row = this.statement(`record ${entry.name}`, () =>
        this.db
          .select()
          .from(entry.table)
          .where(eq(column(entry, entry.dealField as string), this.dealId))
          .prepare(),
      ).get() as RowFields | undefined;
      if (row) putRecord(this.doc, entry, row);
    }
  }

  /** What decides a row's place in the doc: its list, sort key, deleted or not. */
  private orderOf(entry: DealTable, id: string): string | null {
    const map = tableMap(this.doc, entry).get(id);
    if (!map) return null;
    const fields = [SORT_KEY, 'deletedAt', entry.parentField, ...(entry.orderWithin ?? [])];
    return JSON.stringify(fields.map((f) => map.get(f) ?? null));
  }

  /** The first share: the deal, its records and every row of the synced tables (deleted ones too) into the doc. */
  seed(tx: ParleyDb): void {
    this.local(tx, () => {
      this.mirrorDealAndRecords();
      for (const entry of SYNCED_TABLES) {
        const rows = dealRows(tx, entry, this.dealId);
        if (!ordered(entry)) {
          for (const row of rows) putRow(this.doc, entry, row);
          continue;
        }
        const groups = new Map<string, RowFields[]>();
        for (const row of rows) {
          const group = JSON.stringify([entry.parentField, ...(entry.orderWithin ?? [])].map((f) => row[f]));
          groups.set(group, [...(groups.get(group) ?? []), row]);
        }
        for (const list of groups.values()) {
          const keys = initialKeys(list.length);
          list.forEach((row, i) => {
            putRow(this.doc, entry, row).set(SORT_KEY, keys[i]);
          });
        }
      }
    });
  }

  /** Goes online: syncs the doc with the server (both ways) and keeps it in step. */
  async connect(token: string): Promise<void> {
    await this.connection.open(token, {
      authenticated: (readOnly) => {
        if (readOnly === this.readOnly) return;
        this.readOnly = readOnly;
        this.db.update(teamSyncDeals).set({ readOnly }).where(eq(teamSyncDeals.dealId, this.dealId)).run();
      },
      synced: () => this.acknowledge(),
      // Every update this laptop sent was applied by the server: the log up to here is on it.
      acknowledged: () => this.acknowledge(),
      attaching: (provider) => provider.setAwarenessField('user', { name: this.settings.userName }),
    });
  }

  /** Goes offline; edits keep going into the log and are sent at the next `connect`. */
  disconnect(): void {
    this.connection.close();
  }

  get provider(): HocuspocusProvider | null {
    return this.connection.provider;
  }

  /** Why the server refused this laptop, if it did. */
  get refused(): string | null {
    return this.connection.refused;
  }

  /** The log's last entry (0 when empty). */
  revision(): number {
    return (
      this.db
        .select({ seq: max(teamSyncUpdates.seq) })
        .from(teamSyncUpdates)
        .where(eq(teamSyncUpdates.dealId, this.dealId))
        .get()?.seq ?? 0
    );
  }

  /** Marks the whole log as on the server (Parley's own record: pending changes survive a restart). */
  private acknowledge(): void {
    const last = this.revision();
    this.db
      .update(teamSyncDeals)
      .set({ acknowledgedSeq: last ?? 0 })
      .where(eq(teamSyncDeals.dealId, this.dealId))
      .run();
  }

  /** Local changes in the log the server has not acknowledged yet (read from the log, not the provider). */
  pendingChanges(): number {
    const acknowledged =
      this.db
        .select({ seq: teamSyncDeals.acknowledgedSeq })
        .from(teamSyncDeals)
        .where(eq(teamSyncDeals.dealId, this.dealId))
        .get()?.seq ?? 0;
    const later = this.db
      .select({ update: teamSyncUpdates.update })
      .from(teamSyncUpdates)
      .where(and(eq(teamSyncUpdates.dealId, this.dealId), gt(teamSyncUpdates.seq, acknowledged)))
      .all();
    // This laptop's own updates carry only its client id (a colleague's, theirs).
    return later.filter(({ update }) => {
      const { structs } = Y.decodeUpdate(update);
      return structs.length > 0 && structs.every((struct) => struct.id.client === this.doc.clientID);
    }).length;
  }

  /** Online: connected and in step with the server. */
  get online(): boolean {
    return this.connection.online;
  }

  /** The colleagues with this deal open right now (Hocuspocus awareness), by name. */
  colleaguesOnline(): string[] {
    const states = this.provider?.awareness?.getStates() ?? new Map();
    const names: string[] = [];
    for (const [client, state] of states) {
      const name = (state as { user?: { name?: unknown } }).user?.name;
      if (client !== this.provider?.awareness?.clientID && typeof name === 'string') names.push(name);
    }
    return [...new Set(names)].sort();
  }

  /** True when the server has acknowledged every local change sent on this connection. */
  get settled(): boolean {
    return this.connection.settled;
  }
}

/** The shared deals open on each database (several in one process in tests). */
const open = new WeakMap<ParleyDb, Map<string, SharedDeal>>();

export const sharedDeal = (db: ParleyDb, dealId: string): SharedDeal | undefined => open.get(db)?.get(dealId);

function keep(db: ParleyDb, shared: SharedDeal): SharedDeal {
  const deals = open.get(db) ?? new Map<string, SharedDeal>();
  open.set(db, deals);
  deals.set(shared.dealId, shared);
  return shared;
}

observeDealWrites({
  before(db, dealId) {
    if (sharedDeal(db, dealId)?.readOnly)
      throw new UserError(
        'unavailable',
        'This deal is shared with you read-only: ask its owner to make you an editor.',
      );
  },
  after(db, tx, dealId, written) {
    sharedDeal(db, dealId)?.mirror(tx, written);
  },
});

/** Shares a local deal: seeds its doc from this laptop's rows (once; the server must not have it yet). */
export function shareDeal(db: ParleyDb, dealId: string, settings: SharedDealSettings): SharedDeal {
  if (sharedDeal(db, dealId)) throw new UserError('conflict', 'This deal is already shared.');
  const shared = new SharedDeal(db, dealId, randomInt(1, 2 ** 31), settings, false);
  db.transaction((tx) => {
    shared.register(tx);
    shared.seed(tx);
  });
  return keep(db, shared);
}

/** Opens a deal shared by a colleague; the deal appears locally at the first sync. */
export function joinDeal(db: ParleyDb, dealId: string, settings: SharedDealSettings): SharedDeal {
  return sharedDeal(db, dealId) ?? keep(db, new SharedDeal(db, dealId, randomInt(1, 2 ** 31), settings, false));
}

/** At start: every deal this laptop shares, rebuilt from its log (offline until `connect`). */
export function openSharedDeals(db: ParleyDb): SharedDeal[] {
  return db
    .select()
    .from(teamSyncDeals)
    .all()
    .map(
      (row) =>
        sharedDeal(db, row.dealId) ??
        keep(
          db,
          new SharedDeal(
            db,
            row.dealId,
            row.clientId,
            { serverUrl: row.serverUrl, userName: row.userName },
            row.readOnly,
          ),
        ),
    );
}

/** Takes a shared deal offline and forgets it in this process (its rows and log stay). */
export function closeSharedDeal(db: ParleyDb, dealId: string): void {
  sharedDeal(db, dealId)?.disconnect();
  open.get(db)?.delete(dealId);
}

/** Every shared deal open in this process, offline and forgotten (at quit): none is opened to be closed. */
export function closeSharedDeals(db: ParleyDb): void {
  for (const dealId of [...(open.get(db)?.keys() ?? [])]) closeSharedDeal(db, dealId);
}
