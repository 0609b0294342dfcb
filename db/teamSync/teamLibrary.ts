import { randomInt } from 'node:crypto';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as Y from 'yjs';
import { z } from 'zod';
import { DEAL_CONTEXTS } from '../../core/deal';
import { LESSON_TAGS } from '../../core/debrief/model';
import { UserError } from '../../core/errors';
import { phraseFieldsSchema } from '../../core/library/phrases';
import { templateFieldsSchema, upgradeTemplateDocument } from '../../core/library/templates';
import { libraryTradeableFieldsSchema } from '../../core/library/tradeables';
import {
  LESSONS_MAP,
  LIBRARY_KINDS,
  type LibraryKind,
  type SHARED_LESSON_FIELDS,
  TEAM_DOCS,
  TEAM_LESSONS_DOC,
  TEAM_LIBRARY_DOC,
  type TeamDocName,
} from '../../core/teamLibrary';
import { nowIso } from '../../core/time';
import { observeDealWrites } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { observeLibraryWrites } from '../repositories/libraryWrites';
import {
  deals,
  debriefLessons,
  libraryTradeables,
  phrases,
  teamDocs,
  teamDocUpdates,
  teamLessons,
  templates,
} from '../schema';
import { DocConnection, FROM_LOG, LOCAL } from './connection';

/**
 * The team library on this laptop (see README "Team library"). Two team-wide Y.Docs:
 * `team:library` (a map per kind: entry id → Y.Map of its fields) and `team:lessons` (one map
 * of shared debrief lessons). An entry is never removed from a map: unsharing or deleting sets
 * its `deletedAt`, so a concurrent edit cannot bring half of it back. The app keeps reading
 * its own SQLite tables: colleagues' entries are mirrored into the library tables (marked
 * `team_shared`) and into `team_lessons`; each doc's updates are logged in SQLite in the same
 * transaction as the rows they change, so the docs are rebuilt at start and work offline.
 */

type Fields = Record<string, unknown>;

interface LibraryTable {
  table: SQLiteTable;
  id: SQLiteColumn;
  teamShared: SQLiteColumn;
  label: string;
  /** The doc's fields of a local row: what a colleague's laptop needs to use the entry. */
  toDoc(row: Fields): Fields;
  /** The local columns of a doc entry, checked with the entry's own schema; null when it does not validate. */
  fromDoc(fields: Fields): Fields | null;
}

const stamps = (row: Fields) => ({ createdAt: row.createdAt, updatedAt: row.updatedAt });
const stampsSchema = z.object({ createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() });
const parseJson = (text: unknown): unknown => {
  try {
    return JSON.parse(String(text));
  } catch {
    return null;
  }
};

const LIBRARY: Record<LibraryKind, LibraryTable> = {
  templates: {
    table: templates,
    id: templates.id,
    teamShared: templates.teamShared,
    label: 'template',
    toDoc: (row) => ({
      name: row.name,
      context: row.context,
      description: row.description,
      document: row.document,
      ...stamps(row),
    }),
    fromDoc(fields) {
      const parsed = templateFieldsSchema.safeParse({
        name: fields.name,
        context: fields.context,
        description: fields.description,
        document: upgradeTemplateDocument(parseJson(fields.document)),
      });
      const when = stampsSchema.safeParse(fields);
      if (!parsed.success || !when.success) return null;
      return { ...parsed.data, document: JSON.stringify(parsed.data.document), ...when.data };
    },
  },
  tradeables: {
    table: libraryTradeables,
    id: libraryTradeables.id,
    teamShared: libraryTradeables.teamShared,
    label: 'tradeable',
    toDoc: (row) => ({
      name: row.name,
      category: row.category,
      options: row.options,
      costToUs: row.costToUs,
      valueToThem: row.valueToThem,
      notes: row.notes,
      ...stamps(row),
    }),
    fromDoc(fields) {
      const { createdAt: _c, updatedAt: _u, deletedAt: _d, sharedBy: _s, options, ...rest } = fields;
      const parsed = libraryTradeableFieldsSchema.safeParse({ ...rest, options: parseJson(options) });
      const when = stampsSchema.safeParse(fields);
      if (!parsed.success || !when.success) return null;
      return { ...parsed.data, options: JSON.stringify(parsed.data.options), ...when.data };
    },
  },
  phrases: {
    table: phrases,
    id: phrases.id,
    teamShared: phrases.teamShared,
    label: 'phrase',
    toDoc: (row) => ({ purpose: row.purpose, text: row.text, notes: row.notes, ...stamps(row) }),
    fromDoc(fields) {
      const parsed = phraseFieldsSchema.safeParse({ purpose: fields.purpose, text: fields.text, notes: fields.notes });
      const when = stampsSchema.safeParse(fields);
      if (!parsed.success || !when.success) return null;
      return { ...parsed.data, ...when.data };
    },
  },
};

