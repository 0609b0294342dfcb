import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { duplicateDeal } from '../../db/dealTables/duplicate';
import {
  createDeal,
  deleteDeal,
  getDeal,
  listDeals,
  purgeDeal,
  restoreDeal,
  setDealArchived,
  updateDeal,
} from '../../db/repositories/deals';
import { getDealReadiness } from '../../db/repositories/readiness';
import { dumpDatabase } from '../support/dump';
import { openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
beforeEach(async () => {
  database = await openTempDatabase();
});
afterEach(() => database.cleanup());

describe('deals repository', () => {
  it('creates a deal with defaults and reads it back', () => {
    const deal = createDeal(database.db, { title: '  Acme renewal  ' });
    expect(deal).toMatchObject({
      title: 'Acme renewal',
      context: 'sales',
      ourSide: 'selling',
      currency: 'EUR',
      status: 'preparing',
      archived: false,
      targetCloseDate: null,
    });
    expect(deal.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(deal.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(getDeal(database.db, deal.id)).toEqual(deal);
  });

  it('updates fields and moves updatedAt forward', async () => {
    const deal = createDeal(database.db, { title: 'Supplier bid', context: 'procurement', ourSide: 'buying' });
    await new Promise((r) => setTimeout(r, 5));
    const updated = updateDeal(database.db, deal.id, {
      status: 'live',
      targetCloseDate: '2027-03-31',
      currency: 'usd',
    });
    expect(updated).toMatchObject({ status: 'live', targetCloseDate: '2027-03-31', currency: 'USD' });
    expect(updated.updatedAt > deal.updatedAt).toBe(true);
  });

  it('rejects invalid fields without writing', () => {
    const deal = createDeal(database.db, { title: 'Valid' });
    const before = dumpDatabase(database.sqlite);
    expect(() => updateDeal(database.db, deal.id, { title: '' })).toThrow(ZodError);
    expect(() => updateDeal(database.db, deal.id, { currency: 'EURO' })).toThrow(/three-letter/);
    expect(() => updateDeal(database.db, deal.id, { targetCloseDate: '31/03/2027' })).toThrow(/YYYY-MM-DD/);
    expect(() => createDeal(database.db, { title: 'x'.repeat(201) })).toThrow(/at most 200/);
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it('lists live deals, hides archived ones unless asked', () => {
    const a = createDeal(database.db, { title: 'A' });
    const b = createDeal(database.db, { title: 'B' });
    setDealArchived(database.db, b.id, true);
    expect(listDeals(database.db).map((d) => d.id)).toEqual([a.id]);
    expect(
      listDeals(database.db, { includeArchived: true })
        .map((d) => d.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    setDealArchived(database.db, b.id, false);
    expect(listDeals(database.db)).toHaveLength(2);
  });

  it('lists unchanged deals again from their remembered readiness: only the deals table is read', () => {
    const a = createDeal(database.db, { title: 'A' });
    const b = createDeal(database.db, { title: 'B', counterparty: 'Globex' });
    const prepared: string[] = [];
    const prepare = database.sqlite.prepare;
    database.sqlite.prepare = function (this: typeof database.sqlite, source: string) {
      prepared.push(source);
      return prepare.call(this, source);
    } as typeof prepare;
    const scoreOf = (id: string) => listDeals(database.db).find((deal) => deal.id === id)?.readiness;
    try {
      const first = listDeals(database.db);
      expect(prepared.filter((sql) => !/^select .* from "deals"/.test(sql)).length).toBeGreaterThan(0);
      prepared.length = 0;
      expect(listDeals(database.db)).toEqual(first);
      expect(prepared).toHaveLength(1);
      expect(prepared[0]).toMatch(/^select .* from "deals"/);
      // An edit moves the deal's updatedAt: its score is computed again, and is its own readiness.
      updateDeal(database.db, a.id, { counterparty: 'Initech', targetCloseDate: '2027-01-31' });
      prepared.length = 0;
      expect(scoreOf(a.id)).toBe(getDealReadiness(database.db, a.id).score);
      expect(prepared.length).toBeGreaterThan(1);
      expect(scoreOf(b.id)).toBe(getDealReadiness(database.db, b.id).score);
    } finally {
      database.sqlite.prepare = prepare;
    }
  });

  it('duplicates a deal under a new id', () => {
    const deal = createDeal(database.db, { title: 'Original', counterparty: 'Globex', notes: 'keep me' });
    const copy = duplicateDeal(database.db, deal.id);
    expect(copy.id).not.toBe(deal.id);
    expect(copy).toMatchObject({ title: 'Original (copy)', counterparty: 'Globex', notes: 'keep me', archived: false });
    expect(listDeals(database.db)).toHaveLength(2);
  });

  it('deletes softly, restores, and purges only deleted deals', () => {
    const deal = createDeal(database.db, { title: 'Doomed' });
    expect(() => purgeDeal(database.db, deal.id)).toThrow(/not found/);
    deleteDeal(database.db, deal.id);
    expect(listDeals(database.db)).toHaveLength(0);
    expect(listDeals(database.db, { deleted: true }).map((d) => d.id)).toEqual([deal.id]);
    expect(() => getDeal(database.db, deal.id)).toThrow(/not found/);
    expect(restoreDeal(database.db, deal.id).title).toBe('Doomed');
    expect(listDeals(database.db)).toHaveLength(1);
    deleteDeal(database.db, deal.id);
    purgeDeal(database.db, deal.id);
    expect(listDeals(database.db, { deleted: true })).toHaveLength(0);
    expect(database.sqlite.prepare('SELECT count(*) FROM deals').pluck().get()).toBe(0);
  });

  it('answers not found for unknown ids', () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(() => getDeal(database.db, id)).toThrow(/not found/);
    expect(() => updateDeal(database.db, id, { title: 'x' })).toThrow(/not found/);
    expect(() => duplicateDeal(database.db, id)).toThrow(/not found/);
    expect(() => setDealArchived(database.db, id, true)).toThrow(/not found/);
    expect(() => deleteDeal(database.db, id)).toThrow(/not found/);
    expect(() => restoreDeal(database.db, id)).toThrow(/not found/);
  });
});

describe('deals repository: found by fuzzing', () => {
  it('an optional field given as undefined keeps its default instead of failing the insert', () => {
    const deal = createDeal(database.db, { title: 'Sparse', context: undefined, status: undefined });
    expect(deal).toMatchObject({ context: 'sales', status: 'preparing' });
  });
});
