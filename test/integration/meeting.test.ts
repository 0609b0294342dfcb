import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureName } from '../../api/contract';
import { invoke } from '../../api/invoke';
import { BUILT_IN_TEMPLATES } from '../../core/library/builtInTemplates';
import { MEETING_PHASES } from '../../core/meeting';
import { exportDeals, importDealFile } from '../../db/dealFiles/transfer';
import { duplicateDeal } from '../../db/dealTables/duplicate';
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
    title: 'Contoso 3PL tender',
    currency: 'EUR',
    ourSide: 'buying',
    targetCloseDate: '2099-03-31',
  }).id;
});
afterEach(() => database.cleanup());

/** A meeting with a three-item agenda, a linked and a free question, and a next step, through rows.*. */
async function fill() {
  const question = await api('rows.create', {
    table: 'diagnosticQuestions',
    dealId,
    fields: { text: 'Which lanes are hardest to staff in peak?' },
  });
  const meeting = await api('rows.create', {
    table: 'meetings',
    dealId,
    fields: {
      title: 'Commercial workshop',
      date: '2099-02-10',
      time: '09:30',
      durationMinutes: 45,
      opening: 'We want a partner for the next three peaks.',
      disclose: 'Our volume forecast per lane',
      withhold: 'Our budget ceiling',
    },
  });
  const items: Row[] = [];
  for (const [title, minutes, phase] of [
    ['Their peak constraints', 20, 'explore'],
    ['Two packages', 15, 'propose'],
    ['Rate against volume', 20, 'trade'],
  ] as const) {
    items.push(
      await api('rows.create', {
        table: 'agendaItems',
        dealId,
        fields: { meetingId: meeting.id, title, minutes, phase },
      }),
    );
  }
  await api('rows.create', {
    table: 'agendaQuestions',
    dealId,
    fields: { agendaItemId: items[0]?.id, questionId: question.id },
  });
  await api('rows.create', {
    table: 'agendaQuestions',
    dealId,
    fields: { agendaItemId: items[0]?.id, text: 'What did the last missed peak cost you?' },
  });
  await api('rows.create', {
    table: 'commitments',
    dealId,
    fields: { meetingId: meeting.id, text: 'They send peak volumes per lane', party: 'them', owner: 'Dana' },
  });
  return { meeting, items, question };
}

