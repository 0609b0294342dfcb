/**
 * The live session's rows: every offer and entry is its own write, committed before the
 * screen shows it. Corrections and strike-outs first copy the row as it was into
 * live_revisions, in the same transaction, so the history of what was said is never lost.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { CONCESSION_DEFAULTS } from '../../core/concessions';
import { notFound, UserError } from '../../core/errors';
import type { DebriefedDeal } from '../../core/insights';
import { danceOfOffers, danceSummary } from '../../core/live/dance';
import { debriefDraft } from '../../core/live/debriefDraft';
import {
  authorityPointsSchema,
  fillDebriefSchema,
  LIVE_ENTRY_DEFAULTS,
  type LiveEntry,
  type LiveOffer,
  type LiveRevision,
  type LiveSession,
  type LiveSessionView,
  liveEntryFieldsSchema,
  liveEntryPatchSchema,
  liveOfferFieldsSchema,
  liveOfferPatchSchema,
  newLiveEntrySchema,
  newLiveOfferSchema,
  setAuthoritySchema,
} from '../../core/live/model';
import { entityId } from '../../core/text';
import { nowIso } from '../../core/time';
import { insertRow, writeDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import { liveEntries, liveOffers, liveRevisions, liveSessions } from '../schema';
import { concessionStore } from './concessions';
import { defineRowStore } from './dealRows';
import { listMomentTypes, momentStore, setAgreedOption, updateDebrief } from './debrief';
import { issueStore } from './issues';

const sessionStore = defineRowStore<typeof liveSessions, LiveSession>({
  table: liveSessions,
  label: 'The live session',
  newSchema: z.strictObject({ startedAt: z.iso.datetime() }),
  patchSchema: z
    .strictObject({
      endedAt: z.iso.datetime().nullable(),
      debriefedAt: z.iso.datetime().nullable(),
      authorityPoints: authorityPointsSchema,
    })
    .partial(),
  defaults: { endedAt: null, debriefedAt: null, authorityPoints: null },
  toEntity: ({ deletedAt: _d, position: _p, ...row }) => row,
});

/** The deal of a session, read inside the write (the session's own not-found message if it is gone). */
const dealOfSession = (sessionId: string) => (tx: ParleyDb) => sessionStore.get(tx, sessionId).dealId;

const sessionRef = { field: 'sessionId', table: liveSessions, label: 'The live session' };

const offerStore = defineRowStore<typeof liveOffers, LiveOffer>({
  table: liveOffers,
  label: 'The offer',
  newSchema: liveOfferFieldsSchema.extend({ sessionId: entityId('Session id') }),
  patchSchema: liveOfferPatchSchema.extend({ revisions: z.number().int().min(0) }).partial(),
  defaults: { note: '', revisions: 0 },
  references: [sessionRef],
  toEntity: ({ deletedAt: _d, ...row }) => row,
});

const entryStore = defineRowStore<typeof liveEntries, LiveEntry>({
  table: liveEntries,
  label: 'The entry',
  newSchema: liveEntryFieldsSchema.extend({ sessionId: entityId('Session id') }),
  patchSchema: liveEntryPatchSchema.extend({ revisions: z.number().int().min(0) }).partial(),
  defaults: { ...LIVE_ENTRY_DEFAULTS, revisions: 0 },
  references: [sessionRef],
  toEntity: ({ deletedAt: _d, ...row }) => row,
});

function runningSession(db: ParleyDb, sessionId: string): LiveSession {
  const session = sessionStore.get(db, sessionId);
  if (session.endedAt !== null) {
    throw new UserError('conflict', 'This live session has ended. Corrections now belong in the debrief.');
  }
  return session;
}

/**
 * The deal's running session, or a new one. Not a `writeDeal`: finding the running session
 * writes nothing and must not move the deal's last-edited time; a new one is written through
 * the session store, which is.
 */
export function openSession(db: ParleyDb, dealId: string): LiveSessionView {
  return db.transaction((tx) => {
    const running = tx
      .select({ id: liveSessions.id })
      .from(liveSessions)
      .where(and(eq(liveSessions.dealId, dealId), isNull(liveSessions.endedAt), isNull(liveSessions.deletedAt)))
      .get();
    const id = running?.id ?? sessionStore.create(tx, dealId, { startedAt: nowIso() }).id;
    return sessionView(tx, id);
  });
}

