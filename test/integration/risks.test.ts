import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureName } from '../../api/contract';
import { invoke } from '../../api/invoke';
import { BUILT_IN_TEMPLATES } from '../../core/library/builtInTemplates';
import { exportDeals, importDealFile } from '../../db/dealFiles/transfer';
import { duplicateDeal } from '../../db/dealTables/duplicate';
import { dealTable } from '../../db/dealTables/registry';
import { createDeal } from '../../db/repositories/deals';
import { seedLibrary } from '../../db/repositories/librarySeed';
import { getDealReadiness } from '../../db/repositories/readiness';
import { searchEverything } from '../../db/repositories/search';
import { getDealSnapshot } from '../../db/repositories/snapshot';
import { createDealFromTemplate, saveDealAsTemplate } from '../../db/repositories/templateDeals';
import { listTemplates } from '../../db/repositories/templates';
import { openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
let dealId: string;
const ctx = () => ({ db: database.db, dataDir: database.dataDir });
type Row = Record<string, unknown> & { id: string };

/** Calls a procedure like the renderer does and unwraps its answer. */
async function api<T = Row>(name: string, input: unknown): Promise<T> {
  const envelope = await invoke(ctx(), name as ProcedureName, input, { error: () => {} });
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.value as T;
}

beforeEach(async () => {
  database = await openTempDatabase();
  dealId = createDeal(database.db, {
    title: 'Northwind licence renewal',
    currency: 'EUR',
    targetCloseDate: '2027-01-29',
  }).id;
});
afterEach(() => database.cleanup());

/** A deal with a row in every new table, through the API. */
async function fill() {
  const q4 = await api('rows.create', {
    table: 'deadlines',
    dealId,
    fields: { label: 'Q4 bookings cut-off', side: 'ours', kind: 'quarter_end', date: '2026-12-31', firmness: 'hard' },
  });
  await api('rows.update', { table: 'deadlines', id: q4.id, patch: { theyKnow: 'yes' } });
  await api('rows.create', {
    table: 'deadlines',
    dealId,
    fields: { label: 'Their fiscal year end', side: 'theirs', kind: 'fiscal_year_end', weKnow: 'unknown' },
  });
  await api('relationship.update', { dealId, patch: { goal: 'preferred', description: 'First call for renewals' } });
  const action = await api('rows.create', {
    table: 'trustActions',
    dealId,
    fields: { action: 'Share the security pack early' },
  });
  await api('rows.update', {
    table: 'trustActions',
    id: action.id,
    patch: { owner: 'Sam', due: '2026-11-20', done: true },
  });
  const risk = await api('rows.create', {
    table: 'risks',
    dealId,
    fields: { statement: 'Procurement runs a late tender', likelihood: 'high', impact: 'high' },
  });
  await api('rows.create', { table: 'risks', dealId, fields: { statement: 'Budget is approved', kind: 'assumption' } });
  await api('concessionBudget.update', { dealId, patch: { money: 20_000, points: 8 } });
  return { q4, action, risk };
}

describe('time, trust & risks through the API and the registry', () => {
  it('stores, orders, soft-deletes and restores rows; records keep defaults until edited', async () => {
    expect(await api('relationship.get', { dealId })).toEqual({ goal: 'not_set', description: '' });
    expect(await api('concessionBudget.get', { dealId })).toEqual({ money: null, points: null });
    const { risk } = await fill();
    const risks = await api<Row[]>('rows.list', { table: 'risks', dealId });
    expect(risks.map((r) => r.statement)).toEqual(['Procurement runs a late tender', 'Budget is approved']);
    await api('rows.move', { table: 'risks', id: risk.id, index: 1 });
    expect((await api<Row[]>('rows.list', { table: 'risks', dealId })).map((r) => r.statement)).toEqual([
      'Budget is approved',
      'Procurement runs a late tender',
    ]);
    await api('rows.delete', { table: 'risks', id: risk.id });
    expect(await api<Row[]>('rows.list', { table: 'risks', dealId })).toHaveLength(1);
    await api('rows.restore', { table: 'risks', id: risk.id });
    expect(await api<Row[]>('rows.list', { table: 'risks', dealId })).toHaveLength(2);
    // Bad input is refused with a message, nothing stored.
    await expect(api('rows.create', { table: 'deadlines', dealId, fields: { date: '31/12/2026' } })).rejects.toThrow(
      /Date must be a date written YYYY-MM-DD/,
    );
    await expect(api('concessionBudget.update', { dealId, patch: { points: 140 } })).rejects.toThrow(
      /between 0 and 100/,
    );
    const stored = database.sqlite.prepare('SELECT count(*) FROM deadlines').pluck().get();
    expect(stored).toBe(2);
  });

  it('reaches the snapshot, readiness and the plan', async () => {
    await fill();
    const snapshot = getDealSnapshot(database.db, dealId);
    expect(snapshot.risks?.deadlines.map((d) => d.label)).toEqual(['Q4 bookings cut-off', 'Their fiscal year end']);
    expect(snapshot.risks?.relationship.goal).toBe('preferred');
    expect(snapshot.concessions?.budget).toEqual({ money: 20_000, points: 8 });
    const readiness = getDealReadiness(database.db, dealId);
    const check = (id: string) => readiness.checks.find((c) => c.id === id);
    expect(check('deadline_exposed')?.status).toBe('fail');
    expect(check('deadline_exposed')?.findings[0]).toMatch(/They know our Q4 bookings cut-off \(31 Dec 2026\)/);
    expect(check('close_after_hard_deadline')?.status).toBe('fail');
    expect(check('severe_risk_unverified')?.status).toBe('fail');
    expect(check('concession_budget_exceeded')?.status).toBe('pass');
    const { html } = await api<{ html: string }>('plan.document', { dealId, kind: 'plan', pageSize: 'A4' });
    expect(html).toContain('<svg class="chart timeline"');
    expect(html).toContain('Procurement runs a late tender');
    // The offer sheet goes to the other side: none of this is on it.
    const sheet = await api<{ html: string }>('plan.document', { dealId, kind: 'offer_sheet', pageSize: 'A4' });
    expect(sheet.html).not.toMatch(/Q4 bookings|late tender|Concession budget/);
  });

  it('travels in deal files and duplicates, and is found by search', async () => {
    await fill();
    const file = JSON.parse(exportDeals(database.db, [dealId]).text);
    const parts = file.deals[0].parts;
    expect(parts.deadlines).toHaveLength(2);
    expect(parts.trustActions[0]).toMatchObject({ action: 'Share the security pack early', done: true });
    expect(parts.risks).toHaveLength(2);
    expect(parts.relationship).toEqual([expect.objectContaining({ goal: 'preferred' })]);
    expect(parts.concessionBudget).toEqual([expect.objectContaining({ money: 20_000, points: 8 })]);

    const imported = importDealFile(database.db, JSON.stringify(file), 'copy').deals[0]?.id as string;
    const copy = duplicateDeal(database.db, dealId);
    for (const id of [imported, copy.id]) {
      const s = getDealSnapshot(database.db, id);
      expect(s.risks?.deadlines).toHaveLength(2);
      expect(s.risks?.trustActions[0]?.done).toBe(true);
      expect(s.risks?.relationship.description).toBe('First call for renewals');
      expect(s.risks?.risks.map((r) => r.statement)).toContain('Budget is approved');
      expect(s.concessions?.budget).toEqual({ money: 20_000, points: 8 });
    }

    const hits = (query: string) => searchEverything(database.db, { query }).filter((h) => h.dealId === dealId);
    expect(hits('late tender')[0]).toMatchObject({ target: { step: 'risks' } });
    expect(hits('security pack').length).toBeGreaterThan(0);
    expect(hits('bookings cut-off').length).toBeGreaterThan(0);
    expect(hits('renewals').length).toBeGreaterThan(0);
    expect(dealTable('concessionBudget').textColumns).toEqual([]);
  });

  it('templates for every context start the deadlines and risks; saving a deal as a template keeps them without dates', async () => {
    seedLibrary(database.db);
    const templates = listTemplates(database.db);
    for (const built of BUILT_IN_TEMPLATES) {
      expect(built.document.deadlines?.length, built.key).toBeGreaterThan(0);
      expect(built.document.risks?.length, built.key).toBeGreaterThan(0);
      const template = templates.find((t) => t.builtInKey === built.key);
      const deal = createDealFromTemplate(database.db, { templateId: template?.id, title: `From ${built.key}` });
      const s = getDealSnapshot(database.db, deal.id);
      expect(s.risks?.deadlines.length).toBe(built.document.deadlines?.length);
      expect(s.risks?.deadlines.every((d) => d.date === null)).toBe(true);
      // Their dates start as unknown to us: the plan asks to find them.
      expect(s.risks?.deadlines.filter((d) => d.side === 'theirs').every((d) => d.weKnow === 'unknown')).toBe(true);
      expect(s.risks?.risks.length).toBe(built.document.risks?.length);
      expect(s.risks?.relationship.goal).toBe(built.document.relationshipGoal);
    }
    await fill();
    const saved = saveDealAsTemplate(database.db, { dealId, name: 'Renewal with deadlines', specificOptionIds: [] });
    expect(saved.document.deadlines?.map((d) => d.label)).toEqual(['Q4 bookings cut-off', 'Their fiscal year end']);
    expect(saved.document.risks?.map((r) => r.statement)).toContain('Procurement runs a late tender');
    expect(saved.document.relationshipGoal).toBe('preferred');
    expect(JSON.stringify(saved.document)).not.toContain('2026-12-31');
  });
});
