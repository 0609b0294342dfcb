import { useEffect, useState } from 'react';
import { LIVE_PHASES, type LiveEntry } from '../../../core/live/model';
import { clock, phaseTimes } from '../../../core/live/phases';
import { agendaTiming, MEETING_PHASES, nextMeeting } from '../../../core/meeting';
import { useRows } from '../api/rows';

/** Minutes the next planned meeting's agenda gives each phase (the phases run in the same order). */
function usePlannedMinutes(dealId: string): number[] | null {
  const meetings = useRows('meetings', dealId);
  const items = useRows('agendaItems', dealId);
  const meeting = nextMeeting(meetings.data ?? [], new Date().toISOString().slice(0, 10));
  if (!meeting) return null;
  const agenda = (items.data ?? []).filter((i) => i.meetingId === meeting.id);
  if (agenda.length === 0) return null;
  const { perPhase } = agendaTiming(agenda, meeting.durationMinutes);
  return MEETING_PHASES.map((p) => perPhase[p]);
}

/** The meeting's phases with the time spent in each, against the agenda's plan; the current one runs. */
export function PhaseBar({ dealId, startedAt, entries }: { dealId: string; startedAt: string; entries: LiveEntry[] }) {
  const planned = usePlannedMinutes(dealId);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const times = phaseTimes(startedAt, entries, now);
  return (
    <ol className="live-phases" aria-label="Meeting phases">
      {LIVE_PHASES.map((p, k) => (
        <li
          key={p.key}
          className={p.key === times.current ? 'current' : ''}
          aria-current={p.key === times.current ? 'step' : undefined}
        >
          <span>{p.label}</span> <time>{clock(times.spent[p.key])}</time>
          {planned?.[k] ? (
            <span className="planned" title={`${planned[k]} minutes planned on the agenda`}>
              {' '}
              / {planned[k]}′
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
