import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { duplicateDeal } from '../../db/dealTables/duplicate';
import { concessionStore } from '../../db/repositories/concessions';
import { createDeal } from '../../db/repositories/deals';
import { debriefedDeals, getDebrief } from '../../db/repositories/debrief';
import { addIssueWithOptions, issueStore, setOptionScores } from '../../db/repositories/issues';
import {
  addEntry,
  addOffer,
  correctOffer,
  dealSessions,
  endSession,
  fillDebrief,
  openSession,
  sessionView,
  setAuthority,
  strikeOffer,
  withDance,
} from '../../db/repositories/live';
import { openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
beforeEach(async () => {
  database = await openTempDatabase();
});
afterEach(() => database.cleanup());

function liveDeal() {
  const db = database.db;
  const deal = createDeal(db, { title: 'Renewal', context: 'sales', ourSide: 'selling' });
  const price = addIssueWithOptions(db, deal.id, { name: 'Price', category: 'price', weightUs: 60, weightThem: 20 }, [
    '€140k',
    '€120k',
    '€100k',
  ]);
  for (const side of ['us', 'them'] as const) {
    setOptionScores(db, {
      issueId: price.id,
      side,
      scores: price.options.map((o, i) => ({ id: o.id, score: side === 'us' ? 100 - 50 * i : 50 * i })),
    });
  }
  const option = (label: string) => price.options.find((o) => o.label === label)?.id as string;
  return { deal, price, option };
}

describe('live session storage (real SQLite file)', () => {
  it('resumes the running session and keeps every offer in order', () => {
    const { deal, price, option } = liveDeal();
    const session = openSession(database.db, deal.id).session;
    addOffer(database.db, {
      sessionId: session.id,
      fields: { side: 'ours', choices: { [price.id]: option('€140k') }, note: '' },
    });
    addOffer(database.db, {
      sessionId: session.id,
      fields: { side: 'theirs', choices: { [price.id]: option('€100k') }, note: '' },
    });
    const again = openSession(database.db, deal.id);
    expect(again.session.id).toBe(session.id);
    expect(again.offers.map((o) => [o.side, o.position])).toEqual([
      ['ours', 0],
      ['theirs', 1],
    ]);
  });

  it('keeps the earlier version of a corrected or struck-out offer', () => {
    const { deal, price, option } = liveDeal();
    const session = openSession(database.db, deal.id).session;
    const offer = addOffer(database.db, {
      sessionId: session.id,
      fields: { side: 'theirs', choices: { [price.id]: option('€100k') }, note: '' },
    });
    const corrected = correctOffer(database.db, { id: offer.id, patch: { choices: { [price.id]: option('€120k') } } });
    expect(corrected.revisions).toBe(1);
    strikeOffer(database.db, offer.id);
    const view = sessionView(database.db, session.id);
    expect(view.offers).toEqual([]);
    expect(view.revisions.map((r) => [r.change, (r.previous.choices as Record<string, string>)[price.id]])).toEqual([
      ['update', option('€100k')],
      ['delete', option('€120k')],
    ]);
  });

  it('writes a given concession into the concession log with its ask', () => {
    const { deal } = liveDeal();
    const session = openSession(database.db, deal.id).session;
    const entry = addEntry(database.db, {
      sessionId: session.id,
      fields: { kind: 'concession', phase: 'trade', direction: 'given', text: '60-day payment', ask: '3-year term' },
    });
    const logged = concessionStore.list(database.db, deal.id);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ give: '60-day payment', get: '3-year term', status: 'offered' });
    expect(entry.concessionId).toBe(logged[0]?.id);
  });

  it('keeps the authority limit with the session, clears it, and refuses one out of range', () => {
    const { deal } = liveDeal();
    const session = openSession(database.db, deal.id).session;
    expect(session.authorityPoints).toBeNull();
    expect(setAuthority(database.db, { sessionId: session.id, points: 55.5 }).session.authorityPoints).toBe(55.5);
    expect(openSession(database.db, deal.id).session.authorityPoints).toBe(55.5);
    expect(() => setAuthority(database.db, { sessionId: session.id, points: 140 })).toThrow(/between 0 and 100/);
    expect(sessionView(database.db, session.id).session.authorityPoints).toBe(55.5);
    expect(setAuthority(database.db, { sessionId: session.id, points: null }).session.authorityPoints).toBeNull();
  });

  it('refuses unknown moment types and writes to an ended session', () => {
    const { deal } = liveDeal();
    const session = openSession(database.db, deal.id).session;
    expect(() =>
      addEntry(database.db, { sessionId: session.id, fields: { kind: 'moment', phase: 'explore', typeKey: 'nope' } }),
    ).toThrow(/catalogue/);
    endSession(database.db, session.id);
    expect(() =>
      addEntry(database.db, { sessionId: session.id, fields: { kind: 'note', phase: 'explore', text: 'late' } }),
    ).toThrow(/ended/);
    // A new open starts a new session.
    expect(openSession(database.db, deal.id).session.id).not.toBe(session.id);
  });

  it('fills the debrief from the session in one go: outcome, agreement, moments', () => {
    const { deal, price, option } = liveDeal();
    const session = openSession(database.db, deal.id).session;
    addOffer(database.db, {
      sessionId: session.id,
      fields: { side: 'ours', choices: { [price.id]: option('€140k') }, note: '' },
    });
    const moment = addEntry(database.db, {
      sessionId: session.id,
      fields: { kind: 'moment', phase: 'trade', typeKey: 'silence-used', text: 'held it' },
    });
    addEntry(database.db, { sessionId: session.id, fields: { kind: 'moment', phase: 'trade', typeKey: 'the-close' } });
    fillDebrief(database.db, {
      sessionId: session.id,
      outcome: 'agreed',
      closingDate: '2026-03-01',
      agreement: { [price.id]: option('€120k') },
      momentEntryIds: [moment.id],
    });
    const debrief = getDebrief(database.db, deal.id);
    expect(debrief.debrief.outcome).toBe('agreed');
    expect(debrief.agreed).toEqual({ [price.id]: option('€120k') });
    expect(debrief.moments.map((m) => [m.typeKey, m.phase, m.quote, m.effect])).toEqual([
      ['silence-used', 'bargaining', 'held it', 1],
    ]);
    // Insights see the dance: one offer, valued with the deal's issues; the final value is the agreement's.
    const [danced] = withDance(database.db, debriefedDeals(database.db));
    expect(danced?.dance).toEqual({
      rounds: 1,
      firstOfferSide: 'ours',
      firstOfferDistance: 50,
      ourConceded: 0,
      theirConceded: 0,
    });
    const [history] = dealSessions(database.db, deal.id);
    expect(history?.session.endedAt).not.toBeNull();
    expect(history?.session.debriefedAt).not.toBeNull();
    expect(() =>
      fillDebrief(database.db, {
        sessionId: session.id,
        outcome: 'agreed',
        closingDate: null,
        agreement: {},
        momentEntryIds: [],
      }),
    ).toThrow(/already/);
  });
  it('a duplicated deal carries its sessions, with offers and corrections naming the copy’s own rows', () => {
    const { deal, price, option } = liveDeal();
    const session = openSession(database.db, deal.id).session;
    const kept = addOffer(database.db, {
      sessionId: session.id,
      fields: { side: 'ours', choices: { [price.id]: option('€140k') }, note: 'opening anchor' },
    });
    correctOffer(database.db, { id: kept.id, patch: { choices: { [price.id]: option('€120k') } } });
    const struck = addOffer(database.db, {
      sessionId: session.id,
      fields: { side: 'theirs', choices: { [price.id]: option('€100k') }, note: '' },
    });
    strikeOffer(database.db, struck.id);
    endSession(database.db, session.id);

    const copy = duplicateDeal(database.db, deal.id);
    const [copied] = dealSessions(database.db, copy.id);
    const [copyPrice] = issueStore.list(database.db, copy.id);
    if (!copied || !copyPrice) throw new Error('the copy has no session or no issue');
    expect(copied.session.id).not.toBe(session.id);
    const copyOption = (label: string) => copyPrice.options.find((o) => o.label === label)?.id;
    expect(copied.offers.map((o) => [o.note, o.choices])).toEqual([
      ['opening anchor', { [copyPrice.id]: copyOption('€120k') }],
    ]);
    const [update, strike] = copied.revisions;
    expect(update?.rowId).toBe(copied.offers[0]?.id);
    expect(update?.previous.choices).toEqual({ [copyPrice.id]: copyOption('€140k') });
    expect(strike?.change).toBe('delete');
    expect(strike?.rowId).not.toBe(struck.id);
    expect(strike?.previous.sessionId).toBe(copied.session.id);
    // The original is untouched.
    expect(dealSessions(database.db, deal.id)[0]?.offers[0]?.choices).toEqual({ [price.id]: option('€120k') });
  });
});
