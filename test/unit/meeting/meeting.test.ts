import { describe, expect, it } from 'vitest';
import {
  agendaTiming,
  agendaTimingLine,
  disclosureSlips,
  formatMinutes,
  meetingFieldsSchema,
  phasesOutOfOrder,
} from '../../../core/meeting';
import { READINESS_RULES, runRule } from '../../../core/readiness';
import { readySnapshot } from '../../support/snapshots';

const rule = (id: string) => {
  const found = READINESS_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

describe('agenda timing', () => {
  it('adds the time boxes per phase and says how far the agenda runs over', () => {
    const t = agendaTiming(
      [
        { minutes: 20, phase: 'explore' },
        { minutes: 15, phase: 'propose' },
        { minutes: null, phase: 'trade' },
        { minutes: 40, phase: 'trade' },
        { minutes: 5, phase: 'formalise' },
      ],
      60,
    );
    expect(t.total).toBe(80);
    expect(t.perPhase).toEqual({ explore: 20, propose: 15, trade: 40, formalise: 5 });
    expect(t.untimed).toBe(1);
    expect(t.over).toBe(20);
    expect(agendaTimingLine(t)).toBe('1 h 20 min planned, 20 min over the 1 h meeting (+1 item without a time box).');
  });

  it('fits exactly, and without a duration nothing is over', () => {
    expect(agendaTiming([{ minutes: 60, phase: 'explore' }], 60).over).toBe(0);
    const open = agendaTiming([{ minutes: 90, phase: 'explore' }], null);
    expect(open.over).toBe(0);
    expect(agendaTimingLine(open)).toMatch(/set the meeting’s length/);
    expect(agendaTimingLine(agendaTiming([], 45))).toBe('0 min of 45 min planned.');
  });

  it('writes minutes as hours and minutes', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(135)).toBe('2 h 15 min');
  });

  it('knows when the agenda runs against the sequence of the talk', () => {
    expect(phasesOutOfOrder([{ phase: 'explore' }, { phase: 'explore' }, { phase: 'trade' }])).toBe(false);
    expect(phasesOutOfOrder([{ phase: 'trade' }, { phase: 'explore' }])).toBe(true);
  });

  it('accepts a time of day as HH:MM or nothing', () => {
    expect(meetingFieldsSchema.shape.time.safeParse('09:30').success).toBe(true);
    expect(meetingFieldsSchema.shape.time.safeParse('').success).toBe(true);
    expect(meetingFieldsSchema.shape.time.safeParse('25:00').success).toBe(false);
    expect(meetingFieldsSchema.shape.durationMinutes.safeParse(24 * 60).success).toBe(false);
  });
});

describe('what we disclose', () => {
  it('finds our reservation point and BATNA value however they are written', () => {
    const s = readySnapshot(); // reservation 95,000, BATNA worth 90,000
    expect(disclosureSlips(s, 'We could go to 95.000 if needed').map((x) => x.what)).toEqual(['our reservation point']);
    expect(disclosureSlips(s, 'Beta offers us €90k').map((x) => x.what)).toEqual(['the value of our BATNA']);
    expect(disclosureSlips(s, 'Our walk-away is firm').map((x) => x.found)).toEqual(['walk-away']);
    expect(disclosureSlips(s, 'Uptime of 99.9% over 36 months and three references')).toEqual([]);
  });

  it('a value we keep to ourselves may sit in “will not disclose”; the same value in “disclose” fires', () => {
    const s = readySnapshot();
    const meeting = s.meetings?.meetings[0];
    if (!meeting) throw new Error('no meeting');
    meeting.withhold = 'Reservation 95,000; BATNA Beta Corp at 90,000';
    expect(runRule(rule('disclosing_internal_values'), s).status).toBe('pass');
    meeting.disclose = 'Beta Corp would pay 90,000';
    const fired = runRule(rule('disclosing_internal_values'), s);
    expect(fired.status).toBe('fail');
    expect(fired.findings).toEqual(['“Renewal workshop”: “90,000” is the value of our BATNA.']);
  });
});

describe('meeting rules apply only to a deal with a meeting plan', () => {
  it('with no meetings, only the “no meeting before the close” rule speaks', () => {
    const s = readySnapshot();
    if (s.meetings) s.meetings = { meetings: [], agendaItems: [], agendaQuestions: [], commitments: [] };
    const statuses = Object.fromEntries(
      [
        'no_meeting_before_close',
        'agenda_over_time',
        'no_opening_statement',
        'disclosing_internal_values',
        'no_next_steps',
        'no_explore_questions',
      ].map((id) => [id, runRule(rule(id), s).status]),
    );
    expect(statuses).toEqual({
      no_meeting_before_close: 'fail',
      agenda_over_time: 'not_applicable',
      no_opening_statement: 'not_applicable',
      disclosing_internal_values: 'not_applicable',
      no_next_steps: 'not_applicable',
      no_explore_questions: 'not_applicable',
    });
  });

  it('a closed deal or one without a close date needs no meeting', () => {
    const s = readySnapshot();
    if (s.meetings) s.meetings.meetings = [];
    s.deal.status = 'won';
    expect(runRule(rule('no_meeting_before_close'), s).status).toBe('not_applicable');
    s.deal.status = 'preparing';
    s.deal.targetCloseDate = null;
    expect(runRule(rule('no_meeting_before_close'), s).status).toBe('not_applicable');
  });

  it('a question with neither a linked question nor words asks nothing', () => {
    const s = readySnapshot();
    const q = s.meetings?.agendaQuestions[0];
    if (q) q.text = '';
    expect(runRule(rule('no_explore_questions'), s).status).toBe('fail');
  });
});
