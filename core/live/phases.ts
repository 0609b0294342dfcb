import { LIVE_PHASES, type LiveEntry, type LivePhaseKey } from './model';

/**
 * The phase timer: a session starts in the first phase; each phase entry moves it on.
 * Time per phase adds up every stretch spent in it (a phase can be re-entered).
 */
export interface PhaseTimes {
  current: LivePhaseKey;
  /** When the current phase began (epoch ms). */
  since: number;
  /** Phase key → milliseconds spent in it so far, the current stretch included. */
  spent: Record<LivePhaseKey, number>;
}

export function phaseTimes(
  startedAt: string,
  entries: readonly Pick<LiveEntry, 'kind' | 'phase' | 'createdAt'>[],
  now: number,
): PhaseTimes {
  const spent = Object.fromEntries(LIVE_PHASES.map((p) => [p.key, 0])) as Record<LivePhaseKey, number>;
  let current: LivePhaseKey = LIVE_PHASES[0].key;
  let since = Date.parse(startedAt);
  const changes = entries.filter((e) => e.kind === 'phase').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const change of changes) {
    const at = Date.parse(change.createdAt);
    spent[current] += Math.max(0, at - since);
    current = change.phase;
    since = at;
  }
  spent[current] += Math.max(0, now - since);
  return { current, since, spent };
}

export function nextPhase(current: LivePhaseKey): LivePhaseKey {
  const index = LIVE_PHASES.findIndex((p) => p.key === current);
  return (LIVE_PHASES[Math.min(index + 1, LIVE_PHASES.length - 1)] ?? LIVE_PHASES[0]).key;
}

/** "4:05", "1:02:09". */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
