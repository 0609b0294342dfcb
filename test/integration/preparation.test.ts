import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import { duplicateDeal } from '../../db/dealTables/duplicate';
import { purgeRow } from '../../db/dealTables/write';
import { batnaActionStore, getBatna, updateBatna } from '../../db/repositories/batna';
import { createDeal, deleteDeal, purgeDeal } from '../../db/repositories/deals';
import { interestStore, interestsMapOf, positionStore, questionStore } from '../../db/repositories/interests';
import {
  addIssueWithOptions,
  addStarterIssues,
  issueStore,
  normaliseIssueWeights,
  optionStore,
  setOptionScores,
} from '../../db/repositories/issues';
import { getDealProgress } from '../../db/repositories/progress';
import { dumpDatabase } from '../support/dump';
import { openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
let dealId: string;
beforeEach(async () => {
  database = await openTempDatabase();
  dealId = createDeal(database.db, { title: 'Renewal', ourSide: 'buying' }).id;
});
afterEach(() => database.cleanup());

const CHILD_TABLES = [
  'batnas',
  'batna_actions',
  'issues',
  'issue_options',
  'positions',
  'interests',
  'interest_issues',
  'diagnostic_questions',
];
const countRows = (table: string) => database.sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;

/** A deal with something in every preparation table, cross-linked. */
function fillDeal(id: string) {
  const db = database.db;
  const price = issueStore.create(db, id, { name: 'Price', category: 'price', weightUs: 50, weightThem: 30 });
  const payment = addIssueWithOptions(
    db,
    id,
    { name: 'Payment terms', category: 'payment_terms', weightUs: 10, weightThem: 40 },
    ['30 days', '45 days', '60 days'],
  );
  updateBatna(db, id, { ourCourse: 'Other vendor', ourReservation: 120, theirReservation: 100, mainIssueId: price.id });
  batnaActionStore.create(db, id, { text: 'Ask a second vendor' });
  positionStore.create(db, id, { party: 'them', text: 'No discount' });
  const interest = interestStore.create(db, id, { party: 'them', text: 'Hit the quarter' });
  interestStore.update(db, interest.id, { issueIds: [payment.id], shared: true });
  const question = questionStore.create(db, id, { text: 'What closes your quarter?' });
  questionStore.update(db, question.id, { interestId: interest.id, issueId: payment.id });
  return { price, payment, interest, question };
}

describe('preparation tables', () => {
  it('exist after the generated migration, with foreign keys that cascade from deals', () => {
    const tables = database.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all();
    for (const table of CHILD_TABLES) expect(tables).toContain(table);
    for (const table of CHILD_TABLES.filter((t) => !['issue_options', 'interest_issues'].includes(t))) {
      const keys = database.sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as {
        table: string;
        on_delete: string;
      }[];
      expect(keys.find((k) => k.table === 'deals')?.on_delete).toBe('CASCADE');
    }
  });

  it('purging a deal removes every preparation row, and leaves other deals alone', () => {
    fillDeal(dealId);
    const other = createDeal(database.db, { title: 'Other' }).id;
    fillDeal(other);
    const perDeal = Object.fromEntries(CHILD_TABLES.map((t) => [t, countRows(t) / 2]));
    deleteDeal(database.db, dealId);
    purgeDeal(database.db, dealId);
    for (const table of CHILD_TABLES) expect(countRows(table), table).toBe(perDeal[table]);
    expect(issueStore.list(database.db, other)).toHaveLength(2);
  });

  it('a deleted issue hides its options and links at once; its purge removes them and clears the main issue', () => {
    const { price, payment, question } = fillDeal(dealId);
    issueStore.remove(database.db, payment.id);
    expect(interestsMapOf(database.db, dealId).questions[0]?.issueId).toBeNull();
    expect(interestsMapOf(database.db, dealId).interests[0]?.issueIds).toEqual([]);
    purgeRow(database.db, 'issues', payment.id);
    expect(countRows('issue_options')).toBe(0);
    expect(countRows('interest_issues')).toBe(0);
    expect(interestsMapOf(database.db, dealId).questions[0]?.issueId).toBeNull();
    expect(interestsMapOf(database.db, dealId).questions[0]?.id).toBe(question.id);
    issueStore.remove(database.db, price.id);
    expect(getBatna(database.db, dealId).mainIssueId).toBeNull();
    purgeRow(database.db, 'issues', price.id);
    expect(getBatna(database.db, dealId).mainIssueId).toBeNull();
    expect(database.sqlite.prepare('SELECT main_issue_id FROM batnas').get()).toEqual({ main_issue_id: null });
  });
});

describe('BATNA', () => {
  it('reads defaults before anything is typed, and persists each edit', () => {
    expect(getBatna(database.db, dealId)).toMatchObject({ ourCourse: '', ourReservation: null, updatedAt: null });
    expect(countRows('batnas')).toBe(0);
    updateBatna(database.db, dealId, { ourCourse: 'Keep the current supplier', ourValueMoney: 95_000 });
    updateBatna(database.db, dealId, {
      ourConfidence: 'medium',
      theirReservation: 80_000.5,
      theirSwitchingCost: 12_500,
    });
    expect(getBatna(database.db, dealId)).toMatchObject({
      ourCourse: 'Keep the current supplier',
      ourValueMoney: 95_000,
      ourConfidence: 'medium',
      theirReservation: 80_000.5,
      theirSwitchingCost: 12_500,
    });
  });

  it('refuses bad numbers and foreign issues, writing nothing', () => {
    updateBatna(database.db, dealId, { ourReservation: 10 });
    const otherIssue = issueStore.create(database.db, createDeal(database.db, { title: 'X' }).id, {}).id;
    const before = dumpDatabase(database.sqlite);
    expect(() => updateBatna(database.db, dealId, { ourReservation: Number.POSITIVE_INFINITY })).toThrow(/number/);
    expect(() => updateBatna(database.db, dealId, { ourValuePoints: 140 })).toThrow(/between 0 and 100/);
    expect(() => updateBatna(database.db, dealId, { ourSwitchingCost: -1 })).toThrow(/negative/);
    expect(() => updateBatna(database.db, dealId, { theirSwitchingCost: -1 })).toThrow(
      /Their switching cost.*negative/,
    );
    expect(() => updateBatna(database.db, dealId, { ourConfidence: 'certain' as never })).toThrow(/Confidence/);
    expect(() => updateBatna(database.db, dealId, { mainIssueId: otherIssue })).toThrow(/does not belong/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('deletes an improvement action and restores it with its id', () => {
    const action = batnaActionStore.create(database.db, dealId, { text: 'Get a quote' });
    batnaActionStore.remove(database.db, action.id);
    expect(batnaActionStore.list(database.db, dealId)).toEqual([]);
    batnaActionStore.restore(database.db, action.id);
    expect(batnaActionStore.list(database.db, dealId)).toEqual([action]);
    expect(() => batnaActionStore.restore(database.db, action.id)).toThrow(/to restore was not found/);
  });

  it('refuses edits to a deal waiting in "recently deleted"', () => {
    deleteDeal(database.db, dealId);
    expect(() => updateBatna(database.db, dealId, { ourCourse: 'x' })).toThrow(/not found/);
    expect(() => issueStore.create(database.db, dealId, {})).toThrow(/not found/);
  });
});

describe('issues and options', () => {
  it('adds, orders, moves and inserts after a row', () => {
    const a = issueStore.create(database.db, dealId, { name: 'A' });
    const b = issueStore.create(database.db, dealId, { name: 'B' });
    issueStore.create(database.db, dealId, { name: 'A2' }, a.id);
    expect(issueStore.list(database.db, dealId).map((i) => i.name)).toEqual(['A', 'A2', 'B']);
    issueStore.move(database.db, b.id, 0);
    expect(issueStore.list(database.db, dealId).map((i) => [i.name, i.position])).toEqual([
      ['B', 0],
      ['A', 1],
      ['A2', 2],
    ]);
  });

  it('stores weights and scores as given, and refuses out-of-range ones', () => {
    const issue = addIssueWithOptions(database.db, dealId, {}, ['30 days', '60 days']);
    issueStore.update(database.db, issue.id, { weightUs: 12.5, weightThem: 0, redLine: true });
    const [first] = issue.options;
    if (!first) throw new Error('expected options');
    optionStore.update(database.db, first.id, { ourScore: 100, theirScore: 0 });
    const before = dumpDatabase(database.sqlite);
    expect(() => optionStore.update(database.db, first.id, { ourScore: 140 })).toThrow(/between 0 and 100/);
    expect(() => optionStore.update(database.db, first.id, { theirScore: -1 })).toThrow(/between 0 and 100/);
    expect(() => issueStore.update(database.db, issue.id, { weightUs: -3 })).toThrow(/negative/);
    expect(() => issueStore.update(database.db, issue.id, { weightThem: Number.NaN })).toThrow(/number/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
    const [stored] = issueStore.list(database.db, dealId);
    expect(stored).toMatchObject({ weightUs: 12.5, weightThem: 0, redLine: true });
    expect(stored?.options[0]).toMatchObject({ label: '30 days', ourScore: 100, theirScore: 0 });
  });

  it('writes one side of the scores at once, all or nothing', () => {
    const issue = addIssueWithOptions(database.db, dealId, {}, ['a', 'b']);
    const [a, b] = issue.options.map((o) => o.id) as [string, string];
    const after = setOptionScores(database.db, {
      issueId: issue.id,
      side: 'them',
      scores: [
        { id: a, score: 0 },
        { id: b, score: 100 },
      ],
    });
    expect(after.options.map((o) => [o.ourScore, o.theirScore])).toEqual([
      [null, 0],
      [null, 100],
    ]);
    const other = addIssueWithOptions(database.db, dealId, {}, ['x']);
    const before = dumpDatabase(database.sqlite);
    expect(() =>
      setOptionScores(database.db, {
        issueId: issue.id,
        side: 'us',
        scores: [
          { id: a, score: 50 },
          { id: other.options[0]?.id, score: 50 },
        ],
      }),
    ).toThrow(/not found/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('normalises one side to 100 and reports the old weights', () => {
    const a = issueStore.create(database.db, dealId, { weightUs: 1, weightThem: 7 });
    issueStore.create(database.db, dealId, { weightUs: 3, weightThem: 7 });
    const change = normaliseIssueWeights(database.db, dealId, 'us');
    expect(change.issues.map((i) => i.weightUs)).toEqual([25, 75]);
    expect(change.issues.map((i) => i.weightThem)).toEqual([7, 7]);
    expect(change.previous).toContainEqual({ id: a.id, weight: 1 });
    const empty = createDeal(database.db, { title: 'No weights' }).id;
    issueStore.create(database.db, empty, {});
    expect(() => normaliseIssueWeights(database.db, empty, 'them')).toThrow(/weight above zero/);
  });

  it('restores a deleted issue with its options and links, ids unchanged', () => {
    const { payment, interest, question } = fillDeal(dealId);
    optionStore.update(database.db, payment.options[1]?.id as string, { ourScore: 40, theirScore: 60 });
    const before = issueStore.list(database.db, dealId);
    issueStore.remove(database.db, payment.id);
    expect(issueStore.list(database.db, dealId).map((i) => i.id)).not.toContain(payment.id);
    const during = interestsMapOf(database.db, dealId);
    expect(during.interests[0]?.issueIds).toEqual([]);
    expect(during.questions[0]?.issueId).toBeNull();
    issueStore.restore(database.db, payment.id);
    expect(issueStore.list(database.db, dealId)).toEqual(before);
    const map = interestsMapOf(database.db, dealId);
    expect(map.interests[0]?.issueIds).toEqual([payment.id]);
    expect(map.questions[0]?.issueId).toBe(payment.id);
    expect(map.interests[0]?.id).toBe(interest.id);
    expect(map.questions[0]?.id).toBe(question.id);
    expect(() => issueStore.restore(database.db, payment.id)).toThrow(/to restore was not found/);
  });

  it('deletes and restores a single option', () => {
    const issue = addIssueWithOptions(database.db, dealId, {}, ['a', 'b', 'c']);
    const { id } = optionStore.remove(database.db, issue.options[1]?.id as string);
    expect(issueStore.list(database.db, dealId)[0]?.options.map((o) => o.label)).toEqual(['a', 'c']);
    optionStore.restore(database.db, id);
    expect(issueStore.list(database.db, dealId)[0]?.options.map((o) => o.label)).toEqual(['a', 'b', 'c']);
    optionStore.create(database.db, dealId, { issueId: issue.id, label: 'a2' }, issue.options[0]?.id);
    expect(issueStore.list(database.db, dealId)[0]?.options.map((o) => o.label)).toEqual(['a', 'a2', 'b', 'c']);
  });

  it('adds only the starter issues picked, and refuses unknown ones without writing', () => {
    const added = addStarterIssues(database.db, dealId, ['proc-payment', 'proc-warranty']);
    expect(added.map((i) => [i.name, i.category, i.options.length])).toEqual([
      ['Payment terms', 'payment_terms', 3],
      ['Warranty', 'warranty', 3],
    ]);
    const before = dumpDatabase(database.sqlite);
    expect(() => addStarterIssues(database.db, dealId, ['proc-price', 'made-up'])).toThrow(/not one of the suggested/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });
});

describe('interests', () => {
  it('links interests to issues of the same deal only', () => {
    const { interest } = fillDeal(dealId);
    const foreign = issueStore.create(database.db, createDeal(database.db, { title: 'Y' }).id, {}).id;
    const before = dumpDatabase(database.sqlite);
    expect(() => interestStore.update(database.db, interest.id, { issueIds: [foreign] })).toThrow(/does not belong/);
    expect(() => interestStore.update(database.db, interest.id, { priority: 'urgent' as never })).toThrow(/Priority/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('restores a deleted interest with its issue links and the questions aimed at it', () => {
    const { interest, question } = fillDeal(dealId);
    const before = interestsMapOf(database.db, dealId);
    interestStore.remove(database.db, interest.id);
    expect(interestsMapOf(database.db, dealId).questions[0]?.interestId).toBeNull();
    expect(interestsMapOf(database.db, dealId).questions[0]?.id).toBe(question.id);
    interestStore.restore(database.db, interest.id);
    expect(interestsMapOf(database.db, dealId)).toEqual(before);
  });
});

describe('duplicating a deal', () => {
  it('copies every preparation row under new ids, with links pointing inside the copy', () => {
    fillDeal(dealId);
    const before = Object.fromEntries(CHILD_TABLES.map((t) => [t, countRows(t)]));
    const copy = duplicateDeal(database.db, dealId);
    for (const table of CHILD_TABLES) {
      expect(before[table], table).toBeGreaterThan(0);
      expect(countRows(table), table).toBe(2 * (before[table] as number));
    }
    const issues = issueStore.list(database.db, copy.id);
    const sourceIssues = issueStore.list(database.db, dealId);
    expect(issues.map((i) => i.name)).toEqual(sourceIssues.map((i) => i.name));
    expect(issues.map((i) => i.options.map((o) => o.label))).toEqual(
      sourceIssues.map((i) => i.options.map((o) => o.label)),
    );
    const ids = new Set(issues.flatMap((i) => [i.id, ...i.options.map((o) => o.id)]));
    for (const source of sourceIssues) expect(ids.has(source.id)).toBe(false);
    const batna = getBatna(database.db, copy.id);
    expect(batna).toMatchObject({ ourCourse: 'Other vendor', ourReservation: 120, theirReservation: 100 });
    expect(batna.mainIssueId).toBe(issues[0]?.id);
    const map = interestsMapOf(database.db, copy.id);
    const payment = issues.find((i) => i.name === 'Payment terms');
    expect(map.interests[0]?.issueIds).toEqual([payment?.id]);
    expect(map.questions[0]).toMatchObject({ interestId: map.interests[0]?.id, issueId: payment?.id });
    expect(batnaActionStore.list(database.db, copy.id).map((a) => a.text)).toEqual(['Ask a second vendor']);
  });
});

describe('progress', () => {
  it('follows the content of each step', async () => {
    expect(getDealProgress(database.db, dealId)).toMatchObject({
      batna: { state: 'empty' },
      issues: { state: 'empty' },
      interests: { state: 'empty' },
    });
    fillDeal(dealId);
    const progress = getDealProgress(database.db, dealId);
    expect(progress.batna?.state).toBe('started');
    expect(progress.issues).toMatchObject({ state: 'started', reason: /two options/ });
    expect(progress.interests).toMatchObject({ state: 'started', reason: /your interests/ });
    const viaApi = await invoke({ db: database.db }, 'deals.progress', { id: dealId });
    expect(viaApi).toEqual({ ok: true, value: progress });
  });
});

describe('through the API', () => {
  it('refuses a score of 140 with a message naming the rule, changing nothing', async () => {
    const issue = addIssueWithOptions(database.db, dealId, {}, ['a']);
    const before = dumpDatabase(database.sqlite);
    const envelope = await invoke({ db: database.db }, 'rows.update', {
      table: 'issueOptions',
      id: issue.options[0]?.id as string,
      patch: { ourScore: 140 },
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Our score must be between 0 and 100' },
    });
    const weights = await invoke({ db: database.db }, 'rows.update', {
      table: 'issues',
      id: issue.id,
      patch: { weightUs: -1 },
    });
    expect(weights).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('round-trips an issue with options', async () => {
    const added = await invoke({ db: database.db }, 'rows.create', {
      table: 'issues',
      dealId,
      fields: { name: 'Term' },
    });
    expect(added).toMatchObject({ ok: true, value: { name: 'Term', options: [] } });
    const issueId = added.ok ? (added.value as { id: string }).id : '';
    for (const label of ['1y', '2y']) {
      const option = await invoke({ db: database.db }, 'rows.create', {
        table: 'issueOptions',
        dealId,
        fields: { issueId, label },
      });
      expect(option).toMatchObject({ ok: true, value: { issueId, label } });
    }
    const list = await invoke({ db: database.db }, 'rows.list', { table: 'issues', dealId });
    expect(list).toMatchObject({ ok: true, value: [{ name: 'Term', options: [{ label: '1y' }, { label: '2y' }] }] });
  });
});
