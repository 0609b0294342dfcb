import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { procedureNames } from '../../api/contract';
import { invoke, invokeByName } from '../../api/invoke';
import { ROW_TABLE_NAMES, type RowTableName } from '../../core/rowTables';
import { TEXT_LIMITS } from '../../core/text';
import { createDeal } from '../../db/repositories/deals';
import { dumpDatabase } from '../support/dump';
import { openTempDatabase } from '../support/tempDataDir';

let database: Awaited<ReturnType<typeof openTempDatabase>>;
let dealId: string;
const silent = { error: () => {} };
const ctx = () => ({ db: database.db, dataDir: database.dataDir });
const UNKNOWN_ID = '6f1c1d5e-3b7a-4c2e-9d1f-2a3b4c5d6e7f';

beforeEach(async () => {
  database = await openTempDatabase();
  dealId = createDeal(database.db, { title: 'Existing deal' }).id;
});
afterEach(() => database.cleanup());

/** Inputs no procedure accepts: wrong shapes, wrong types, oversized strings. */
const malformedInputs: unknown[] = [
  42,
  'deal',
  null,
  [],
  { id: 12 },
  { id: 'not-a-uuid' },
  { id: UNKNOWN_ID, unexpected: true },
  { title: 'x'.repeat(TEXT_LIMITS.name + 1) },
  { id: UNKNOWN_ID, patch: { title: 'x'.repeat(TEXT_LIMITS.name + 1) } },
  { __proto__: { polluted: true }, constructor: 'x' },
];

/** Procedures that act on a deal or its rows (backups and deal files have their own tests). */
const DEAL_SCOPED = /^(deals|batna|issues|noDeal|evidence|evidenceLinks|governance|tender)\./;

/** Fields a new row of a table cannot go without (core/rowTables.ts); the others start empty. */
const REQUIRED_FIELDS: Partial<Record<RowTableName, Record<string, unknown>>> = {
  positions: { party: 'us' },
  interests: { party: 'them' },
  stakeholders: { name: 'Someone' },
  evidence: { title: 'Benchmark' },
  ladderSteps: { anchorId: UNKNOWN_ID },
  agendaItems: { meetingId: UNKNOWN_ID },
  agendaQuestions: { agendaItemId: UNKNOWN_ID },
  commitments: { meetingId: UNKNOWN_ID },
  issueOptions: { issueId: UNKNOWN_ID },
  mesoOffers: { kind: 'ours' },
};

/** The generic row family over every list table: a valid input naming ids that do not exist. */
const ROW_CASES = ROW_TABLE_NAMES.flatMap((table) =>
  (['list', 'create', 'update', 'delete', 'restore', 'move', 'purge'] as const).map((verb) => {
    const inputs = {
      list: { table, dealId: UNKNOWN_ID },
      create: { table, dealId: UNKNOWN_ID, fields: REQUIRED_FIELDS[table] ?? {} },
      update: { table, id: UNKNOWN_ID, patch: {} },
      delete: { table, id: UNKNOWN_ID },
      restore: { table, id: UNKNOWN_ID },
      move: { table, id: UNKNOWN_ID, index: 0 },
      purge: { table, id: UNKNOWN_ID },
    };
    return [`rows.${verb}`, table, inputs[verb]] as const;
  }),
);

/** A valid input naming ids that do not exist: every procedure must answer not_found. */
function wellFormedInput(name: string): unknown {
  const deal = { dealId: UNKNOWN_ID };
  const special: Record<string, unknown> = {
    'deals.update': { id: UNKNOWN_ID, patch: { title: 'New' } },
    'deals.archive': { id: UNKNOWN_ID, archived: true },
    'batna.get': deal,
    'batna.update': { ...deal, patch: { ourCourse: 'x' } },
    'issues.addStarters': { ...deal, starterIds: ['sales-price'] },
    'issues.normaliseWeights': { ...deal, side: 'us' },
    'issues.setWeights': { ...deal, side: 'us', weights: [] },
    'issues.setScores': { issueId: UNKNOWN_ID, side: 'us', scores: [] },
    'noDeal.update': { dealId: UNKNOWN_ID, patch: { verdict: 'us' } },
    'governance.update': { dealId: UNKNOWN_ID, patch: { exitTerms: 'x' } },
    'evidence.attach': { evidenceId: UNKNOWN_ID, fileName: 'a.txt', contentBase64: 'YQ==' },
    'evidenceLinks.link': { evidenceId: UNKNOWN_ID, target: 'claim', targetId: UNKNOWN_ID },
    'evidenceLinks.unlink': { evidenceId: UNKNOWN_ID, target: 'claim', targetId: UNKNOWN_ID },
    'tender.update': { dealId: UNKNOWN_ID, patch: { termMonths: 12 } },
    'tender.bidTemplate': { dealId: UNKNOWN_ID, supplierId: UNKNOWN_ID },
    'tender.previewBidSheet': { dealId: UNKNOWN_ID, fileName: 'bid.csv', contentBase64: 'YQ==' },
    'tender.importBidSheet': { dealId: UNKNOWN_ID, fileName: 'bid.csv', contentBase64: 'YQ==' },
  };
  if (name.startsWith('tender.') && !(name in special)) return { dealId: UNKNOWN_ID };
  if (name in special) return special[name];
  if (name.startsWith('deals.')) return { id: UNKNOWN_ID };
  const verb = name.split('.').pop();
  if (verb === 'list' || verb === 'get') return { dealId: UNKNOWN_ID };
  if (verb === 'create') return { dealId: UNKNOWN_ID, fields: {} };
  if (verb === 'update') return { id: UNKNOWN_ID, patch: {} };
  if (verb === 'move') return { id: UNKNOWN_ID, index: 0 };
  return { id: UNKNOWN_ID };
}

