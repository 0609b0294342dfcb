import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import '../../api/router';
import { BUILT_IN_TEMPLATES } from '../../core/library/builtInTemplates';
import { BUILT_IN_PHRASES } from '../../core/library/phrases';
import { BUILT_IN_TRADEABLES } from '../../core/library/tradeables';
import { openDatabase } from '../../db/database';
import { exportDeals, importDealFile } from '../../db/dealFiles/transfer';
import { duplicateDeal } from '../../db/dealTables/duplicate';
import { clauseStore, governanceStore } from '../../db/repositories/concessions';
import { stakeholderStore } from '../../db/repositories/counterparty';
import { createDeal, getDeal } from '../../db/repositories/deals';
import { interestsMapOf, questionStore } from '../../db/repositories/interests';
import { addIssueWithOptions, issueStore, optionStore, setOptionScores } from '../../db/repositories/issues';
import { restoreBuiltIns } from '../../db/repositories/librarySeed';
import { addIssueToLibrary, addTradeableToDeal, listLibraryTradeables } from '../../db/repositories/libraryTradeables';
import { insertPhrase, listPhrases } from '../../db/repositories/phrases';
import { getTalkingPoints, setTalkingPoints } from '../../db/repositories/talkingPoints';
import { teamMemberStore } from '../../db/repositories/team';
import { createDealFromTemplate, saveDealAsTemplate } from '../../db/repositories/templateDeals';
import { deleteTemplate, listTemplates, resetTemplate, updateTemplate } from '../../db/repositories/templates';
import { dumpDatabase } from '../support/dump';
import { MIGRATIONS_FOLDER, makeTempDir, openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
beforeEach(async () => {
  database = await openTempDatabase();
});
afterEach(() => database.cleanup());

const silent = { error: () => {} };
const UNKNOWN_ID = '6f1c1d5e-3b7a-4c2e-9d1f-2a3b4c5d6e7f';
const call = (name: Parameters<typeof invoke>[1], input: unknown) =>
  invoke({ db: database.db }, name, input as never, silent);

/** A procurement deal with specifics everywhere: names, numbers, notes, answers. */
function specificDeal() {
  const db = database.db;
  const deal = createDeal(db, {
    title: 'Globex licences 2027',
    counterparty: 'Globex Corporation',
    context: 'procurement',
    ourSide: 'buying',
    notes: 'Hank said the budget is frozen until March',
    targetCloseDate: '2027-03-31',
  });
  const price = addIssueWithOptions(
    db,
    deal.id,
    { name: 'Unit price', category: 'price', weightUs: 40, weightThem: 35, redLine: true },
    ['€118,000', '€104,500'],
  );
  const payment = addIssueWithOptions(
    db,
    deal.id,
    {
      name: 'Payment terms',
      category: 'payment_terms',
      weightUs: 20,
      weightThem: 30,
      tradeable: true,
      notes: 'Their CFO Mrs Wexler pushes for net 30',
    },
    ['Net 30', 'Net 60'],
  );
  setOptionScores(db, {
    issueId: payment.id,
    side: 'us',
    scores: payment.options.map((o, i) => ({ id: o.id, score: i * 100 })),
  });
  const question = questionStore.create(db, deal.id, { text: 'What closes your quarter?' });
  questionStore.update(db, question.id, { answer: 'Globex closes on 28 March' });
  // Deleted, its Undo still on offer: not part of the deal, nor of a template made from it.
  questionStore.remove(db, questionStore.create(db, deal.id, { text: 'Who signs in Q4?' }).id);
  setTalkingPoints(db, deal.id, 'Tell Hank we walk at €120k');
  stakeholderStore.create(db, deal.id, {
    name: 'Hank Scorpio',
    title: 'CFO',
    role: 'economic_buyer',
    relationshipNotes: 'Plays golf with our CEO',
  });
  clauseStore.create(db, deal.id, { metric: 'Monthly uptime', threshold: 99.95, unit: '%', remedy: 'Credit of 5 %' });
  governanceStore.update(db, deal.id, { reviewCadence: 'quarterly', changeProcess: 'Changes priced first' });
  return { deal, price, payment };
}

describe('templates', () => {
  it('seeds the four built-in templates once, with their tradeables and phrases', () => {
    const templates = listTemplates(database.db);
    expect(templates.map((t) => t.builtInKey).sort()).toEqual(BUILT_IN_TEMPLATES.map((t) => t.key).sort());
    expect(new Set(templates.map((t) => t.context))).toEqual(
      new Set(['sales', 'procurement', 'partnership', 'hiring']),
    );
    expect(templates.every((t) => !t.modified)).toBe(true);
    expect(listLibraryTradeables(database.db)).toHaveLength(BUILT_IN_TRADEABLES.length);
    expect(listPhrases(database.db)).toHaveLength(BUILT_IN_PHRASES.length);
  });

  it('round trip: deal → template → new deal keeps the structure and drops the specifics', () => {
    const { deal, price } = specificDeal();
    const template = saveDealAsTemplate(database.db, {
      dealId: deal.id,
      name: 'Licence renewal (buying)',
      specificOptionIds: price.options.map((o) => o.id),
    });
    expect(template).toMatchObject({ context: 'procurement', builtInKey: null, modified: false });
    const stored = JSON.stringify(template);
    for (const specific of [
      'Globex',
      'Hank',
      'Scorpio',
      'golf',
      'Wexler',
      '118,000',
      '104,500',
      'March',
      '2027',
      '€120k',
      '99.95',
    ]) {
      expect(stored, specific).not.toContain(specific);
    }

    const copy = createDealFromTemplate(database.db, { templateId: template.id, title: 'Initech licences 2028' });
    expect(copy).toMatchObject({
      title: 'Initech licences 2028',
      counterparty: '',
      context: 'procurement',
      ourSide: 'buying',
      notes: '',
      targetCloseDate: null,
    });
    const shape = (dealId: string) =>
      issueStore.list(database.db, dealId).map((i) => ({
        name: i.name,
        category: i.category,
        weightUs: i.weightUs,
        weightThem: i.weightThem,
        tradeable: i.tradeable,
        redLine: i.redLine,
        options: i.options.map((o) => [o.label, o.ourScore, o.theirScore]),
      }));
    const original = shape(deal.id);
    expect(shape(copy.id)).toEqual([
      { ...original[0], options: [] }, // the price points were marked as this deal's own
      original[1],
    ]);
    expect(issueStore.list(database.db, copy.id).every((i) => i.notes === '')).toBe(true);
    const questions = interestsMapOf(database.db, copy.id).questions;
    expect(questions.map((q) => [q.text, q.answer])).toEqual([['What closes your quarter?', '']]);
    expect(getTalkingPoints(database.db, copy.id).text).toBe('');
    expect(stakeholderStore.list(database.db, copy.id).map((p) => [p.name, p.role, p.relationshipNotes])).toEqual([
      ['Economic buyer', 'economic_buyer', ''],
    ]);
    expect(clauseStore.list(database.db, copy.id).map((c) => [c.metric, c.threshold, c.remedy])).toEqual([
      ['Monthly uptime', null, 'Credit of 5 %'],
    ]);
    expect(governanceStore.get(database.db, copy.id)).toMatchObject({
      reviewCadence: 'quarterly',
      changeProcess: 'Changes priced first',
    });
  });

  it('creates a deal from a built-in template with every issue, option, question and checklist', () => {
    const procurement = listTemplates(database.db).find((t) => t.builtInKey === 'procurement-vendor');
    if (!procurement) throw new Error('missing built-in');
    const deal = createDealFromTemplate(database.db, {
      templateId: procurement.id,
      title: 'Office chairs',
      counterparty: 'Seatwell',
    });
    expect(deal).toMatchObject({ context: 'procurement', ourSide: 'buying', counterparty: 'Seatwell' });
    const issues = issueStore.list(database.db, deal.id);
    expect(issues.map((i) => i.name)).toEqual(procurement.document.issues.map((i) => i.name));
    expect(issues.map((i) => i.options.length)).toEqual(procurement.document.issues.map((i) => i.options.length));
    expect(interestsMapOf(database.db, deal.id).questions).toHaveLength(procurement.document.questions.length);
    expect(stakeholderStore.list(database.db, deal.id).map((p) => p.name)).toEqual(
      procurement.document.stakeholderRoles.map((r) => r.role),
    );
    expect(clauseStore.list(database.db, deal.id)).toHaveLength(procurement.document.clauses.length);
    expect(governanceStore.get(database.db, deal.id)).toEqual(procurement.document.governance);
  });

  it('every built-in template starts our team, priorities and numeric options, and a saved deal keeps them', () => {
    for (const builtIn of BUILT_IN_TEMPLATES) {
      const template = listTemplates(database.db).find((t) => t.builtInKey === builtIn.key);
      if (!template) throw new Error(`missing built-in ${builtIn.key}`);
      const deal = createDealFromTemplate(database.db, { templateId: template.id, title: builtIn.name });
      const team = teamMemberStore.list(database.db, deal.id);
      expect(
        team.map((m) => m.role),
        builtIn.key,
      ).toContain('lead');
      expect(
        team.map((m) => m.role),
        builtIn.key,
      ).toContain('approver');
      expect(
        team.every((m) => m.name !== '' && m.responsibility !== ''),
        builtIn.key,
      ).toBe(true);
      const issues = issueStore.list(database.db, deal.id);
      const main = issues.find((i) => i.redLine);
      expect(main, builtIn.key).toMatchObject({ priority: 'must' });
      expect(main?.numericKind, builtIn.key).not.toBeNull();
      expect(main?.standard, builtIn.key).not.toBeNull();
      // At least one issue whose options carry numbers the calculator and the walk-away checks read.
      const numeric = issues.filter((i) => i.numericKind !== null && i.options.some((o) => o.value !== null));
      expect(numeric.length, builtIn.key).toBeGreaterThan(0);
    }
    const sales = listTemplates(database.db).find((t) => t.builtInKey === 'sales-b2b');
    if (!sales) throw new Error('missing built-in');
    const payment = issueStore
      .list(database.db, createDealFromTemplate(database.db, { templateId: sales.id, title: 'Payment check' }).id)
      .find((i) => i.category === 'payment_terms');
    expect(payment).toMatchObject({ numericKind: 'days', priority: 'like' });
    expect(payment?.options.map((o) => [o.label, o.value])).toEqual([
      ['Net 60', 60],
      ['Net 45', 45],
      ['Net 30', 30],
      ['Annual in advance', null],
    ]);

    // Save as template: numbers, priority, standard and our team's roles travel; names do not.
    const { deal, price } = specificDeal();
    issueStore.update(database.db, price.id, {
      numericKind: 'money',
      unit: 'per_year',
      priority: 'must',
      standard: 'market',
    });
    optionStore.update(database.db, price.options[0]?.id as string, { value: 118_000 });
    teamMemberStore.create(database.db, deal.id, { name: 'Jane Okafor', role: 'lead', title: 'Category buyer' });
    const saved = saveDealAsTemplate(database.db, { dealId: deal.id, name: 'With numbers' });
    expect(JSON.stringify(saved)).not.toContain('Okafor');
    const copy = createDealFromTemplate(database.db, { templateId: saved.id, title: 'Copy' });
    const copiedPrice = issueStore.list(database.db, copy.id).find((i) => i.name === 'Unit price');
    expect(copiedPrice).toMatchObject({ numericKind: 'money', unit: 'per_year', priority: 'must', standard: 'market' });
    expect(copiedPrice?.options[0]?.value).toBe(118_000);
    expect(teamMemberStore.list(database.db, copy.id).map((m) => [m.name, m.role, m.title])).toEqual([
      ['Category buyer', 'lead', 'Category buyer'],
    ]);
  });

  it('edits, resets, deletes and restores built-ins; a deleted built-in is not re-seeded on the next start', async () => {
    const temp = makeTempDir();
    try {
      const first = await openDatabase({ dataDir: temp.dir, migrationsFolder: MIGRATIONS_FOLDER });
      const hiring = listTemplates(first.db).find((t) => t.builtInKey === 'hiring-offer');
      if (!hiring) throw new Error('missing built-in');
      const edited = updateTemplate(first.db, hiring.id, {
        name: 'Hiring (our way)',
        document: { ...hiring.document, questions: ['When can you start?'] },
      });
      expect(edited.modified).toBe(true);
      const reset = resetTemplate(first.db, hiring.id);
      expect(reset).toMatchObject({ name: 'Hiring offer', modified: false });
      expect(reset.document).toEqual(hiring.document);
      deleteTemplate(first.db, hiring.id);
      first.close();

      const second = await openDatabase({ dataDir: temp.dir, migrationsFolder: MIGRATIONS_FOLDER });
      expect(listTemplates(second.db).some((t) => t.builtInKey === 'hiring-offer')).toBe(false);
      expect(restoreBuiltIns(second.db)).toEqual({ added: 1 });
      expect(listTemplates(second.db).filter((t) => t.builtInKey === 'hiring-offer')).toHaveLength(1);
      expect(restoreBuiltIns(second.db)).toEqual({ added: 0 });
      second.close();
    } finally {
      temp.remove();
    }
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    const { deal } = specificDeal();
    const other = createDeal(database.db, { title: 'Other' });
    const foreignOption = addIssueWithOptions(database.db, other.id, {}, ['x']).options[0]?.id;
    const template = listTemplates(database.db)[0];
    if (!template) throw new Error('no template');
    const before = dumpDatabase(database.sqlite);
    const cases: [Parameters<typeof invoke>[1], unknown, string, RegExp][] = [
      ['templates.createDeal', { templateId: UNKNOWN_ID, title: 'X' }, 'not_found', /template was not found/],
      ['templates.createDeal', { templateId: template.id, title: '  ' }, 'invalid_input', /Title is required/],
      [
        'templates.saveDeal',
        { dealId: deal.id, name: 'T', specificOptionIds: [foreignOption] },
        'invalid_input',
        /does not belong to this deal/,
      ],
      ['templates.saveDeal', { dealId: UNKNOWN_ID, name: 'T' }, 'not_found', /deal was not found/],
      [
        'templates.update',
        { id: template.id, patch: { document: { ...template.document, issues: [{ name: 'x' }] } } },
        'invalid_input',
        /./,
      ],
      [
        'templates.update',
        {
          id: template.id,
          patch: {
            document: {
              ...template.document,
              issues: [{ ...template.document.issues[0], weightUs: -5 }],
            },
          },
        },
        'invalid_input',
        /cannot be negative/,
      ],
      ['templates.reset', { id: UNKNOWN_ID }, 'not_found', /template was not found/],
    ];
    for (const [name, input, code, message] of cases) {
      const envelope = await call(name, input);
      expect(envelope, name).toMatchObject({ ok: false, error: { code } });
      if (!envelope.ok) expect(envelope.error.message, name).toMatch(message);
    }
    expect(dumpDatabase(database.sqlite)).toBe(before);

    // Only built-ins can be reset.
    const own = saveDealAsTemplate(database.db, { dealId: deal.id, name: 'Mine' });
    const snapshot = dumpDatabase(database.sqlite);
    const envelope = await call('templates.reset', { id: own.id });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dumpDatabase(database.sqlite)).toBe(snapshot);
  });
});

