import { describe, expect, it } from 'vitest';
import { BATNA_DEFAULTS } from '../../core/batna';
import { type DealContentSummary, dealProgress } from '../../core/progress';
import type { SnapshotMeetings, SnapshotRisks, SnapshotTeam } from '../../core/snapshot';
import { contentSummaryOf, type ProgressContent } from '../../core/snapshotProgress';

const bare: DealContentSummary = { details: { counterparty: false, targetCloseDate: false } };
const fullBatna = {
  ourDescribed: true,
  ourValued: true,
  ourConfidence: true,
  theirEstimated: true,
  theirConfidence: true,
  ourReservation: true,
  ourTarget: true,
  theirReservation: true,
};

describe('dealProgress', () => {
  it('reports empty steps for a new deal, and no mark for steps without rules', () => {
    const progress = dealProgress(bare);
    expect(progress.details?.state).toBe('started');
    expect(progress.batna?.state).toBe('empty');
    expect(progress.issues?.state).toBe('empty');
    expect(progress.interests?.state).toBe('empty');
    expect(progress.meso?.state).toBe('empty');
  });

  it('completes BATNA only when every part is there, naming the first gap', () => {
    expect(dealProgress({ ...bare, batna: fullBatna }).batna?.state).toBe('complete');
    const partial = dealProgress({ ...bare, batna: { ...fullBatna, theirReservation: false } }).batna;
    expect(partial).toEqual({ state: 'started', reason: 'Estimate their reservation point.' });
  });

  it('needs two named, weighted, scored issues', () => {
    const issues = { count: 1, unnamed: 0, weighted: 1, scored: 1 };
    expect(dealProgress({ ...bare, issues }).issues?.state).toBe('started');
    expect(dealProgress({ ...bare, issues: { ...issues, count: 2, weighted: 2, scored: 2 } }).issues?.state).toBe(
      'complete',
    );
    expect(dealProgress({ ...bare, issues: { count: 3, unnamed: 0, weighted: 3, scored: 2 } }).issues?.reason).toMatch(
      /two options/,
    );
  });

  it('needs interests of both sides and a question', () => {
    const interests = { ourInterests: 1, theirInterests: 1, positions: 0, questions: 0 };
    expect(dealProgress({ ...bare, interests }).interests?.state).toBe('started');
    expect(dealProgress({ ...bare, interests: { ...interests, questions: 1 } }).interests?.state).toBe('complete');
  });

  it('completes details with a counterparty and a close date', () => {
    expect(dealProgress({ details: { counterparty: true, targetCloseDate: true } }).details?.state).toBe('complete');
  });

  it('reports the team, risks, tender and meeting steps as empty on a new deal', () => {
    const progress = dealProgress(
      summaryOf({ team: TEAM_EMPTY, risks: RISKS_EMPTY, meetings: MEETINGS_EMPTY, tender: TENDER_EMPTY }),
    );
    expect(progress.team?.state).toBe('empty');
    expect(progress.risks?.state).toBe('empty');
    expect(progress.tender?.state).toBe('empty');
    expect(progress.meeting?.state).toBe('empty');
  });
});

// Content as the deal's rows hold it; each rule is read through contentSummaryOf, as the rail gets it.
const summaryOf = (content: Partial<ProgressContent>) =>
  contentSummaryOf({
    deal: { counterparty: 'Fabrikam', targetCloseDate: '2027-03-31', ourSide: 'buying' },
    batna: { ...BATNA_DEFAULTS, dealId: 'd', updatedAt: null },
    issues: [],
    interests: { positions: [], interests: [], questions: [] },
    ...content,
  });
const progressOf = (content: Partial<ProgressContent>) => dealProgress(summaryOf(content));

const TEAM_EMPTY: SnapshotTeam = { members: [], limits: [] };
const member = (id: string, name: string, role: SnapshotTeam['members'][number]['role']) => ({
  id,
  name,
  role,
  title: '',
  responsibility: '',
});
const TEAM: SnapshotTeam = {
  members: [member('m1', 'Ana Ruiz', 'lead'), member('m2', 'Sam Okafor', 'analyst'), member('m3', 'CFO', 'approver')],
  limits: [{ id: 'l1', issueId: 'price', memberId: 'm1', limit: 94000, note: '' }],
};