export function sessionView(db: ParleyDb, sessionId: string): LiveSessionView {
  const session = sessionStore.get(db, sessionId);
  const live = <T extends typeof liveOffers | typeof liveEntries>(table: T) =>
    and(eq(table.sessionId, sessionId), isNull(table.deletedAt));
  const offers = db.select().from(liveOffers).where(live(liveOffers)).orderBy(asc(liveOffers.position)).all();
  const entries = db.select().from(liveEntries).where(live(liveEntries)).orderBy(asc(liveEntries.position)).all();
  const revisions = db
    .select()
    .from(liveRevisions)
    .where(eq(liveRevisions.sessionId, sessionId))
    .orderBy(asc(liveRevisions.replacedAt))
    .all();
  const strip = <R extends { deletedAt: unknown }>({ deletedAt: _d, ...row }: R) => row;
  return {
    session,
    offers: offers.map(strip),
    entries: entries.map(strip),
    revisions: revisions.map(
      ({ id, rowId, previous, replacedAt, change }): LiveRevision => ({ id, rowId, previous, replacedAt, change }),
    ),
  };
}

/** Every session of a deal, newest first (the debrief's offer history). */
export function dealSessions(db: ParleyDb, dealId: string): LiveSessionView[] {
  return db
    .select({ id: liveSessions.id })
    .from(liveSessions)
    .where(and(eq(liveSessions.dealId, dealId), isNull(liveSessions.deletedAt)))
    .orderBy(desc(liveSessions.startedAt))
    .all()
    .map(({ id }) => sessionView(db, id));
}

export function addOffer(db: ParleyDb, input: unknown): LiveOffer {
  const { sessionId, fields } = newLiveOfferSchema.parse(input);
  return writeDeal(db, dealOfSession(sessionId), (tx) => {
    const session = runningSession(tx, sessionId);
    return offerStore.create(tx, session.dealId, { ...fields, sessionId });
  });
}

/** Copies a row as it was into the append-only history (inside the correction's `writeDeal`). */
function keepRevision(
  tx: ParleyDb,
  row: { id: string; dealId: string; sessionId: string } & Record<string, unknown>,
  change: 'update' | 'delete',
) {
  insertRow(tx, 'liveRevisions', {
    id: randomUUID(),
    dealId: row.dealId,
    sessionId: row.sessionId,
    rowId: row.id,
    change,
    previous: row,
    replacedAt: nowIso(),
  });
}

const correctionInput = <S extends z.ZodType>(patch: S) => z.strictObject({ id: entityId('Row id'), patch });

/**
 * Corrections for one kind of row: the row as it was goes into the revision history, in
 * the same transaction as the change, and only while the session is running.
 */
function corrections<E extends { id: string; dealId: string; sessionId: string; revisions: number }>(
  store: {
    get(db: ParleyDb, id: string): E;
    update(db: ParleyDb, id: string, patch: unknown): E;
    remove(db: ParleyDb, id: string): { id: string };
  },
  patchSchema: z.ZodType<Record<string, unknown>>,
) {
  const current = (tx: ParleyDb, id: string, change: 'update' | 'delete') => {
    const row = store.get(tx, id);
    runningSession(tx, row.sessionId);
    keepRevision(tx, row as E & Record<string, unknown>, change);
    return row;
  };
  return {
    correct(db: ParleyDb, input: unknown): E {
      const { id, patch } = correctionInput(patchSchema).parse(input);
      return writeDeal(
        db,
        (tx) => store.get(tx, id).dealId,
        (tx) => {
          const row = current(tx, id, 'update');
          return store.update(tx, id, { ...patch, revisions: row.revisions + 1 });
        },
      );
    },
    strike(db: ParleyDb, id: string): { id: string } {
      return writeDeal(
        db,
        (tx) => store.get(tx, id).dealId,
        (tx) => {
          current(tx, id, 'delete');
          return store.remove(tx, id);
        },
      );
    },
  };
}

const offerCorrections = corrections(offerStore, liveOfferPatchSchema);
export const correctOffer = offerCorrections.correct;
export const strikeOffer = offerCorrections.strike;

/**
 * A concession we give is written into the concession log too (the Concessions step's
 * give/get list), with its ask: linked to the planned row when there is one.
 */
function logConcession(
  db: ParleyDb,
  dealId: string,
  fields: { text: string; ask: string; concessionId: string | null },
) {
  if (fields.concessionId) {
    const planned = concessionStore.get(db, fields.concessionId);
    if (planned.dealId !== dealId) throw notFound('The concession');
    return concessionStore.update(db, planned.id, {
      status: 'offered',
      ...(fields.ask && !planned.get ? { get: fields.ask } : {}),
    }).id;
  }
  return concessionStore.create(db, dealId, {
    ...CONCESSION_DEFAULTS,
    item: fields.text,
    give: fields.text,
    get: fields.ask,
    status: 'offered',
    when: 'At the table',
  }).id;
}