describe('tradeables library', () => {
  it('adds an entry to a deal as an issue, and a deal issue to the library', () => {
    const deal = createDeal(database.db, { title: 'Acme' });
    const entry = listLibraryTradeables(database.db).find((t) => t.name === 'Rollout phases');
    if (!entry) throw new Error('missing');
    const issue = addTradeableToDeal(database.db, entry.id, deal.id);
    expect(issue).toMatchObject({ name: 'Rollout phases', category: 'delivery', tradeable: true, dealId: deal.id });
    expect(issue.options.map((o) => o.label)).toEqual(entry.options);

    const own = addIssueWithOptions(
      database.db,
      deal.id,
      { name: 'Hypercare weeks', category: 'service_level', notes: 'secret' },
      ['2 weeks', '6 weeks'],
    );
    const added = addIssueToLibrary(database.db, own.id);
    expect(added).toMatchObject({
      name: 'Hypercare weeks',
      category: 'service_level',
      options: ['2 weeks', '6 weeks'],
    });
    expect(added.notes).toBe('');
  });

  it('refuses duplicates and unknown rows, writing nothing', async () => {
    const deal = createDeal(database.db, { title: 'Acme' });
    const entry = listLibraryTradeables(database.db)[0];
    if (!entry) throw new Error('empty library');
    addTradeableToDeal(database.db, entry.id, deal.id);
    const unnamed = issueStore.create(database.db, deal.id, {});
    const before = dumpDatabase(database.sqlite);
    const cases: [Parameters<typeof invoke>[1], unknown, string, RegExp][] = [
      ['tradeables.addToDeal', { id: entry.id, dealId: deal.id }, 'conflict', /already has an issue/],
      ['tradeables.addToDeal', { id: UNKNOWN_ID, dealId: deal.id }, 'not_found', /tradeable was not found/],
      ['tradeables.addToDeal', { id: entry.id, dealId: UNKNOWN_ID }, 'not_found', /deal was not found/],
      ['tradeables.add', { name: entry.name.toUpperCase() }, 'conflict', /already in the tradeables library/],
      ['tradeables.add', { name: 'X', costToUs: 'free' }, 'invalid_input', /low, medium or high/],
      ['tradeables.fromIssue', { issueId: unnamed.id }, 'invalid_input', /Give the issue a name/],
      ['tradeables.reset', { id: UNKNOWN_ID }, 'not_found', /./],
    ];
    for (const [name, input, code, message] of cases) {
      const envelope = await call(name, input);
      expect(envelope, name).toMatchObject({ ok: false, error: { code } });
      if (!envelope.ok) expect(envelope.error.message, name).toMatch(message);
    }
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });
});