/** A shared lesson as it travels: only these fields (SHARED_LESSON_FIELDS), checked on arrival. */
const sharedLessonSchema = z.object({
  text: z.string().max(2000),
  tag: z.enum(LESSON_TAGS),
  context: z.enum(DEAL_CONTEXTS),
  author: z.string().max(200),
  sharedAt: z.iso.datetime(),
});

export interface TeamDocSettings {
  serverUrl: string;
  userName: string;
}

/** One team-wide doc on this laptop: its Y.Doc rebuilt from the log, and while online a Hocuspocus provider. */
export class TeamDoc {
  readonly doc = new Y.Doc({ gc: false });
  private readonly connection: DocConnection;
  private tx: ParleyDb | null = null;
  /** Entry ids a remote transaction changed, per map, gathered before its 'update' event. */
  private remote = new Map<string, Set<string>>();
  /** Settles when the first connection after a sign-in has synced (or was refused). */
  ready: Promise<void> = Promise.resolve();

  constructor(
    readonly db: ParleyDb,
    readonly name: TeamDocName,
    clientId: number,
    readonly settings: TeamDocSettings,
    public readOnly: boolean,
  ) {
    this.connection = new DocConnection(settings.serverUrl, name, this.doc, 'the team library');
    const log = db
      .select({ update: teamDocUpdates.update })
      .from(teamDocUpdates)
      .where(eq(teamDocUpdates.docName, name))
      .orderBy(asc(teamDocUpdates.seq))
      .all();
    if (log.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(log.map((row) => row.update)), FROM_LOG);
    this.doc.clientID = clientId;
    for (const map of this.maps()) {
      this.doc.getMap<Y.Map<unknown>>(map).observeDeep((events) => {
        const origin = events[0]?.transaction.origin;
        if (origin === LOCAL || origin === FROM_LOG) return;
        const ids = this.remote.get(map) ?? new Set<string>();
        this.remote.set(map, ids);
        for (const event of events) {
          if (event.path.length === 0) for (const id of (event as Y.YMapEvent<unknown>).keysChanged) ids.add(id);
          else ids.add(String(event.path[0]));
        }
      });
    }
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
  }

  private maps(): readonly string[] {
    return this.name === TEAM_LIBRARY_DOC ? LIBRARY_KINDS : [LESSONS_MAP];
  }

