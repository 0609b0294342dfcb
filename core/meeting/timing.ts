import { type AgendaItemFields, MEETING_PHASES, type MeetingFields, type MeetingPhase } from './fields';

type Timed = Pick<AgendaItemFields, 'minutes' | 'phase'>;

/** The agenda's time boxes added up, in total and per phase of the talk. */
export interface AgendaTiming {
  /** Minutes of all time-boxed items. */
  total: number;
  perPhase: Record<MeetingPhase, number>;
  /** Items without a time box (they take time too, but how much is not planned). */
  untimed: number;
  /** The meeting's length, when set. */
  duration: number | null;
  /** Minutes planned beyond the duration (0 when it fits or no duration is set). */
  over: number;
}

export function agendaTiming(items: readonly Timed[], duration: number | null): AgendaTiming {
  const perPhase = Object.fromEntries(MEETING_PHASES.map((p) => [p, 0])) as Record<MeetingPhase, number>;
  let total = 0;
  let untimed = 0;
  for (const item of items) {
    if (item.minutes === null) {
      untimed += 1;
      continue;
    }
    total += item.minutes;
    perPhase[item.phase] += item.minutes;
  }
  return { total, perPhase, untimed, duration, over: duration !== null ? Math.max(0, total - duration) : 0 };
}

/** "1 h 30 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "45 of 60 min planned", "75 min planned, 15 min over the 60 min meeting". */
export function agendaTimingLine(t: AgendaTiming): string {
  const untimed = t.untimed ? ` (+${t.untimed} item${t.untimed === 1 ? '' : 's'} without a time box)` : '';
  if (t.duration === null) return `${formatMinutes(t.total)} planned${untimed}; set the meeting’s length to check it.`;
  if (t.over > 0)
    return `${formatMinutes(t.total)} planned, ${formatMinutes(t.over)} over the ${formatMinutes(t.duration)} meeting${untimed}.`;
  return `${formatMinutes(t.total)} of ${formatMinutes(t.duration)} planned${untimed}.`;
}

/** The meeting's name: its title, else when it is. */
export const meetingName = (m: Pick<MeetingFields, 'title' | 'date'>): string =>
  m.title.trim() || (m.date ? `the meeting on ${m.date}` : 'an untitled meeting');

/** Phases present on the agenda, in the order the talk should run, and whether the items follow it. */
export function phasesOutOfOrder(items: readonly Pick<AgendaItemFields, 'phase'>[]): boolean {
  let last = 0;
  for (const item of items) {
    const at = MEETING_PHASES.indexOf(item.phase);
    if (at < last) return true;
    last = at;
  }
  return false;
}