describe('phrase bank and "What to say"', () => {
  it('fills a phrase from the deal and appends it to the notes', () => {
    const { deal, payment, price } = specificDeal();
    const phrase = listPhrases(database.db).find((p) => p.text.startsWith('If we were to go to'));
    if (!phrase) throw new Error('missing phrase');
    const result = insertPhrase(database.db, {
      dealId: deal.id,
      phraseId: phrase.id,
      issueId: payment.id,
      optionId: payment.options[1]?.id,
      askIssueId: price.id,
    });
    expect(result.text).toBe(
      'Tell Hank we walk at €120k\nIf we were to go to Net 60 on Payment terms, could you move to [ask option] on Unit price?',
    );
    expect(getTalkingPoints(database.db, deal.id).text).toBe(result.text);
  });

  it('refuses rows of another deal and unknown blanks, writing nothing', async () => {
    const { deal } = specificDeal();
    const other = createDeal(database.db, { title: 'Other' });
    const foreign = issueStore.create(database.db, other.id, { name: 'Theirs' });
    const phrase = listPhrases(database.db)[0];
    if (!phrase) throw new Error('no phrases');
    const before = dumpDatabase(database.sqlite);
    const cases: [Parameters<typeof invoke>[1], unknown, string, RegExp][] = [
      [
        'phrases.insert',
        { dealId: deal.id, phraseId: phrase.id, issueId: foreign.id },
        'invalid_input',
        /does not belong to this deal/,
      ],
      ['phrases.insert', { dealId: deal.id, phraseId: UNKNOWN_ID }, 'not_found', /phrase was not found/],
      ['phrases.add', { purpose: 'safe_no', text: 'No {amount}' }, 'invalid_input', /Blanks must be one of/],
      ['phrases.add', { purpose: 'flattery', text: 'Hi' }, 'invalid_input', /Purpose must be one of/],
      ['talkingPoints.update', { dealId: deal.id, text: 'x'.repeat(20_001) }, 'invalid_input', /at most 20000/],
      ['talkingPoints.update', { dealId: UNKNOWN_ID, text: 'x' }, 'not_found', /deal was not found/],
    ];
    for (const [name, input, code, message] of cases) {
      const envelope = await call(name, input);
      expect(envelope, name).toMatchObject({ ok: false, error: { code } });
      if (!envelope.ok) expect(envelope.error.message, name).toMatch(message);
    }
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('travels with duplicates and deal files', () => {
    const { deal } = specificDeal();
    const copy = duplicateDeal(database.db, deal.id);
    expect(getTalkingPoints(database.db, copy.id).text).toBe('Tell Hank we walk at €120k');
    const file = exportDeals(database.db, [deal.id]);
    expect(JSON.parse(file.text).deals[0].parts.talkingPoints).toEqual([
      { text: 'Tell Hank we walk at €120k', updatedAt: expect.any(String) },
    ]);
    const imported = importDealFile(database.db, file.text, 'copy').deals[0];
    if (!imported) throw new Error('nothing imported');
    expect(getDeal(database.db, imported.id).title).toBe('Globex licences 2027 (copy)');
    expect(getTalkingPoints(database.db, imported.id).text).toBe('Tell Hank we walk at €120k');
  });
});