export function addEntry(db: ParleyDb, input: unknown): LiveEntry {
  const { sessionId, fields } = newLiveEntrySchema.parse(input);
  return writeDeal(db, dealOfSession(sessionId), (tx) => {
    const session = runningSession(tx, sessionId);
    const values = { ...LIVE_ENTRY_DEFAULTS, ...fields };
    if (values.kind === 'moment' && !listMomentTypes(tx).some((t) => t.key === values.typeKey)) {
      throw new UserError('invalid_input', 'Choose a moment type from the catalogue.', { typeKey: 'Unknown type' });
    }
    if (values.kind === 'concession' && values.direction === 'given') {
      values.concessionId = logConcession(tx, session.dealId, values);
    }
    return entryStore.create(tx, session.dealId, { ...values, sessionId });
  });
}

const entryCorrections = corrections(entryStore, liveEntryPatchSchema);
export const correctEntry = entryCorrections.correct;
export const strikeEntry = entryCorrections.strike;

/** Sets (or clears) the authority limit of a running session. */
export function setAuthority(db: ParleyDb, input: unknown): LiveSessionView {
  const { sessionId, points } = setAuthoritySchema.parse(input);
  return writeDeal(db, dealOfSession(sessionId), (tx) => {
    runningSession(tx, sessionId);
    sessionStore.update(tx, sessionId, { authorityPoints: points });
    return sessionView(tx, sessionId);
  });
}

export function endSession(db: ParleyDb, sessionId: string): LiveSessionView {
  return writeDeal(db, dealOfSession(sessionId), (tx) => {
    runningSession(tx, sessionId);
    sessionStore.update(tx, sessionId, { endedAt: nowIso() });
    return sessionView(tx, sessionId);
  });
}

/**
 * Writes what the session recorded into the debrief, in one transaction: outcome, closing
 * date, the agreed option per issue, and the chosen moments (stage and effect from the draft).
 */
export function fillDebrief(db: ParleyDb, input: unknown): LiveSessionView {
  const parsed = fillDebriefSchema.parse(input);
  return writeDeal(db, dealOfSession(parsed.sessionId), (tx) => {
    const view = sessionView(tx, parsed.sessionId);
    if (view.session.endedAt === null) sessionStore.update(tx, parsed.sessionId, { endedAt: nowIso() });
    if (view.session.debriefedAt !== null) {
      throw new UserError('conflict', 'This session is already in the debrief.');
    }
    const dealId = view.session.dealId;
    const draft = debriefDraft(view.offers, view.entries, listMomentTypes(tx));
    const sessionDay = view.session.startedAt.slice(0, 10);
    // The session's day is when the talks began, unless the closing date says otherwise.
    const startedOn = parsed.closingDate === null || sessionDay <= parsed.closingDate ? { startedOn: sessionDay } : {};
    updateDebrief(tx, dealId, { outcome: parsed.outcome, closingDate: parsed.closingDate, ...startedOn });
    if (parsed.outcome === 'agreed') {
      for (const [issueId, optionId] of Object.entries(parsed.agreement)) {
        setAgreedOption(tx, { dealId, issueId, optionId });
      }
    }
    const chosen = new Set(parsed.momentEntryIds);
    for (const { entryId: _e, ...fields } of draft.moments.filter((m) => chosen.has(m.entryId))) {
      momentStore.create(tx, dealId, fields);
    }
    sessionStore.update(tx, parsed.sessionId, { debriefedAt: nowIso() });
    return sessionView(tx, parsed.sessionId);
  });
}

/** Offers of every session per deal, oldest session first (Insights' dance metrics). */
export function dealOffers(db: ParleyDb, dealIds: string[]): Map<string, LiveOffer[]> {
  const out = new Map<string, LiveOffer[]>();
  if (dealIds.length === 0) return out;
  const rows = db
    .select({ offer: liveOffers })
    .from(liveOffers)
    .innerJoin(liveSessions, eq(liveSessions.id, liveOffers.sessionId))
    .where(and(inArray(liveOffers.dealId, dealIds), isNull(liveOffers.deletedAt), isNull(liveSessions.deletedAt)))
    .orderBy(asc(liveSessions.startedAt), asc(liveOffers.position))
    .all();
  for (const { offer } of rows) {
    const { deletedAt: _d, ...row } = offer;
    out.set(row.dealId, [...(out.get(row.dealId) ?? []), row]);
  }
  return out;
}

/** Debriefed deals with their dance (Insights): rounds, first offer against the final value, who gave more. */
export function withDance(db: ParleyDb, deals: DebriefedDeal[]): DebriefedDeal[] {
  const offers = dealOffers(
    db,
    deals.map((d) => d.dealId),
  );
  return deals.map((deal) => {
    const logged = offers.get(deal.dealId);
    if (!logged || logged.length === 0) return { ...deal, dance: null };
    const dance = danceOfOffers(issueStore.list(db, deal.dealId), logged);
    return { ...deal, dance: danceSummary(dance, deal.outcome === 'agreed' ? deal.valueUs : null) };
  });
}