  entries(map: string): Y.Map<Y.Map<unknown>> {
    return this.doc.getMap<Y.Map<unknown>>(map);
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === FROM_LOG) return;
    if (origin === LOCAL) {
      if (!this.tx) throw new Error('A local change to a team doc outside its write transaction');
      this.log(this.tx, update);
      return;
    }
    const remote = this.remote;
    this.remote = new Map();
    this.db.transaction((tx) => {
      this.log(tx, update);
      for (const [map, ids] of remote) for (const id of ids) this.apply(tx, map, id);
    });
  }

  private log(tx: ParleyDb, update: Uint8Array): void {
    tx.insert(teamDocUpdates)
      .values({ docName: this.name, update: Buffer.from(update), createdAt: nowIso() })
      .run();
  }

  /** A colleague's entry (or its removal) into this laptop's tables. */
  private apply(tx: ParleyDb, map: string, id: string): void {
    const fields = (this.entries(map).get(id)?.toJSON() ?? null) as Fields | null;
    if (!fields) return;
    if (map === LESSONS_MAP) {
      applyLesson(tx, id, fields);
      return;
    }
    const kind = LIBRARY[map as LibraryKind];
    if (!kind) return;
    if (fields.deletedAt) {
      // Only the team's copy goes: an entry this user unshared stays theirs (no longer marked).
      tx.delete(kind.table)
        .where(and(eq(kind.id, id), eq(kind.teamShared, true)))
        .run();
      return;
    }
    const values = kind.fromDoc(fields);
    if (!values) {
      console.warn(`Team library: ${kind.label} ${id} left out: it does not validate`);
      return;
    }
    tx.insert(kind.table)
      .values({ ...values, id, teamShared: true } as never)
      .onConflictDoUpdate({ target: kind.id, set: { ...values, teamShared: true } as never })
      .run();
  }

  /** Runs `change` on the doc inside `tx`, its update logged in the same transaction. */
  change(tx: ParleyDb, change: () => void): void {
    this.tx = tx;
    try {
      this.doc.transact(change, LOCAL);
    } finally {
      this.tx = null;
    }
  }

  /** Writes the fields that differ into the entry's map (creating it). */
  put(map: string, id: string, fields: Fields): void {
    const entries = this.entries(map);
    let entry = entries.get(id);
    if (!entry) {
      entry = new Y.Map<unknown>();
      entries.set(id, entry);
    }
    for (const [field, value] of Object.entries(fields)) {
      if (!entry.has(field) || JSON.stringify(entry.get(field)) !== JSON.stringify(value ?? null))
        entry.set(field, value ?? null);
    }
  }

  /** Whether this laptop created the entry (its Yjs client wrote the entry's map). */
  sharedHere(entry: Y.Map<unknown>): boolean {
    return entry._item?.id.client === this.doc.clientID;
  }

  /** Refuses a change of the team library this user may only read (the server would drop it). */
  assertWritable(): void {
    if (this.readOnly)
      throw new UserError('unavailable', 'You read the team library: ask a library editor to change it.');
  }

  /** Goes online; `ready` settles at the first sync (or the server's refusal). */
  connect(token: string): Promise<void> {
    this.ready = this.connection
      .open(token, {
        authenticated: (readOnly) => {
          this.readOnly = readOnly;
          this.db.update(teamDocs).set({ readOnly }).where(eq(teamDocs.name, this.name)).run();
        },
        synced: () => {
          if (this.name === TEAM_LESSONS_DOC) shareMarkedLessons(this.db, this);
        },
      })
      .then(() => undefined);
    return this.ready;
  }

  disconnect(): void {
    this.connection.close();
  }

  get provider(): HocuspocusProvider | null {
    return this.connection.provider;
  }

  get online(): boolean {
    return this.connection.online;
  }

  get settled(): boolean {
    return this.connection.settled;
  }

  /** Waits (a few seconds at most) for the server to acknowledge this laptop's changes, so a confirmation is true. */
  async acknowledged(timeoutMs = 5000): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (!this.settled && this.online && Date.now() < until) await new Promise((done) => setTimeout(done, 20));
    return this.settled;
  }
}

function applyLesson(tx: ParleyDb, id: string, fields: Fields): void {
  // One's own lessons are read from one's own debriefs.
  if (tx.select({ id: debriefLessons.id }).from(debriefLessons).where(eq(debriefLessons.id, id)).get()) return;
  const parsed = sharedLessonSchema.safeParse(fields);
  if (fields.deletedAt || !parsed.success) {
    tx.delete(teamLessons).where(eq(teamLessons.id, id)).run();
    return;
  }
  tx.insert(teamLessons)
    .values({ id, ...parsed.data })
    .onConflictDoUpdate({ target: teamLessons.id, set: parsed.data })
    .run();
}

/* The team docs open on each database (several in one process in tests) -------------- */

const open = new WeakMap<object, Map<TeamDocName, TeamDoc>>();
/** The better-sqlite3 connection under a drizzle handle or one of its transactions: the same for both. */
const connectionOf = (db: ParleyDb): object => (db as unknown as { session: { client: object } }).session.client;

export const teamDoc = (db: ParleyDb, name: TeamDocName): TeamDoc | undefined => open.get(connectionOf(db))?.get(name);

function keep(db: ParleyDb, doc: TeamDoc): TeamDoc {
  const docs = open.get(connectionOf(db)) ?? new Map<TeamDocName, TeamDoc>();
  open.set(connectionOf(db), docs);
  docs.set(doc.name, doc);
  return doc;
}

