import { formatDay } from '../documentFormat';
import { agendaTiming, disclosureSlips, formatMinutes, meetingName } from '../meeting';
import type { DealSnapshot, SnapshotMeetings } from '../snapshot';
import type { ReadinessRule } from './types';

const CLOSED = new Set(['won', 'lost', 'walked_away']);
const today = (s: DealSnapshot) => s.takenAt.slice(0, 10);
const meetingsOf = (s: DealSnapshot) => s.meetings?.meetings ?? [];
const itemsOf = (m: SnapshotMeetings | undefined, meetingId: string) =>
  (m?.agendaItems ?? []).filter((i) => i.meetingId === meetingId);
const name = (m: Parameters<typeof meetingName>[0]) => {
  const n = meetingName(m);
  return n.startsWith('the ') || n.startsWith('an ') ? n : `“${n}”`;
};
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Rules on the meeting plan: a meeting before the close, its agenda, its words, its next steps. */
export const MEETING_RULES: ReadinessRule[] = [
  {
    id: 'no_meeting_before_close',
    severity: 'advice',
    step: 'meeting',
    title: 'No meeting planned before the close date',
    explanation:
      'A deal closes in a conversation. Put the next meeting with them in the plan — date, agenda, opening statement — so the close date has a road to it.',
    check: (s) => {
      const close = s.deal.targetCloseDate;
      if (!close || CLOSED.has(s.deal.status) || close < today(s) || !s.meetings) return null;
      const ahead = meetingsOf(s).filter((m) => m.date !== null && m.date >= today(s) && m.date <= close);
      if (ahead.length > 0) return [];
      return meetingsOf(s).length === 0
        ? [`No meeting is planned; the deal is to close ${formatDay(close)}.`]
        : [`No meeting is dated between today and the close (${formatDay(close)}).`];
    },
  },
  {
    id: 'agenda_over_time',
    severity: 'warning',
    step: 'meeting',
    title: 'The agenda does not fit the meeting',
    explanation:
      'When the agenda runs over, the last items — trading and agreeing the next steps — are the ones cut, or rushed under time pressure. Shorten the time boxes, drop an item, or ask for a longer meeting.',
    check: (s) => {
      const timed = meetingsOf(s).filter((m) => m.durationMinutes !== null && itemsOf(s.meetings, m.id).length > 0);
      if (timed.length === 0) return null;
      return timed.flatMap((m) => {
        const t = agendaTiming(itemsOf(s.meetings, m.id), m.durationMinutes);
        return t.over > 0
          ? [
              `${capital(name(m))}: ${formatMinutes(t.total)} of agenda in ${formatMinutes(t.duration ?? 0)}, ${formatMinutes(t.over)} over.`,
            ]
          : [];
      });
    },
  },
  {
    id: 'no_opening_statement',
    severity: 'advice',
    step: 'meeting',
    title: 'No opening statement',
    explanation:
      'The first minute sets the frame: why we are here, what a good outcome is for both, how we propose to spend the time. Write it down so it is said, not improvised.',
    check: (s) => {
      if (meetingsOf(s).length === 0) return null;
      return meetingsOf(s)
        .filter((m) => !m.opening.trim())
        .map((m) => `${capital(name(m))} has no opening statement.`);
    },
  },
  {
    id: 'disclosing_internal_values',
    severity: 'critical',
    step: 'meeting',
    title: 'We plan to disclose our limits',
    explanation:
      'What we plan to tell them names our reservation point, the value of our BATNA or a walk-away. Once said, it becomes their anchor. Move it to “what we will not disclose”.',
    check: (s) => {
      const saying = meetingsOf(s).filter((m) => m.disclose.trim());
      if (saying.length === 0) return null;
      return saying.flatMap((m) =>
        disclosureSlips(s, m.disclose).map((slip) => `${capital(name(m))}: “${slip.found}” is ${slip.what}.`),
      );
    },
  },
  {
    id: 'no_next_steps',
    severity: 'advice',
    step: 'meeting',
    title: 'A meeting without next steps',
    explanation:
      'A meeting that ends without who does what by when loses its momentum. Plan the next steps you will ask them — and yourselves — to commit to.',
    check: (s) => {
      if (meetingsOf(s).length === 0) return null;
      const committed = new Set((s.meetings?.commitments ?? []).map((c) => c.meetingId));
      return meetingsOf(s)
        .filter((m) => !committed.has(m.id))
        .map((m) => `${capital(name(m))} has no next-step commitment.`);
    },
  },
  {
    id: 'no_explore_questions',
    severity: 'warning',
    step: 'meeting',
    title: 'No question planned to explore their interests',
    explanation:
      'Offers made before their interests are understood trade blind. Put at least one question under an agenda item in the “Explore interests” phase — a diagnostic question from the interests step, or your own words.',
    check: (s) => {
      const withAgenda = meetingsOf(s).filter((m) => itemsOf(s.meetings, m.id).length > 0);
      if (withAgenda.length === 0) return null;
      const asked = new Set(
        (s.meetings?.agendaQuestions ?? []).filter((q) => q.questionId || q.text.trim()).map((q) => q.agendaItemId),
      );
      return withAgenda
        .filter((m) => !itemsOf(s.meetings, m.id).some((i) => i.phase === 'explore' && asked.has(i.id)))
        .map((m) => `${capital(name(m))} asks nothing in the explore phase.`);
    },
  },
];
