import { describe, expect, it } from 'vitest';
import { BUILTIN_MOMENT_TYPES, momentCatalogue } from '../../../core/debrief/momentCatalogue';
import { debriefDraft } from '../../../core/live/debriefDraft';
import { LIVE_ENTRY_DEFAULTS, type LiveEntry, type LiveOffer } from '../../../core/live/model';
import { clock, nextPhase, phaseTimes } from '../../../core/live/phases';

const t = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute)).toISOString();
const base = { dealId: 'd', sessionId: 's', updatedAt: t(0), revisions: 0 };
const entry = (id: string, position: number, over: Partial<LiveEntry>): LiveEntry => ({
  ...base,
  ...LIVE_ENTRY_DEFAULTS,
  id,
  position,
  createdAt: t(position),
  kind: 'note',
  phase: 'explore',
  ...over,
});
const offer = (id: string, position: number, side: LiveOffer['side'], choices: Record<string, string>): LiveOffer => ({
  ...base,
  id,
  position,
  createdAt: t(position),
  side,
  choices,
  note: '',
});

describe('phase timer', () => {
  it('adds up the time spent in each phase, re-entries included', () => {
    const times = phaseTimes(
      t(0),
      [
        entry('1', 5, { kind: 'phase', phase: 'meso' }),
        entry('2', 12, { kind: 'phase', phase: 'trade' }),
        entry('3', 20, { kind: 'phase', phase: 'meso' }),
      ],
      Date.parse(t(23)),
    );
    expect(times.current).toBe('meso');
    expect(times.spent).toEqual({ explore: 5 * 60_000, meso: 10 * 60_000, trade: 8 * 60_000, formalise: 0 });
    expect(nextPhase('trade')).toBe('formalise');
    expect(nextPhase('formalise')).toBe('formalise');
    expect(clock(65_000)).toBe('1:05');
    expect(clock(3_723_000)).toBe('1:02:03');
  });
});

describe('debrief draft', () => {
  it('proposes the last full package, the tagged moments with their stage and the concessions', () => {
    const catalogue = momentCatalogue([]);
    const draft = debriefDraft(
      [offer('b', 2, 'theirs', { price: 'p2' }), offer('a', 1, 'ours', { price: 'p1', support: 's1' })],
      [
        entry('m1', 3, { kind: 'moment', typeKey: 'silence-used', phase: 'trade', text: 'held the pause' }),
        entry('m2', 1, { kind: 'moment', typeKey: 'first-number-ours', phase: 'meso' }),
        entry('c1', 2, { kind: 'concession', direction: 'given', text: '60 days', ask: '3-year term' }),
        entry('n1', 4, { kind: 'note', text: 'CFO joins at 11' }),
      ],
      catalogue,
    );
    expect(draft.agreement).toEqual({ price: 'p2', support: 's1' });
    expect(draft.lastOfferBy).toBe('theirs');
    expect(draft.moments.map((m) => [m.typeKey, m.phase, m.effect])).toEqual([
      ['first-number-ours', 'proposing', 0],
      ['silence-used', 'bargaining', 1],
    ]);
    expect(draft.moments[1]?.quote).toBe('held the pause');
    expect(draft.concessions.map((c) => c.id)).toEqual(['c1']);
    expect(draft.notes.map((n) => n.text)).toEqual(['CFO joins at 11']);
    expect(BUILTIN_MOMENT_TYPES.length).toBeGreaterThan(9);
  });
});