/** At start: the team docs this laptop follows, rebuilt from their logs (offline until a sign-in). */
export function openTeamDocs(db: ParleyDb): TeamDoc[] {
  return db
    .select()
    .from(teamDocs)
    .all()
    .map(
      (row) =>
        teamDoc(db, row.name as TeamDocName) ??
        keep(
          db,
          new TeamDoc(
            db,
            row.name as TeamDocName,
            row.clientId,
            { serverUrl: row.serverUrl, userName: row.userName },
            row.readOnly,
          ),
        ),
    );
}

/**
 * At a sign-in: both team docs of this server, connected. A laptop that followed another
 * server's team library forgets it first (that team's entries stay as local entries).
 */
export function followTeamDocs(db: ParleyDb, settings: TeamDocSettings, token: string): TeamDoc[] {
  return TEAM_DOCS.map((name) => {
    let doc = teamDoc(db, name);
    if (doc && doc.settings.serverUrl !== settings.serverUrl) {
      forgetTeamDoc(db, name);
      doc = undefined;
    }
    if (!doc) {
      const row = db.select().from(teamDocs).where(eq(teamDocs.name, name)).get();
      if (row && row.serverUrl !== settings.serverUrl) forgetTeamDoc(db, name);
      const clientId = row?.serverUrl === settings.serverUrl ? row.clientId : randomInt(1, 2 ** 31);
      db.insert(teamDocs)
        .values({ name, clientId, ...settings, readOnly: true })
        .onConflictDoUpdate({ target: teamDocs.name, set: { userName: settings.userName } })
        .run();
      doc = keep(db, new TeamDoc(db, name, clientId, settings, row?.readOnly ?? true));
    }
    void doc.connect(token).catch(() => undefined);
    return doc;
  });
}

function forgetTeamDoc(db: ParleyDb, name: TeamDocName): void {
  teamDoc(db, name)?.disconnect();
  open.get(connectionOf(db))?.delete(name);
  db.transaction((tx) => {
    tx.delete(teamDocs).where(eq(teamDocs.name, name)).run();
    if (name === TEAM_LESSONS_DOC) tx.delete(teamLessons).run();
    else
      for (const kind of Object.values(LIBRARY))
        tx.update(kind.table)
          .set({ teamShared: false } as never)
          .run();
  });
}

/** Offline (a sign-out): the docs stay open, so changes to team entries keep going into their logs. */
export function disconnectTeamDocs(db: ParleyDb): void {
  for (const name of TEAM_DOCS) teamDoc(db, name)?.disconnect();
}

/* The library: share, unshare, and every later change of a team entry ------------------ */

/** The library doc, ready to be written by this user (after the sign-in's first answer). */
async function writableLibrary(db: ParleyDb): Promise<TeamDoc> {
  const library = teamDoc(db, TEAM_LIBRARY_DOC);
  if (!library) throw new UserError('unavailable', 'Sign in to the team server first.');
  await library.ready.catch(() => undefined);
  library.assertWritable();
  return library;
}

function localRow(tx: ParleyDb, kind: LibraryKind, id: string): Fields | undefined {
  const entry = LIBRARY[kind];
  return tx.select().from(entry.table).where(eq(entry.id, id)).get() as Fields | undefined;
}

/** "Share with the team": the entry goes into the library doc, and is marked as a team entry here. */
export async function shareLibraryEntry(db: ParleyDb, kind: LibraryKind, id: string): Promise<void> {
  const library = await writableLibrary(db);
  const entry = LIBRARY[kind];
  db.transaction((tx) => {
    const row = localRow(tx, kind, id);
    if (!row) throw new UserError('not_found', `The ${entry.label} was not found.`);
    if (row.teamShared) throw new UserError('conflict', `This ${entry.label} is already in the team library.`);
    tx.update(entry.table)
      .set({ teamShared: true } as never)
      .where(eq(entry.id, id))
      .run();
    library.change(tx, () =>
      library.put(kind, id, { ...entry.toDoc(row), sharedBy: library.settings.userName, deletedAt: null }),
    );
  });
  await library.acknowledged();
}

