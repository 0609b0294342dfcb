import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import { exportDeals, importDealFile } from '../../db/dealFiles/transfer';
import { duplicateDeal } from '../../db/dealTables/duplicate';
import { updateBatna } from '../../db/repositories/batna';
import { concessionStore } from '../../db/repositories/concessions';
import { createDeal, deleteDeal, getDeal, purgeDeal, updateDeal } from '../../db/repositories/deals';
import {
  addMomentType,
  debriefedDeals,
  getDebrief,
  lessonReminders,
  lessonStore,
  momentStore,
  setAgreedOption,
  updateDebrief,
} from '../../db/repositories/debrief';
import { addIssueWithOptions, issueStore, setOptionScores } from '../../db/repositories/issues';
import { dumpDatabase } from '../support/dump';
import { openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
beforeEach(async () => {
  database = await openTempDatabase();
});
afterEach(() => database.cleanup());

const TABLES = ['debriefs', 'debrief_agreements', 'debrief_moments', 'debrief_lessons'];
const countRows = (table: string) => database.sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;

/**
 * Price matters most to us, support to them. Agreeing the middle on both leaves value on
 * the table: keeping the high price and giving premium support is better for both.
 */
function debriefedDeal(title = 'Renewal', context: 'sales' | 'procurement' = 'sales') {
  const db = database.db;
  const deal = createDeal(db, { title, context, ourSide: 'selling' });
  const price = addIssueWithOptions(db, deal.id, { name: 'Price', category: 'price', weightUs: 60, weightThem: 20 }, [
    '€140k',
    '€120k',
    '€100k',
  ]);
  const support = addIssueWithOptions(
    db,
    deal.id,
    { name: 'Support', category: 'service_level', weightUs: 40, weightThem: 80 },
    ['Basic', 'Standard', 'Premium'],
  );
  for (const issue of [price, support]) {
    const [a, b, c] = issue.options.map((o) => o.id) as [string, string, string];
    setOptionScores(db, {
      issueId: issue.id,
      side: 'us',
      scores: [
        { id: a, score: 100 },
        { id: b, score: 50 },
        { id: c, score: 0 },
      ],
    });
    setOptionScores(db, {
      issueId: issue.id,
      side: 'them',
      scores: [
        { id: a, score: 0 },
        { id: b, score: 50 },
        { id: c, score: 100 },
      ],
    });
  }
  updateBatna(db, deal.id, { mainIssueId: price.id, ourTarget: 140_000, ourReservation: 100_000, ourValuePoints: 30 });
  updateDebrief(db, deal.id, {
    outcome: 'agreed',
    closingDate: '2026-03-01',
    startedOn: '2026-01-30',
    relationshipHealth: 4,
  });
  setAgreedOption(db, { dealId: deal.id, issueId: price.id, optionId: price.options[1]?.id as string });
  setAgreedOption(db, { dealId: deal.id, issueId: support.id, optionId: support.options[1]?.id as string });
  momentStore.create(db, deal.id, {
    typeKey: 'early-flexibility',
    phase: 'opening',
    quote: "We're flexible",
    effect: -1,
  });
  momentStore.create(db, deal.id, {
    typeKey: 'calibrated-question',
    phase: 'exploring',
    effect: 1,
    ruleId: 'calibrated-question',
  });
  lessonStore.create(db, deal.id, { text: 'Trade support for price', tag: 'price' });
  return { deal, price, support };
}

describe('debrief tables', () => {
  it('exist after the generated migration and cascade from deals', () => {
    const tables = database.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all();
    for (const table of [...TABLES, 'moment_types']) expect(tables).toContain(table);
    for (const table of TABLES) {
      const keys = database.sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as {
        table: string;
        on_delete: string;
      }[];
      expect(keys.find((k) => k.table === 'deals')?.on_delete, table).toBe('CASCADE');
    }
  });

  it('purging a deal removes its debrief and leaves other deals alone', () => {
    const { deal } = debriefedDeal();
    debriefedDeal('Other');
    const perDeal = Object.fromEntries(TABLES.map((t) => [t, countRows(t) / 2]));
    deleteDeal(database.db, deal.id);
    purgeDeal(database.db, deal.id);
    for (const table of TABLES) expect(countRows(table), table).toBe(perDeal[table]);
  });
});

describe('debrief analysis', () => {
  it('values the agreement and finds the frontier package it missed', () => {
    const { deal } = debriefedDeal();
    const { analysis, moments } = getDebrief(database.db, deal.id);
    const left = analysis.valueLeft;
    if (!left?.ready) throw new Error('not ready');
    expect(left.agreed.us).toBeCloseTo(50);
    expect(left.moreForUs).toBeCloseTo(10);
    expect(left.efficient).toBe(false);
    expect(analysis.classification?.kind).toBe('distributive');
    expect(analysis.mainIssue).toMatchObject({ agreed: 120_000, verdict: 'within_range', achievement: 50 });
    expect(analysis.batna?.margin).toBeCloseTo(20);
    expect(analysis.time).toMatchObject({ known: true, days: 30 });
    expect(analysis.chart?.points.map((p) => p.key)).toContain('bestForUs');
    expect(moments.map((m) => m.source)).toEqual(['manual', 'transcript']);
  });

  it('reviews the concession log: given vs got, reciprocity, unconditional ones; deleted rows do not count', () => {
    const { deal } = debriefedDeal();
    const db = database.db;
    concessionStore.create(db, deal.id, {
      item: 'Term',
      give: '3-month break clause',
      get: 'Case study',
      status: 'accepted',
      valueToUs: 3,
    });
    concessionStore.create(db, deal.id, {
      item: 'Onboarding',
      give: 'Free onboarding',
      status: 'offered',
      valueToUs: 5,
    });
    concessionStore.create(db, deal.id, { item: 'Price', give: '5 % off', status: 'planned' });
    const gone = concessionStore.create(db, deal.id, { give: 'Deleted', status: 'offered' });
    concessionStore.remove(db, gone.id);
    const review = getDebrief(db, deal.id).analysis.concessions;
    expect(review).toMatchObject({ given: 2, reciprocated: 1, ratio: 0.5, costToUs: 8 });
    expect(review.unconditional.map((c) => c.give)).toEqual(['Free onboarding']);
    expect(debriefedDeals(db)[0]?.reciprocity).toBe(0.5);
  });

  it('drops the agreed option of a deleted issue instead of failing', () => {
    const { deal, support } = debriefedDeal();
    issueStore.remove(database.db, support.id);
    const view = getDebrief(database.db, deal.id);
    expect(Object.keys(view.agreed)).toHaveLength(1);
    expect(view.analysis.valueLeft?.ready).toBe(true);
  });
});

describe('the outcome closes the deal', () => {
  it('an agreement marks the deal won, no deal marks it lost, a deal already walked away from stays so', () => {
    const db = database.db;
    const deal = createDeal(db, { title: 'Renewal' });
    expect(getDeal(db, deal.id).status).toBe('preparing');
    updateDebrief(db, deal.id, { outcome: 'agreed' });
    expect(getDeal(db, deal.id).status).toBe('won');
    updateDebrief(db, deal.id, { outcome: 'no_deal' });
    expect(getDeal(db, deal.id).status).toBe('lost');
    updateDeal(db, deal.id, { status: 'walked_away' });
    updateDebrief(db, deal.id, { outcome: 'no_deal', closingDate: '2026-11-30' });
    expect(getDeal(db, deal.id).status).toBe('walked_away');
    // Clearing the outcome or editing other fields leaves the status the user chose.
    updateDeal(db, deal.id, { status: 'paused' });
    updateDebrief(db, deal.id, { outcome: null });
    updateDebrief(db, deal.id, { whatWorked: 'Early MESO' });
    expect(getDeal(db, deal.id).status).toBe('paused');
  });

  it('an outcome the debrief refuses leaves the status alone', () => {
    const db = database.db;
    const deal = createDeal(db, { title: 'Renewal' });
    updateDebrief(db, deal.id, { startedOn: '2026-11-01' });
    expect(() => updateDebrief(db, deal.id, { outcome: 'agreed', closingDate: '2026-10-01' })).toThrow(/closing date/);
    expect(getDeal(db, deal.id).status).toBe('preparing');
  });
});

describe('refusals change nothing', () => {
  it('refuses a closing date before the start, an option of another issue, and an unknown moment type', async () => {
    const { deal, price, support } = debriefedDeal();
    const before = dumpDatabase(database.sqlite);
    const ctx = { db: database.db };
    const backwards = await invoke(ctx, 'debrief.update', { dealId: deal.id, patch: { closingDate: '2026-01-01' } });
    expect(backwards).toMatchObject({
      ok: false,
      error: { message: 'The closing date cannot be before the start date.' },
    });
    const wrongOption = await invoke(ctx, 'debrief.setAgreed', {
      dealId: deal.id,
      issueId: price.id,
      optionId: support.options[0]?.id,
    });
    expect(wrongOption).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknownType = await invoke(ctx, 'rows.create', {
      table: 'debriefMoments',
      dealId: deal.id,
      fields: { typeKey: 'made-up' },
    });
    expect(unknownType).toMatchObject({ ok: false, error: { message: 'Choose a moment type from the catalogue.' } });
    const badEffect = await invoke(ctx, 'rows.create', {
      table: 'debriefMoments',
      dealId: deal.id,
      fields: { effect: 3 },
    });
    expect(badEffect).toMatchObject({ ok: false, error: { message: 'Effect must be from −2 to +2' } });
    const badRating = await invoke(ctx, 'debrief.update', { dealId: deal.id, patch: { satisfaction: 6 } });
    expect(badRating).toMatchObject({ ok: false });
    const badRange = await invoke(ctx, 'insights.get', { context: null, from: '2026-05-01', to: '2026-01-01' });
    expect(badRange).toMatchObject({ ok: false });
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('moments go through rows.*: a retired type stays editable on its moment, not choosable; delete and Undo', async () => {
    const ctx = { db: database.db };
    const { deal } = debriefedDeal();
    const type = addMomentType(database.db, { label: 'Deadline revealed', description: '', polarity: 'positive' });
    const moment = momentStore.create(database.db, deal.id, { typeKey: type.key, quote: 'Board meets Friday' });
    expect(moment).toMatchObject({ source: 'manual', ruleId: null, typeKey: type.key });
    await invoke(ctx, 'momentTypes.update', { id: type.key, patch: { archived: true } });
    const edited = await invoke(ctx, 'rows.update', {
      table: 'debriefMoments',
      id: moment.id,
      patch: { quote: 'Board meets Friday at nine' },
    });
    expect(edited).toMatchObject({ ok: true, value: { quote: 'Board meets Friday at nine', typeKey: type.key } });
    const [other] = getDebrief(database.db, deal.id).moments;
    const onRetired = await invoke(ctx, 'rows.update', {
      table: 'debriefMoments',
      id: other?.id as string,
      patch: { typeKey: type.key },
    });
    expect(onRetired).toMatchObject({ ok: false, error: { message: 'Choose a moment type from the catalogue.' } });

    const before = getDebrief(database.db, deal.id);
    expect(await invoke(ctx, 'rows.delete', { table: 'debriefMoments', id: moment.id })).toMatchObject({ ok: true });
    expect(getDebrief(database.db, deal.id).moments.map((m) => m.id)).not.toContain(moment.id);
    expect(await invoke(ctx, 'rows.restore', { table: 'debriefMoments', id: moment.id })).toMatchObject({ ok: true });
    expect(getDebrief(database.db, deal.id)).toEqual(before);
  });

  it('edits and retires a custom moment type; built-ins and unknown ids are refused', async () => {
    const ctx = { db: database.db };
    const type = addMomentType(database.db, { label: 'Deadline revealed', description: '', polarity: 'positive' });
    expect(await invoke(ctx, 'momentTypes.update', { id: type.key, patch: {} })).toMatchObject({ ok: true });
    const retired = await invoke(ctx, 'momentTypes.update', { id: type.key, patch: { archived: true } });
    expect(retired).toMatchObject({ ok: true, value: { archived: true } });
    const { deal } = debriefedDeal();
    const onRetired = await invoke(ctx, 'rows.create', {
      table: 'debriefMoments',
      dealId: deal.id,
      fields: { typeKey: type.key },
    });
    expect(onRetired).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const builtIn = await invoke(ctx, 'momentTypes.update', { id: 'the-close', patch: { label: 'x' } });
    expect(builtIn).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await invoke(ctx, 'momentTypes.update', { id: deal.id, patch: {} });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('proposing moments from a transcript writes nothing', async () => {
    const { deal } = debriefedDeal();
    const before = dumpDatabase(database.sqlite);
    const result = await invoke({ db: database.db }, 'debrief.proposeMoments', {
      text: "Me: We're flexible on everything.\nThem: Good to know.",
    });
    expect(result.ok && result.value.map((c) => c.typeKey)).toEqual(['early-flexibility']);
    expect(dumpDatabase(database.sqlite)).toBe(before);
    expect(getDebrief(database.db, deal.id).moments).toHaveLength(2);
  });
});

describe('debrief travels with the deal', () => {
  it('a duplicate carries the debrief, its agreed options pointing at the copy’s own issues', () => {
    const { deal } = debriefedDeal();
    const copy = duplicateDeal(database.db, deal.id);
    const original = getDebrief(database.db, deal.id);
    const duplicate = getDebrief(database.db, copy.id);
    expect(Object.keys(duplicate.agreed)).toHaveLength(2);
    expect(Object.keys(duplicate.agreed)).not.toEqual(Object.keys(original.agreed));
    expect(duplicate.moments.map((m) => m.quote)).toEqual(original.moments.map((m) => m.quote));
    expect(duplicate.lessons.map((l) => l.text)).toEqual(['Trade support for price']);
    expect(duplicate.debrief.relationshipHealth).toBe(4);
    const left = duplicate.analysis.valueLeft;
    expect(left?.ready && left.moreForUs).toBeCloseTo(10);
  });

  it('a deal file round trip (replace and copy) includes the debrief', () => {
    const { deal } = debriefedDeal();
    const file = exportDeals(database.db, [deal.id]);
    const parsed = JSON.parse(file.text) as { deals: { parts: Record<string, unknown[]> }[] };
    expect(parsed.deals[0]?.parts.debriefMoments).toHaveLength(2);
    expect(parsed.deals[0]?.parts.debrief).toHaveLength(1);
    importDealFile(database.db, file.text, 'replace');
    const replaced = getDebrief(database.db, deal.id);
    expect(replaced.debrief.outcome).toBe('agreed');
    expect(replaced.moments).toHaveLength(2);
    expect(replaced.lessons.map((l) => l.text)).toEqual(['Trade support for price']);
    const copied = importDealFile(database.db, file.text, 'copy').deals[0];
    expect(copied?.as).toBe('copy');
    const copy = getDebrief(database.db, copied?.id as string);
    expect(copy.moments.map((m) => m.typeKey)).toEqual(['early-flexibility', 'calibrated-question']);
    expect(copy.debrief.closingDate).toBe('2026-03-01');
    // Issues travel in the file too, so the agreed options point at the copy's own issues.
    expect(Object.keys(copy.agreed)).toHaveLength(2);
    expect(Object.keys(copy.agreed)).not.toEqual(Object.keys(replaced.agreed));
    const left = copy.analysis.valueLeft;
    expect(left?.ready && left.moreForUs).toBeCloseTo(10);
  });

  it('a hostile debrief row refuses the whole file', () => {
    const { deal } = debriefedDeal();
    const file = JSON.parse(exportDeals(database.db, [deal.id]).text) as {
      deals: { parts: Record<string, Record<string, unknown>[]> }[];
    };
    (file.deals[0]?.parts.debriefMoments?.[0] as Record<string, unknown>).effect = 7;
    deleteDeal(database.db, deal.id);
    purgeDeal(database.db, deal.id);
    const before = dumpDatabase(database.sqlite);
    expect(() => importDealFile(database.db, JSON.stringify(file))).toThrow();
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });
});

describe('insights and reminders', () => {
  it('aggregate debriefed deals and bring lessons back to a new deal of the same context', async () => {
    debriefedDeal('First');
    const lost = createDeal(database.db, { title: 'Lost one', context: 'sales' });
    updateDebrief(database.db, lost.id, { outcome: 'no_deal', closingDate: '2026-04-01' });
    momentStore.create(database.db, lost.id, { typeKey: 'early-flexibility' });
    const custom = addMomentType(database.db, { label: 'Rushed the close', description: '', polarity: 'negative' });
    momentStore.create(database.db, lost.id, { typeKey: custom.key });
    debriefedDeal('Buying', 'procurement');
    createDeal(database.db, { title: 'Not debriefed' });

    expect(debriefedDeals(database.db)).toHaveLength(3);
    const result = await invoke({ db: database.db }, 'insights.get', { context: 'sales', from: null, to: null });
    if (!result.ok) throw new Error(result.error.message);
    const insights = result.value;
    expect(insights.deals).toBe(2);
    expect(insights.winRate).toBe(0.5);
    expect(insights.byContext).toEqual([expect.objectContaining({ context: 'sales', deals: 2, agreed: 1 })]);
    expect(insights.averageValueLeft).toBeCloseTo(10);
    expect(insights.integrativeShare).toBe(0);
    expect(insights.topNegative[0]).toMatchObject({ typeKey: 'early-flexibility', count: 2 });
    expect(insights.topNegative.map((m) => m.label)).toContain('Rushed the close');
    expect(insights.topPositive[0]).toMatchObject({ typeKey: 'calibrated-question', count: 1 });

    const dated = await invoke({ db: database.db }, 'insights.get', { context: null, from: '2026-03-15', to: null });
    expect(dated.ok && dated.value.rows.map((r) => r.title)).toEqual(['Lost one']);

    const next = createDeal(database.db, { title: 'Next sale', context: 'sales' });
    const reminders = lessonReminders(database.db, next.id);
    expect(reminders.lessons.map((l) => [l.text, l.dealTitle])).toEqual([['Trade support for price', 'First']]);
    expect(reminders.frequentMistakes[0]).toMatchObject({ typeKey: 'early-flexibility', count: 3 });
    const hiring = createDeal(database.db, { title: 'Hire', context: 'hiring' });
    expect(lessonReminders(database.db, hiring.id).lessons).toEqual([]);
  });
});
