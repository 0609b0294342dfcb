import { useEffect, useState } from 'react';
import { LIVE_PHASES, type LiveEntry } from '../../../core/live/model';
import { clock, phaseTimes } from '../../../core/live/phases';

/** The meeting's phases with the time spent in each; the current one runs. */
export function PhaseBar({ startedAt, entries }: { startedAt: string; entries: LiveEntry[] }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const times = phaseTimes(startedAt, entries, now);
  return (
    <ol className="live-phases" aria-label="Meeting phases">
      {LIVE_PHASES.map((p) => (
        <li
          key={p.key}
          className={p.key === times.current ? 'current' : ''}
          aria-current={p.key === times.current ? 'step' : undefined}
        >
          <span>{p.label}</span> <time>{clock(times.spent[p.key])}</time>
        </li>
      ))}
    </ol>
  );
}
