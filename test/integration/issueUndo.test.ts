import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureName } from '../../api/contract';
import { invoke } from '../../api/invoke';
import type { Issue } from '../../core/issues';
import type { MesoGrid, MesoOffer } from '../../core/mesoOffers';
import type { SearchHit } from '../../core/search';
import { ROW_UNDO_WINDOW_MS } from '../../core/undo';
import { purgeExpiredRows } from '../../db/dealTables/sweep';
import { addIssueThroughApi } from '../support/issues';
import { openTempDatabase } from '../support/tempDataDir';

/**
 * An issue deleted through `rows.*` the way the Issues step does it: gone from every read at
 * once, back exactly with Undo, and removed for good with its options once the undo window
 * has passed. A real SQLite file, the procedures the renderer calls.
 */
let database: Awaited<ReturnType<typeof openTempDatabase>>;
beforeEach(async () => {
  database = await openTempDatabase();
});
afterEach(() => database.cleanup());

async function api<T = unknown>(name: string, input: unknown): Promise<T> {
  const envelope = await invoke({ db: database.db, dataDir: database.dataDir }, name as ProcedureName, input as never);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.value as T;
}

const SUPPORT = 'Onsite support hours';
const PLAN_NEEDLE = 'Onsite support';

/** Two scored issues, Support the second; an offer of ours picks an option of each. */
async function seed() {
  const deal = await api<{ id: string }>('deals.create', { title: 'Renewal', ourSide: 'selling', currency: 'EUR' });
  const dealId = deal.id;
  const price = await addIssueThroughApi(api, dealId, { name: 'Licence fee', category: 'price', weightUs: 60 }, [
    '€440k',
    '€480k',
  ]);
  const support = await addIssueThroughApi(
    api,
    dealId,
    { name: SUPPORT, category: 'service_level', weightUs: 40, weightThem: 70, notes: 'Weekend cover' },
    ['8 hours', '24 hours', '48 hours'],
  );
  for (const issue of [price, support]) {
    for (const side of ['us', 'them'] as const) {
      await api('issues.setScores', {
        issueId: issue.id,
        side,
        scores: issue.options.map((o, k) => ({ id: o.id, score: side === 'us' ? 100 - k * 37 : k * 41 })),
      });
    }
  }
  const offer = await api<MesoOffer>('rows.create', { table: 'mesoOffers', dealId, fields: { kind: 'ours' } });
  await api('meso.setChoice', { offerId: offer.id, issueId: price.id, optionId: price.options[1]?.id });
  await api('meso.setChoice', { offerId: offer.id, issueId: support.id, optionId: support.options[2]?.id });
  return { dealId, price, support };
}

const issuesOf = (dealId: string) => api<Issue[]>('rows.list', { table: 'issues', dealId });
const gridOf = (dealId: string) => api<MesoGrid>('meso.grid', { dealId });
const planOf = async (dealId: string) =>
  (await api<{ html: string }>('plan.document', { dealId, kind: 'plan', pageSize: 'A4' })).html;
const found = async (text: string) => (await api<SearchHit[]>('search.query', { query: text })).length;
const count = (table: string, column: string, id: string) =>
  database.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE ${column} = ?`).pluck().get(id);

describe('deleting an issue (rows.delete) and its Undo (rows.restore)', () => {
  it('hides the issue from the list, the MESO grid, the plan and search, and Undo brings it back exactly', async () => {
    const { dealId, support } = await seed();
    const issuesBefore = await issuesOf(dealId);
    const gridBefore = await gridOf(dealId);
    expect(issuesBefore.find((i) => i.id === support.id)?.options.map((o) => o.ourScore)).toEqual([100, 63, 26]);
    expect(gridBefore.offers[0]?.choices[support.id]).toBe(support.options[2]?.id);
    expect(await planOf(dealId)).toContain(PLAN_NEEDLE);
    expect(await found('Weekend cover')).toBe(1);

    await api('rows.delete', { table: 'issues', id: support.id });
    expect((await issuesOf(dealId)).map((i) => i.name)).toEqual(['Licence fee']);
    const gridDuring = await gridOf(dealId);
    expect(Object.keys(gridDuring.offers[0]?.choices ?? {})).not.toContain(support.id);
    expect(await planOf(dealId)).not.toContain(PLAN_NEEDLE);
    expect(await found('Weekend cover')).toBe(0);
    // Its options go with it, for the generic reads too.
    const options = await api<{ issueId: string }[]>('rows.list', { table: 'issueOptions', dealId });
    expect(options.some((o) => o.issueId === support.id)).toBe(false);
    await expect(
      api('rows.update', { table: 'issueOptions', id: support.options[0]?.id, patch: { label: 'x' } }),
    ).rejects.toThrow(/not found/);

    await api('rows.restore', { table: 'issues', id: support.id });
    expect(await issuesOf(dealId)).toEqual(issuesBefore);
    expect(await gridOf(dealId)).toEqual(gridBefore);
    expect(await planOf(dealId)).toContain(PLAN_NEEDLE);
    expect(await found('Weekend cover')).toBe(1);
  });

  it('purges the issue with its options and picks once the undo window has passed', async () => {
    const { dealId, support } = await seed();
    await api('rows.delete', { table: 'issues', id: support.id });
    // Still inside the window: the start-up sweep leaves it for the Undo.
    expect(purgeExpiredRows(database.db, new Date())).toBe(0);
    expect(count('issue_options', 'issue_id', support.id)).toBe(3);

    expect(purgeExpiredRows(database.db, new Date(Date.now() + ROW_UNDO_WINDOW_MS + 1_000))).toBeGreaterThan(0);
    expect(count('issues', 'id', support.id)).toBe(0);
    expect(count('issue_options', 'issue_id', support.id)).toBe(0);
    expect(count('meso_offer_choices', 'issue_id', support.id)).toBe(0);
    await expect(api('rows.restore', { table: 'issues', id: support.id })).rejects.toThrow(/to restore was not found/);
    expect((await issuesOf(dealId)).map((i) => i.name)).toEqual(['Licence fee']);
  });

  it('a deleted option is purged by its toast (rows.purge), a live one is refused', async () => {
    const { dealId, support } = await seed();
    const [first, second] = support.options;
    await expect(api('rows.purge', { table: 'issueOptions', id: first?.id })).rejects.toThrow(/not found/);
    await api('rows.delete', { table: 'issueOptions', id: second?.id });
    expect((await issuesOf(dealId)).find((i) => i.id === support.id)?.options.map((o) => o.label)).toEqual([
      '8 hours',
      '48 hours',
    ]);
    await api('rows.purge', { table: 'issueOptions', id: second?.id });
    expect(count('issue_options', 'id', second?.id as string)).toBe(0);
    expect(count('meso_offer_choices', 'option_id', second?.id as string)).toBe(0);
  });
});