describe('team progress', () => {
  it('is complete with named people, one lead, a figure on every limit and an approver', () => {
    expect(progressOf({ team: TEAM }).team).toEqual({
      state: 'complete',
      reason: '3 people, a lead, 1 authority limit and an approver.',
    });
  });

  it.each([
    [
      'no lead',
      { ...TEAM, members: TEAM.members.map((m) => ({ ...m, role: 'analyst' as const })) },
      'Name one lead negotiator.',
    ],
    ['two leads', { ...TEAM, members: [...TEAM.members, member('m4', 'Lee', 'lead')] }, 'Keep to one lead negotiator.'],
    ['no authority limit', { ...TEAM, limits: [] }, 'Write down how far someone may go on at least one issue.'],
    [
      'a limit without a figure',
      { ...TEAM, limits: [{ ...(TEAM.limits[0] as SnapshotTeam['limits'][number]), limit: null }] },
      'Put a figure on every authority limit.',
    ],
    ['no approver', { ...TEAM, members: TEAM.members.slice(0, 2) }, 'Name who approves a move beyond these limits.'],
    [
      'an unnamed member',
      { ...TEAM, members: [...TEAM.members, member('m5', ' ', 'expert')] },
      'Name every team member.',
    ],
  ])('is only started with %s', (_, team, reason) => {
    expect(progressOf({ team }).team).toEqual({ state: 'started', reason });
  });
});

const RISKS_EMPTY: SnapshotRisks = {
  deadlines: [],
  relationship: { goal: 'not_set', description: '' },
  trustActions: [],
  risks: [],
};
const deadline = (id: string, side: 'ours' | 'theirs' | 'shared', date: string | null) => ({
  id,
  side,
  kind: 'other' as const,
  label: `${side} deadline`,
  date,
  firmness: 'hard' as const,
  theyKnow: 'unsure' as const,
  weKnow: 'confirmed' as const,
  note: '',
});
const risk = (statement: string, likelihood: 'low' | 'high', impact: 'low' | 'high', verification = '') => ({
  id: statement,
  statement,
  kind: 'risk' as const,
  likelihood,
  impact,
  verification,
  owner: '',
  verified: false,
});
const RISKS: SnapshotRisks = {
  deadlines: [deadline('d1', 'ours', '2026-12-31'), deadline('d2', 'theirs', '2027-03-31')],
  relationship: { goal: 'reliable', description: '' },
  trustActions: [{ id: 't1', action: 'Send the security pack', owner: 'Sam', due: null, done: false }],
  risks: [risk('Procurement runs a late tender', 'high', 'high', 'Ask the sponsor')],
};

describe('time, trust & risks progress', () => {
  it('is complete with both clocks dated, a goal, a trust action and every severe risk verifiable', () => {
    expect(progressOf({ risks: RISKS }).risks?.state).toBe('complete');
  });

  it('needs no trust action for a one-off deal', () => {
    expect(
      progressOf({ risks: { ...RISKS, relationship: { goal: 'one_off', description: '' }, trustActions: [] } }).risks
        ?.state,
    ).toBe('complete');
  });

  it.each([
    [
      'their deadline undated',
      { ...RISKS, deadlines: [RISKS.deadlines[0], deadline('d2', 'theirs', null)] },
      /their deadlines/,
    ],
    ['only their deadline', { ...RISKS, deadlines: [deadline('d2', 'theirs', '2027-03-31')] }, /our deadlines/],
    [
      'no relationship goal',
      { ...RISKS, relationship: { goal: 'not_set' as const, description: 'Long term' } },
      /relationship/,
    ],
    ['a lasting relationship and no trust action', { ...RISKS, trustActions: [] }, /earns their trust/],
    ['an empty register', { ...RISKS, risks: [] }, /risk or assumption/],
    [
      'a likely, damaging risk with no way to verify it',
      { ...RISKS, risks: [risk('Budget cut', 'high', 'high')] },
      /verify every likely/,
    ],
  ] as [string, SnapshotRisks, RegExp][])('is only started with %s', (_, risks, reason) => {
    const step = progressOf({ risks }).risks;
    expect(step?.state).toBe('started');
    expect(step?.reason).toMatch(reason);
  });

  it('counts a shared deadline for both sides, and a description alone as a start', () => {
    expect(progressOf({ risks: { ...RISKS, deadlines: [deadline('d3', 'shared', '2027-01-15')] } }).risks?.state).toBe(
      'complete',
    );
    expect(
      progressOf({ risks: { ...RISKS_EMPTY, relationship: { goal: 'not_set', description: 'Partners' } } }).risks
        ?.state,
    ).toBe('started');
  });
});

