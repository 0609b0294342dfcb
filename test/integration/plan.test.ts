import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../api/invoke';
import { assessReadiness } from '../../core/readiness';
import { contentSummaryOf } from '../../core/snapshotProgress';
import { DEAL_TABLES } from '../../db/dealTables/registry';
import { listDeals } from '../../db/repositories/deals';
import { dealContentSummary, getDealProgress } from '../../db/repositories/progress';
import { getDealSnapshot, loadSnapshots } from '../../db/repositories/snapshot';
import { strategySnapshot, strategySnapshots } from '../../db/repositories/strategy';
import { getTenderRows } from '../../db/repositories/tender';
import { deals } from '../../db/schema';
import { seedDeal } from '../support/seedDeal';
import { openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
const silent = { error: () => {} };
const api = async (name: string, input: unknown) => {
  const envelope = await invoke({ db: database.db }, name as never, input, silent);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.value;
};

beforeEach(async () => {
  database = await openTempDatabase();
});
afterEach(() => database.cleanup());

describe('deal snapshot', () => {
  it('reads the strategy steps exactly as its repository does, soft-deleted rows left out', async () => {
    const dealId = await seedDeal(api, { stakeholders: 4, evidence: 3 });
    const gone = (await api('rows.create', {
      table: 'stakeholders',
      dealId,
      fields: { name: 'Left the company' },
    })) as { id: string };
    await api('rows.delete', { table: 'stakeholders', id: gone.id });
    const bulk = strategySnapshots(database.db, [dealId]).get(dealId);
    expect(bulk).toEqual(strategySnapshot(database.db, dealId));
    // The whole-table path (many deals) answers the same.
    const many = [dealId, ...Array.from({ length: 450 }, () => crypto.randomUUID())];
    expect(strategySnapshots(database.db, many).get(dealId)).toEqual(bulk);
  });

  it('computes step progress exactly as deals.progress does', async () => {
    const dealId = await seedDeal(api, { stakeholders: 2 });
    // A start on the team, time & risks, tender and meeting steps, so their rules read rows on both paths.
    await api('rows.create', { table: 'teamMembers', dealId, fields: { name: 'Ana Ruiz', role: 'lead' } });
    await api('rows.create', { table: 'deadlines', dealId, fields: { label: 'Q4 close', date: '2099-12-31' } });
    await api('rows.create', { table: 'meetings', dealId, fields: { title: 'Kick-off', date: '2099-01-12' } });
    await api('rows.create', { table: 'tenderLots', dealId, fields: { name: 'Lane 1', volume: 10, baselinePrice: 5 } });
    const snapshot = getDealSnapshot(database.db, dealId);
    expect(snapshot.progress).toEqual(getDealProgress(database.db, dealId));
    for (const step of ['team', 'risks', 'tender', 'meeting'] as const)
      expect(snapshot.progress[step]?.state).toBe('started');
    const p2 = strategySnapshot(database.db, dealId);
    const tender = getTenderRows(database.db, dealId);
    expect(contentSummaryOf({ ...snapshot, strategy: p2, tender })).toEqual(dealContentSummary(database.db, dealId));
    const empty = (await api('deals.create', { title: 'Empty' })) as { id: string };
    expect(getDealSnapshot(database.db, empty.id).progress).toEqual(getDealProgress(database.db, empty.id));
  });

  it('holds every area of a filled deal, in screen order', async () => {
    const dealId = await seedDeal(api, { issues: 3 });
    const s = getDealSnapshot(database.db, dealId);
    expect(s.issues.map((i) => i.name)).toEqual(['Annual price', 'Contract term', 'Issue 3']);
    expect(s.issues[0]?.options.map((o) => o.label)).toEqual(['€1.1m', '€1.2m', '€1.3m']);
    expect(s.interests.interests).toHaveLength(2);
    expect(s.counterparty?.stakeholders).toHaveLength(3);
    expect(s.anchors?.ladderSteps).toHaveLength(2);
    expect(s.evidence?.links).toHaveLength(1);
    expect(s.concessions?.governance.reviewCadence).toBe('quarterly');
    expect(s.meso?.offers.map((o) => o.kind)).toEqual(['ours', 'ours', 'received']);
    expect(s.meso?.settings.targetPoints).toBe(60);
  });
});

describe('readiness in the deals list', () => {
  it('deals.list carries the same score as plan.readiness, for every deal', async () => {
    const filled = await seedDeal(api);
    const empty = ((await api('deals.create', { title: 'Empty' })) as { id: string }).id;
    const list = (await api('deals.list', {})) as { id: string; readiness: number }[];
    for (const id of [filled, empty]) {
      const readiness = (await api('plan.readiness', { dealId: id })) as { score: number };
      expect(list.find((d) => d.id === id)?.readiness).toBe(readiness.score);
    }
    expect(list.find((d) => d.id === filled)?.readiness).toBeGreaterThan(
      list.find((d) => d.id === empty)?.readiness ?? 100,
    );
  });

  it('follows every edit, and scores empty deals from their own fields', async () => {
    const dealId = await seedDeal(api);
    const bare = ((await api('deals.create', { title: 'Bare' })) as { id: string }).id;
    const named = (
      (await api('deals.create', { title: 'Named', counterparty: 'Fabrikam', targetCloseDate: '2027-01-01' })) as {
        id: string;
      }
    ).id;
    const scoreIn = async (id: string) =>
      ((await api('deals.list', {})) as { id: string; readiness: number }[]).find((d) => d.id === id)?.readiness;
    const expected = async (id: string) => ((await api('plan.readiness', { dealId: id })) as { score: number }).score;
    const before = await scoreIn(dealId);
    // Edits of the strategy steps count too.
    const person = (await api('rows.create', {
      table: 'stakeholders',
      dealId,
      fields: { name: 'Kai', influence: 5, role: 'decision_maker' },
    })) as {
      id: string;
    };
    expect(await scoreIn(dealId)).toBe(await expected(dealId));
    expect(await scoreIn(dealId)).toBeLessThan(before ?? 0);
    await api('rows.delete', { table: 'stakeholders', id: person.id });
    expect(await scoreIn(dealId)).toBe(before);
    await api('batna.update', { dealId, patch: { ourDescription: '', ourCourse: '', ourValueMoney: null } });
    const after = await scoreIn(dealId);
    expect(after).toBe(await expected(dealId));
    expect(after).not.toBe(before);
    expect(await scoreIn(bare)).toBe(await expected(bare));
    expect(await scoreIn(named)).toBe(await expected(named));
    expect(await scoreIn(named)).toBeGreaterThan((await scoreIn(bare)) ?? 100);
  });

  it('scores many deals with one read per table, not one per deal', async () => {
    for (let i = 0; i < 5; i++) await seedDeal(api);
    const queries: string[] = [];
    const original = database.sqlite.prepare.bind(database.sqlite);
    database.sqlite.prepare = ((sql: string) => {
      queries.push(sql);
      return original(sql);
    }) as typeof database.sqlite.prepare;
    try {
      listDeals(database.db);
      const few = queries.length;
      queries.length = 0;
      const rows = database.db.select().from(deals).all();
      loadSnapshots(database.db, [...rows, ...rows, ...rows]);
      expect(queries.length).toBeLessThanOrEqual(few);
      // At most two reads per deal table (snapshot and progress), however many deals: the
      // bound follows the registry instead of a count that every new table would break.
      expect(few).toBeLessThanOrEqual(2 * DEAL_TABLES.length);
    } finally {
      database.sqlite.prepare = original;
    }
  });
});

describe('plan procedures', () => {
  it('plan.document answers both documents and refuses an unknown deal plainly', async () => {
    const dealId = await seedDeal(api);
    const plan = (await api('plan.document', { dealId, kind: 'plan' })) as { html: string; fileName: string };
    expect(plan.fileName).toBe('northwind-renewal-plan.pdf');
    expect(plan.html).toContain('<section id="counterparty">');
    expect(plan.html).toContain('<section id="anchors">');
    const sheet = (await api('plan.document', { dealId, kind: 'offer_sheet', pageSize: 'Letter' })) as { html: string };
    expect(sheet.html).toContain('size: letter');
    const missing = await invoke(
      { db: database.db },
      'plan.document',
      { dealId: crypto.randomUUID(), kind: 'plan' },
      silent,
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not_found');
  });

  it('readiness of a seeded deal flags its known gaps', async () => {
    const dealId = await seedDeal(api);
    const readiness = assessReadiness(getDealSnapshot(database.db, dealId));
    const failing = readiness.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    // The seed leaves a ladder step and a concession without an ask.
    expect(failing).toContain('concession_without_ask');
    expect(failing).not.toContain('no_batna');
  });
});
