import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import { UserError } from '../../core/errors';
import { exportDeals, importDealFile } from '../../db/dealFiles/transfer';
import { duplicateDeal } from '../../db/dealTables/duplicate';
import { createDeal, deleteDeal, purgeDeal } from '../../db/repositories/deals';
import { addIssueWithOptions, issueStore, optionStore, setOptionScores } from '../../db/repositories/issues';
import {
  applySuggestions,
  getMesoGrid,
  offerStore,
  setOfferChoice,
  updateMesoSettings,
} from '../../db/repositories/meso';
import { getDealProgress } from '../../db/repositories/progress';
import { dumpDatabase } from '../support/dump';
import { openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
let dealId: string;
const cleanups: (() => void)[] = [];
beforeEach(async () => {
  database = await openTempDatabase();
  cleanups.push(database.cleanup);
  dealId = createDeal(database.db, { title: 'Supply', ourSide: 'buying' }).id;
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const MESO_TABLES = ['meso_offers', 'meso_offer_choices', 'meso_settings'];
const countRows = (table: string) => database.sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;

/** Two scored issues with three options each, an offer of each kind with every pick, and settings. */
function fillDeal(id: string) {
  const db = database.db;
  const issues = [
    addIssueWithOptions(db, id, { name: 'Price', weightUs: 60, weightThem: 30 }, ['100', '95', '90']),
    addIssueWithOptions(db, id, { name: 'Term', weightUs: 40, weightThem: 70 }, ['1y', '2y', '3y']),
  ];
  for (const issue of issues) {
    setOptionScores(db, {
      issueId: issue.id,
      side: 'us',
      scores: issue.options.map((o, k) => ({ id: o.id, score: k * 50 })),
    });
    setOptionScores(db, {
      issueId: issue.id,
      side: 'them',
      scores: issue.options.map((o, k) => ({ id: o.id, score: 100 - k * 50 })),
    });
  }
  const [price, term] = issues as [(typeof issues)[0], (typeof issues)[0]];
  const pick = (p: number, t: number) => ({
    [price.id]: price.options[p]?.id ?? '',
    [term.id]: term.options[t]?.id ?? '',
  });
  const ours = offerStore.create(db, id, { kind: 'ours', choices: pick(1, 1) });
  const received = offerStore.create(db, id, { kind: 'received', fromName: 'Boxco', choices: pick(0, 2) });
  updateMesoSettings(db, id, { targetPoints: 55, tolerance: 4 });
  return { price, term, ours, received, pick };
}

describe('MESO tables', () => {
  it('exist after the generated migration, with foreign keys that cascade', () => {
    const fks = (table: string) =>
      database.sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string; on_delete: string }[];
    expect(fks('meso_offers')).toEqual([expect.objectContaining({ table: 'deals', on_delete: 'CASCADE' })]);
    expect(fks('meso_settings')).toEqual([expect.objectContaining({ table: 'deals', on_delete: 'CASCADE' })]);
    expect(
      fks('meso_offer_choices')
        .map((k) => `${k.table}:${k.on_delete}`)
        .sort(),
    ).toEqual(['issue_options:CASCADE', 'issues:CASCADE', 'meso_offers:CASCADE']);
  });

  it('purging a deal removes its offers, picks and settings, and leaves other deals alone', () => {
    fillDeal(dealId);
    const other = createDeal(database.db, { title: 'Other' }).id;
    fillDeal(other);
    const perDeal = Object.fromEntries(MESO_TABLES.map((t) => [t, countRows(t) / 2]));
    deleteDeal(database.db, dealId);
    purgeDeal(database.db, dealId);
    for (const table of MESO_TABLES) expect(countRows(table), table).toBe(perDeal[table]);
    expect(getMesoGrid(database.db, other).offers).toHaveLength(2);
  });

  it('deleting an issue or an option removes the picks that used it, not the offers', () => {
    const { price, term, ours } = fillDeal(dealId);
    optionStore.remove(database.db, ours.choices[term.id] ?? '');
    expect(Object.keys(getMesoGrid(database.db, dealId).offers.find((o) => o.id === ours.id)?.choices ?? {})).toEqual([
      price.id,
    ]);
    issueStore.remove(database.db, price.id);
    const grid = getMesoGrid(database.db, dealId);
    expect(grid.offers).toHaveLength(2);
    expect(grid.offers.find((o) => o.id === ours.id)?.choices).toEqual({});
    expect(grid.offers.find((o) => o.kind === 'received')?.choices).toEqual({ [term.id]: expect.any(String) });
  });
});

describe('offers', () => {
  it('names columns A, B, C and marks hand-picked cells as edited', () => {
    const { price } = fillDeal(dealId);
    const blank = offerStore.create(database.db, dealId, { kind: 'ours' });
    expect(blank).toMatchObject({ label: 'B', editedByUser: false, choices: {} });
    const picked = setOfferChoice(database.db, {
      offerId: blank.id,
      issueId: price.id,
      optionId: price.options[2]?.id ?? null,
    });
    expect(picked).toMatchObject({ editedByUser: true, choices: { [price.id]: price.options[2]?.id } });
    const cleared = setOfferChoice(database.db, { offerId: blank.id, issueId: price.id, optionId: null });
    expect(cleared.choices).toEqual({});
    expect(offerStore.update(database.db, blank.id, { label: '  Fast track ' }).label).toBe('Fast track');
  });

  it('refuses an option of another issue, an issue of another deal and an unknown offer, changing nothing', () => {
    const { price, term, ours } = fillDeal(dealId);
    const other = createDeal(database.db, { title: 'Other' }).id;
    const foreign = addIssueWithOptions(database.db, other, {}, ['x']);
    const before = dumpDatabase(database.sqlite);
    const attempts: [() => unknown, RegExp][] = [
      [
        () => setOfferChoice(database.db, { offerId: ours.id, issueId: price.id, optionId: term.options[0]?.id ?? '' }),
        /not one of that issue’s options/,
      ],
      [
        () =>
          setOfferChoice(database.db, {
            offerId: ours.id,
            issueId: foreign.id,
            optionId: foreign.options[0]?.id ?? '',
          }),
        /not part of this deal/,
      ],
      [
        () => setOfferChoice(database.db, { offerId: ours.id, issueId: foreign.id, optionId: null }),
        /not part of this deal/,
      ],
      [
        () => setOfferChoice(database.db, { offerId: crypto.randomUUID(), issueId: price.id, optionId: null }),
        /offer was not found/,
      ],
      [
        () =>
          offerStore.create(database.db, dealId, { kind: 'ours', choices: { [price.id]: term.options[1]?.id ?? '' } }),
        /not one of that issue’s options/,
      ],
      [
        () =>
          applySuggestions(database.db, {
            dealId,
            packages: [{ [price.id]: price.options[0]?.id ?? '' }, { [price.id]: term.options[0]?.id ?? '' }],
            replaceEdited: true,
          }),
        /not one of that issue’s options/,
      ],
      [() => offerStore.update(database.db, crypto.randomUUID(), { label: 'x' }), /offer was not found/],
      [() => offerStore.remove(database.db, crypto.randomUUID()), /offer was not found/],
    ];
    for (const [attempt, message] of attempts) {
      expect(attempt).toThrow(message);
      try {
        attempt();
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
      }
    }
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('rejects bad input at the API boundary with a readable message', async () => {
    const { price, term, ours } = fillDeal(dealId);
    const wrongOption = await invoke({ db: database.db }, 'meso.setChoice', {
      offerId: ours.id,
      issueId: price.id,
      optionId: term.options[0]?.id ?? '',
    });
    expect(wrongOption).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /that issue’s options/ } });
    const unknown = await invoke({ db: database.db }, 'rows.delete', { table: 'mesoOffers', id: crypto.randomUUID() });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const tolerance = await invoke({ db: database.db }, 'meso.updateSettings', { dealId, patch: { tolerance: -1 } });
    expect(tolerance).toMatchObject({ ok: false, error: { message: 'Tolerance cannot be negative' } });
    const kind = await invoke({ db: database.db }, 'rows.create', {
      table: 'mesoOffers',
      dealId,
      fields: { kind: 'theirs' as 'ours' },
    });
    expect(kind).toMatchObject({ ok: false, error: { message: /Kind must be ours or received/ } });
  });

  it('delete and Undo put the offer back with its picks', () => {
    const { ours } = fillDeal(dealId);
    offerStore.remove(database.db, ours.id);
    expect(getMesoGrid(database.db, dealId).offers.map((o) => o.id)).not.toContain(ours.id);
    // Every field as it was; only its last-change time moved (the delete and the Undo were changes).
    expect(offerStore.restore(database.db, ours.id)).toEqual({ ...ours, updatedAt: expect.any(String) });
    expect(() => offerStore.restore(database.db, ours.id)).toThrow(/to restore was not found/);
  });
});

describe('Suggest offers', () => {
  it('fills offers in order, adds columns, and keeps hand-edited offers unless told to replace them', () => {
    const { price, term, ours, pick } = fillDeal(dealId);
    setOfferChoice(database.db, { offerId: ours.id, issueId: price.id, optionId: price.options[2]?.id ?? null });
    const edited = getMesoGrid(database.db, dealId).offers.find((o) => o.id === ours.id);
    const packages = [pick(0, 2), pick(2, 0), pick(1, 1)];

    const kept = applySuggestions(database.db, { dealId, packages, replaceEdited: false });
    expect(kept).toMatchObject({ replaced: 0, added: 3, keptEdited: 1 });
    const oursAfter = kept.grid.offers.filter((o) => o.kind === 'ours');
    expect(oursAfter.map((o) => o.label)).toEqual(['A', 'B', 'C', 'D']);
    expect(oursAfter[0]?.choices).toEqual(edited?.choices);
    expect(oursAfter.slice(1).map((o) => o.choices)).toEqual(packages);
    expect(oursAfter.slice(1).every((o) => !o.editedByUser)).toBe(true);

    const again = applySuggestions(database.db, { dealId, packages: [pick(2, 2)], replaceEdited: false });
    expect(again).toMatchObject({ replaced: 1, added: 0, keptEdited: 1 });
    expect(again.grid.offers.find((o) => o.label === 'B')?.choices).toEqual(pick(2, 2));

    const replaced = applySuggestions(database.db, { dealId, packages: [pick(0, 0)], replaceEdited: true });
    expect(replaced).toMatchObject({ replaced: 1, keptEdited: 0 });
    expect(replaced.grid.offers.find((o) => o.id === ours.id)).toMatchObject({
      editedByUser: false,
      choices: pick(0, 0),
    });
    expect(term.id).toBeTruthy();
  });

  it('Replace my edits: a replaced offer the user had named takes a letter, a kept one keeps its name', () => {
    const { price, ours, pick } = fillDeal(dealId);
    offerStore.update(database.db, ours.id, { label: 'Premium bundle' });
    setOfferChoice(database.db, { offerId: ours.id, issueId: price.id, optionId: price.options[2]?.id ?? null });
    const kept = applySuggestions(database.db, { dealId, packages: [pick(0, 2), pick(2, 0)], replaceEdited: false });
    expect(kept.grid.offers.filter((o) => o.kind === 'ours').map((o) => o.label)).toEqual(['Premium bundle', 'A', 'B']);
    offerStore.update(database.db, kept.grid.offers.find((o) => o.label === 'B')?.id ?? '', { label: 'Fast rollout' });

    const replaced = applySuggestions(database.db, {
      dealId,
      packages: [pick(1, 1), pick(2, 2), pick(0, 0)],
      replaceEdited: true,
    });
    const oursAfter = replaced.grid.offers.filter((o) => o.kind === 'ours');
    expect(oursAfter.map((o) => [o.label, o.choices])).toEqual([
      ['B', pick(1, 1)],
      ['A', pick(2, 2)],
      ['C', pick(0, 0)],
    ]);
    // On disk as the grid reads it.
    expect(
      getMesoGrid(database.db, dealId)
        .offers.filter((o) => o.kind === 'ours')
        .map((o) => o.label),
    ).toEqual(['B', 'A', 'C']);
  });
});

describe('duplicate and deal files', () => {
  it('a duplicate copies offers, picks and settings onto the copy’s own issues and options', () => {
    const { ours, received } = fillDeal(dealId);
    const copy = duplicateDeal(database.db, dealId);
    const source = getMesoGrid(database.db, dealId);
    const copied = getMesoGrid(database.db, copy.id);
    expect(copied.settings).toEqual({ ...source.settings, dealId: copy.id });
    expect(copied.offers.map((o) => [o.kind, o.label, o.fromName, o.editedByUser])).toEqual(
      source.offers.map((o) => [o.kind, o.label, o.fromName, o.editedByUser]),
    );
    const copyIssues = issueStore.list(database.db, copy.id);
    const labelOf = (issues: ReturnType<typeof issueStore.list>, choices: Record<string, string>) =>
      Object.entries(choices)
        .map(([issueId, optionId]) => {
          const issue = issues.find((i) => i.id === issueId);
          return `${issue?.name}=${issue?.options.find((o) => o.id === optionId)?.label}`;
        })
        .sort();
    const sourceIssues = issueStore.list(database.db, dealId);
    for (const [k, offer] of copied.offers.entries()) {
      expect(offer.id).not.toBe([ours.id, received.id][k]);
      expect(Object.keys(offer.choices).every((id) => copyIssues.some((i) => i.id === id))).toBe(true);
      expect(labelOf(copyIssues, offer.choices)).toEqual(labelOf(sourceIssues, source.offers[k]?.choices ?? {}));
    }
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('a deal file carries issues, options, offers, picks and settings; a copy re-keys them', async () => {
    fillDeal(dealId);
    const file = exportDeals(database.db, [dealId]).text;
    const parts = JSON.parse(file).deals[0].parts;
    expect(parts.mesoOffers).toHaveLength(2);
    expect(parts.mesoOfferChoices).toHaveLength(4);
    expect(parts.mesoSettings).toHaveLength(1);

    const target = await openTempDatabase();
    cleanups.push(target.cleanup);
    importDealFile(target.db, file);
    expect(getMesoGrid(target.db, dealId)).toEqual(getMesoGrid(database.db, dealId));
    expect(issueStore.list(target.db, dealId)).toEqual(issueStore.list(database.db, dealId));

    const copy = importDealFile(database.db, file, 'copy').deals[0]?.id ?? '';
    const copied = getMesoGrid(database.db, copy);
    expect(copied.offers).toHaveLength(2);
    const copyIssueIds = new Set(issueStore.list(database.db, copy).map((i) => i.id));
    for (const offer of copied.offers) {
      expect(Object.keys(offer.choices)).toHaveLength(2);
      for (const issueId of Object.keys(offer.choices)) expect(copyIssueIds.has(issueId)).toBe(true);
    }
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses a file whose pick points at another deal’s option, importing nothing', async () => {
    const { price } = fillDeal(dealId);
    const other = createDeal(database.db, { title: 'Other' }).id;
    const foreign = addIssueWithOptions(database.db, other, {}, ['x']);
    const file = JSON.parse(exportDeals(database.db, [dealId]).text);
    file.deals[0].deal.id = crypto.randomUUID();
    file.deals[0].parts.issues = [];
    file.deals[0].parts.issueOptions = [];
    file.deals[0].parts.mesoOfferChoices[0].issueId = foreign.id;
    file.deals[0].parts.mesoOfferChoices[0].optionId = foreign.options[0]?.id;
    file.deals[0].parts.mesoOfferChoices = [file.deals[0].parts.mesoOfferChoices[0]];
    for (const offer of file.deals[0].parts.mesoOffers) offer.id = crypto.randomUUID();
    file.deals[0].parts.mesoOfferChoices[0].offerId = file.deals[0].parts.mesoOffers[0].id;
    const before = dumpDatabase(database.sqlite);
    expect(() => importDealFile(database.db, JSON.stringify(file))).toThrow(
      /points at a row that is not part of its deal/,
    );
    expect(dumpDatabase(database.sqlite)).toBe(before);
    expect(price.id).toBeTruthy();
  });
});

describe('progress', () => {
  it('the MESO step completes with two complete offers within the tolerance', () => {
    const { ours, pick } = fillDeal(dealId);
    expect(getDealProgress(database.db, dealId).meso?.state).toBe('started');
    // 50 and 40 to us: within 10 of each other and of the target 50 (the grid keeps no two equal packages).
    updateMesoSettings(database.db, dealId, { targetPoints: 50, tolerance: 10 });
    applySuggestions(database.db, { dealId, packages: [pick(1, 1), pick(0, 2)], replaceEdited: true });
    expect(getMesoGrid(database.db, dealId).offers.filter((o) => o.kind === 'ours')).toHaveLength(2);
    expect(getDealProgress(database.db, dealId).meso).toEqual({
      state: 'complete',
      reason: '2 offers of equal value to you.',
    });
    expect(ours.id).toBeTruthy();
  });
});