describe('the meeting plan through the API', () => {
  it('creates, reads, refuses bad values and rows of another deal, and reaches readiness and the brief', async () => {
    const { meeting, items } = await fill();
    expect(await api<Row[]>('rows.list', { table: 'agendaItems', dealId })).toHaveLength(3);
    await expect(api('rows.update', { table: 'meetings', id: meeting.id, patch: { time: '9.30am' } })).rejects.toThrow(
      /HH:MM/,
    );
    await expect(
      api('rows.update', { table: 'agendaItems', id: items[0]?.id, patch: { minutes: -5 } }),
    ).rejects.toThrow(/cannot be negative/);
    const other = createDeal(database.db, { title: 'Other', currency: 'EUR' }).id;
    await expect(
      api('rows.create', { table: 'agendaItems', dealId: other, fields: { meetingId: meeting.id, title: 'x' } }),
    ).rejects.toThrow(/meeting was not found in this deal/);

    const readiness = getDealReadiness(database.db, dealId);
    const status = (id: string) => readiness.checks.find((c) => c.id === id)?.status;
    expect(status('agenda_over_time')).toBe('fail'); // 55 minutes in 45
    expect(status('no_explore_questions')).toBe('pass');
    expect(status('no_next_steps')).toBe('pass');
    expect(status('no_opening_statement')).toBe('pass');
    expect(status('no_meeting_before_close')).toBe('pass');

    const brief = await api<{ html: string; fileName: string }>('plan.document', {
      dealId,
      kind: 'meeting_brief',
      pageSize: 'A4',
    });
    expect(brief.html).toContain('Which lanes are hardest to staff in peak?');
    expect(brief.html).toContain('09:30–09:50');
    const plan = await api<{ html: string }>('plan.document', { dealId, kind: 'plan', pageSize: 'A4' });
    expect(plan.html).toContain('<section id="meeting"');
    // The offer sheet goes to the other side: nothing of the meeting plan is on it.
    const sheet = await api<{ html: string }>('plan.document', { dealId, kind: 'offer_sheet', pageSize: 'A4' });
    expect(sheet.html).not.toMatch(/Commercial workshop|budget ceiling|peak volumes/);
  });

  it('a deleted meeting takes its agenda, questions and next steps out of the plan until Undo brings them back', async () => {
    const { meeting } = await fill();
    await api('rows.delete', { table: 'meetings', id: meeting.id });
    const gone = getDealSnapshot(database.db, dealId).meetings;
    expect(gone).toEqual({ meetings: [], agendaItems: [], agendaQuestions: [], commitments: [] });
    await api('rows.restore', { table: 'meetings', id: meeting.id });
    const back = getDealSnapshot(database.db, dealId).meetings;
    expect([back?.agendaItems.length, back?.agendaQuestions.length, back?.commitments.length]).toEqual([3, 2, 1]);
  });

  it('travels in deal files and duplicates, and is found by search', async () => {
    const { question } = await fill();
    const file = JSON.parse(exportDeals(database.db, [dealId]).text);
    const parts = file.deals[0].parts;
    expect(parts.meetings).toHaveLength(1);
    expect(parts.agendaItems).toHaveLength(3);
    expect(parts.agendaQuestions).toHaveLength(2);
    expect(parts.commitments).toHaveLength(1);
    const imported = importDealFile(database.db, JSON.stringify(file), 'copy').deals[0]?.id as string;
    const copy = duplicateDeal(database.db, dealId);
    for (const id of [imported, copy.id]) {
      const s = getDealSnapshot(database.db, id);
      expect(s.meetings?.meetings[0]?.opening).toBe('We want a partner for the next three peaks.');
      expect(s.meetings?.agendaItems.map((i) => i.title)).toEqual([
        'Their peak constraints',
        'Two packages',
        'Rate against volume',
      ]);
      // The linked question points at the copy's own question, not the original's.
      const linked = s.meetings?.agendaQuestions.find((q) => q.questionId);
      expect(linked?.questionId).toBe(s.interests.questions[0]?.id);
      expect(linked?.questionId).not.toBe(question.id);
      expect(s.meetings?.commitments[0]).toMatchObject({ party: 'them', owner: 'Dana' });
    }
    const hits = (query: string) => searchEverything(database.db, { query }).filter((h) => h.dealId === dealId);
    expect(hits('Commercial workshop')[0]).toMatchObject({ target: { step: 'meeting' } });
    expect(hits('missed peak').length).toBeGreaterThan(0);
    expect(hits('peak volumes').length).toBeGreaterThan(0);
  });

  it('templates for every context start a first meeting with an agenda in the order of the talk; saving keeps it', async () => {
    seedLibrary(database.db);
    const templates = listTemplates(database.db);
    for (const built of BUILT_IN_TEMPLATES) {
      const idea = built.document.meeting;
      expect(idea, built.key).toBeDefined();
      const phases = idea?.agenda.map((a) => a.phase) ?? [];
      expect(phases, built.key).toEqual([...MEETING_PHASES]);
      const total = idea?.agenda.reduce((sum, a) => sum + (a.minutes ?? 0), 0) ?? 0;
      expect(total, built.key).toBeLessThanOrEqual(idea?.durationMinutes ?? 0);
      const template = templates.find((t) => t.builtInKey === built.key);
      const deal = createDealFromTemplate(database.db, { templateId: template?.id, title: `From ${built.key}` });
      const s = getDealSnapshot(database.db, deal.id);
      expect(s.meetings?.meetings).toHaveLength(1);
      expect(s.meetings?.meetings[0]?.date).toBeNull();
      expect(s.meetings?.agendaItems.map((i) => i.phase)).toEqual([...MEETING_PHASES]);
      expect(s.meetings?.commitments.length).toBe(idea?.commitments.length);
    }
    await fill();
    const saved = saveDealAsTemplate(database.db, { dealId, name: 'Tender workshop', specificOptionIds: [] });
    expect(saved.document.meeting).toMatchObject({
      title: 'Commercial workshop',
      durationMinutes: 45,
      opening: '',
      agenda: [
        { title: 'Their peak constraints', minutes: 20, phase: 'explore' },
        { title: 'Two packages', minutes: 15, phase: 'propose' },
        { title: 'Rate against volume', minutes: 20, phase: 'trade' },
      ],
      commitments: [{ text: 'They send peak volumes per lane', party: 'them' }],
    });
    expect(JSON.stringify(saved.document)).not.toMatch(/Dana|2099-02-10/);
  });
});