describe('API boundary', () => {
  it.each(procedureNames)('%s rejects malformed input with a clear message and writes nothing', async (name) => {
    const before = dumpDatabase(database.sqlite);
    for (const input of malformedInputs) {
      const envelope = await invoke(ctx(), name, input, silent);
      // deals.list accepts {} shaped objects; every other malformed input must fail.
      if (envelope.ok) {
        expect(name).toBe('deals.list');
        continue;
      }
      expect(['invalid_input', 'not_found']).toContain(envelope.error.code);
      expect(envelope.error.message.length).toBeGreaterThan(5);
      expect(envelope.error.message).not.toMatch(/\n\s+at |SQLITE|ZodError/);
    }
    expect(dumpDatabase(database.sqlite)).toBe(before);
  });

  it.each(procedureNames.filter((n) => DEAL_SCOPED.test(n) && n !== 'deals.list' && n !== 'deals.create'))(
    '%s answers not_found for an unknown deal id, writing nothing',
    async (name) => {
      const before = dumpDatabase(database.sqlite);
      const envelope = await invoke(ctx(), name, wellFormedInput(name), silent);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(dumpDatabase(database.sqlite)).toBe(before);
    },
  );

  it.each(ROW_CASES)(
    '%s of %s answers not_found for an unknown deal or row, writing nothing',
    async (name, _table, input) => {
      const before = dumpDatabase(database.sqlite);
      const envelope = await invoke(ctx(), name, input, silent);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(dumpDatabase(database.sqlite)).toBe(before);
    },
  );

  it('refuses an unknown table or a field of another table by name', async () => {
    const table = await invoke(ctx(), 'rows.create', { table: 'dealSecrets', dealId, fields: {} } as never);
    expect(table).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!table.ok) {
      expect(table.error.message).toMatch(/Table must be one of: .*teamMembers/);
      expect(table.error.fieldErrors).toHaveProperty('table');
    }
    const field = await invoke(ctx(), 'rows.create', {
      table: 'teamMembers',
      dealId,
      fields: { name: 'Ana', statement: 'a claim field' },
    } as never);
    expect(field).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!field.ok) expect(field.error.message).toMatch(/Unknown field\(s\): statement/);
    const value = await invoke(ctx(), 'rows.create', {
      table: 'teamMembers',
      dealId,
      fields: { role: 'king' },
    } as never);
    expect(value).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!value.ok) expect(Object.keys(value.error.fieldErrors)).toEqual(['fields.role']);
    expect(await invoke(ctx(), 'rows.list', { table: 'teamMembers', dealId })).toEqual({ ok: true, value: [] });
  });

  it('names the field and the rule in the message', async () => {
    const envelope = await invoke(ctx(), 'deals.update', {
      id: dealId,
      patch: { currency: 'euros', status: 'done' },
    });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.message).toMatch(/Currency must be a three-letter code/);
    expect(envelope.error.message).toMatch(/Status must be one of/);
    expect(envelope.error.fieldErrors).toHaveProperty('patch.currency');
  });

  it('refuses unknown procedure names', async () => {
    const envelope = await invokeByName(ctx(), 'deals.dropAll', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const proto = await invokeByName(ctx(), '__proto__', {});
    expect(proto.ok).toBe(false);
  });

  it('hides internal failures behind a plain message', async () => {
    database.sqlite.exec('DROP TABLE deals');
    const envelope = await invoke(ctx(), 'deals.list', {}, silent);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!envelope.ok) expect(envelope.error.message).not.toMatch(/no such table/);
  });

  it('round-trips a valid call', async () => {
    const created = await invoke(ctx(), 'deals.create', { title: 'Via API', context: 'hiring' });
    expect(created).toMatchObject({ ok: true, value: { title: 'Via API', context: 'hiring' } });
    const list = await invoke(ctx(), 'deals.list', {});
    expect(list.ok && list.value.map((d) => d.title).sort()).toEqual(['Existing deal', 'Via API']);
  });
});