/** "Remove from the team": colleagues' copies go; this laptop keeps the entry as its own. */
export async function unshareLibraryEntry(db: ParleyDb, kind: LibraryKind, id: string): Promise<void> {
  const library = await writableLibrary(db);
  const entry = LIBRARY[kind];
  db.transaction((tx) => {
    const row = localRow(tx, kind, id);
    if (!row?.teamShared) throw new UserError('not_found', `This ${entry.label} is not in the team library.`);
    tx.update(entry.table)
      .set({ teamShared: false } as never)
      .where(eq(entry.id, id))
      .run();
    library.change(tx, () => library.put(kind, id, { deletedAt: nowIso() }));
  });
  await library.acknowledged();
}

observeLibraryWrites({
  after(tx, kind, id) {
    const library = teamDoc(tx, TEAM_LIBRARY_DOC);
    if (!library) return;
    const row = localRow(tx, kind, id);
    const inDoc = library.entries(kind).get(id);
    if (!row) {
      // Deleting a team entry deletes it for the team.
      if (!inDoc || inDoc.get('deletedAt')) return;
      library.assertWritable();
      library.change(tx, () => library.put(kind, id, { deletedAt: nowIso() }));
      return;
    }
    if (!row.teamShared) return;
    library.assertWritable();
    library.change(tx, () => library.put(kind, id, { ...LIBRARY[kind].toDoc(row), deletedAt: null }));
  },
});

/* Lessons: opt-in per lesson, only its text, tag and the deal's context ------------------ */

/** A lesson as the team sees it: exactly SHARED_LESSON_FIELDS, never the deal's numbers or names. */
function sharedLesson(tx: ParleyDb, lessons: TeamDoc, id: string): Fields | null {
  const lesson = tx.select().from(debriefLessons).where(eq(debriefLessons.id, id)).get();
  const before = lessons.entries(LESSONS_MAP).get(id);
  // A lesson of a deal purged here: gone for the team too (if this laptop shared it, not a colleague).
  if (!lesson) return before && lessons.sharedHere(before) && !before.get('deletedAt') ? { deletedAt: nowIso() } : null;
  const deal = tx
    .select({ context: deals.context, deletedAt: deals.deletedAt })
    .from(deals)
    .where(eq(deals.id, lesson.dealId))
    .get();
  const live = lesson.shared && !lesson.deletedAt && deal && !deal.deletedAt;
  if (!live) return before && !before.get('deletedAt') ? { deletedAt: nowIso() } : null;
  const fields: Record<(typeof SHARED_LESSON_FIELDS)[number], unknown> = {
    text: lesson.text,
    tag: lesson.tag,
    context: deal.context,
    author: lessons.settings.userName,
    sharedAt: before && !before.get('deletedAt') ? before.get('sharedAt') : nowIso(),
    deletedAt: null,
  };
  return fields;
}

function putLessons(tx: ParleyDb, lessons: TeamDoc, ids: readonly string[]): void {
  const changes = ids.flatMap((id) => {
    const fields = sharedLesson(tx, lessons, id);
    return fields ? [[id, fields] as const] : [];
  });
  if (changes.length === 0) return;
  lessons.change(tx, () => {
    for (const [id, fields] of changes) lessons.put(LESSONS_MAP, id, fields);
  });
}

/** After a sign-in: lessons marked shared while offline (or never signed in) go up now. */
function shareMarkedLessons(db: ParleyDb, lessons: TeamDoc): void {
  db.transaction((tx) => {
    const marked = tx
      .select({ id: debriefLessons.id })
      .from(debriefLessons)
      .where(and(eq(debriefLessons.shared, true), isNull(debriefLessons.deletedAt)))
      .all()
      .map((row) => row.id);
    putLessons(tx, lessons, [...new Set([...marked, ...lessons.entries(LESSONS_MAP).keys()])]);
  });
}

observeDealWrites({
  before() {},
  after(db, tx, dealId, written) {
    const lessons = teamDoc(db, TEAM_LESSONS_DOC);
    if (!lessons) return;
    const ids = written.filter((row) => row.name === 'debriefLessons').map((row) => row.id);
    // A change of the deal's context (or its deletion) moves its shared lessons too.
    const ofDeal = tx
      .select({ id: debriefLessons.id })
      .from(debriefLessons)
      .where(and(eq(debriefLessons.dealId, dealId), eq(debriefLessons.shared, true)))
      .all()
      .map((row) => row.id);
    putLessons(tx, lessons, [...new Set([...ids, ...ofDeal])]);
  },
});