const TENDER_EMPTY = { tender: { pickedScenario: null }, lots: [], suppliers: [], bids: [], bidLines: [] };
const TENDER = {
  tender: { pickedScenario: 'split_by_lot' },
  lots: [
    { id: 'lane1', volume: 1200, baselinePrice: 950 },
    { id: 'lane2', volume: 800, baselinePrice: 1200 },
  ],
  suppliers: [{ id: 's1' }, { id: 's2' }],
  bids: [
    { id: 'b1', supplierId: 's1' },
    { id: 'b2', supplierId: 's2' },
  ],
  bidLines: [
    { bidId: 'b1', unitPrice: 910 },
    { bidId: 'b2', unitPrice: 1150 },
  ],
};

describe('tender progress', () => {
  it('is complete with priced lots, two bidding suppliers and an award picked', () => {
    expect(progressOf({ tender: TENDER }).tender).toEqual({
      state: 'complete',
      reason: '2 bids compared and an award picked.',
    });
  });

  it.each([
    ['no lots', { ...TENDER, lots: [] }, 'Add the lots the suppliers bid on.'],
    [
      'a lot without today’s price',
      { ...TENDER, lots: [...TENDER.lots, { id: 'lane3', volume: 100, baselinePrice: 0 }] },
      'Give every lot a volume and today’s price, so savings can be counted.',
    ],
    ['one supplier', { ...TENDER, suppliers: [{ id: 's1' }] }, 'Add a second supplier: a tender compares bids.'],
    [
      'a supplier without a priced bid',
      {
        ...TENDER,
        bidLines: [
          { bidId: 'b1', unitPrice: 910 },
          { bidId: 'b2', unitPrice: 0 },
        ],
      },
      'Enter a bid from every supplier.',
    ],
    ['no award picked', { ...TENDER, tender: { pickedScenario: null } }, 'Pick the award scenario for the plan.'],
  ])('is only started with %s', (_, tender, reason) => {
    expect(progressOf({ tender }).tender).toEqual({ state: 'started', reason });
  });
});

const MEETINGS_EMPTY: SnapshotMeetings = { meetings: [], agendaItems: [], agendaQuestions: [], commitments: [] };
const meeting = {
  id: 'm1',
  title: 'Kick-off',
  date: '2027-01-12',
  time: '09:30',
  durationMinutes: 60,
  location: '',
  opening: 'We want a partner for the next three peaks.',
  disclose: 'Our volumes per lane',
  withhold: 'Our reservation price',
};
const item = (id: string, minutes: number) => ({
  id,
  meetingId: 'm1',
  title: id,
  minutes,
  phase: 'explore' as const,
  notes: '',
});
const MEETINGS: SnapshotMeetings = {
  ...MEETINGS_EMPTY,
  meetings: [meeting],
  agendaItems: [item('a', 20), item('b', 30)],
};

describe('meeting plan progress', () => {
  it('is complete with a dated meeting, an opening, an agenda that fits and what we keep back', () => {
    expect(progressOf({ meetings: MEETINGS }).meeting).toEqual({
      state: 'complete',
      reason: '1 meeting dated, opened, with an agenda that fits.',
    });
  });

  it.each([
    ['no date', { ...MEETINGS, meetings: [{ ...meeting, date: null }] }, 'Give every meeting a date.'],
    [
      'no opening statement',
      { ...MEETINGS, meetings: [{ ...meeting, opening: ' ' }] },
      'Write the opening statement of every meeting.',
    ],
    [
      'one agenda item',
      { ...MEETINGS, agendaItems: [item('a', 20)] },
      'Give every meeting an agenda of at least two items.',
    ],
    [
      'an agenda over time',
      { ...MEETINGS, agendaItems: [item('a', 40), item('b', 30)] },
      'Make every agenda fit its meeting.',
    ],
    [
      'nothing kept back',
      { ...MEETINGS, meetings: [{ ...meeting, withhold: '' }] },
      'Write down what you will not disclose in every meeting.',
    ],
  ] as [string, SnapshotMeetings, string][])('is only started with %s', (_, meetings, reason) => {
    expect(progressOf({ meetings }).meeting).toEqual({ state: 'started', reason });
  });
});
