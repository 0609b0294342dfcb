import { describe, expect, it } from 'vitest';
import {
  DEADLINE_DEFAULTS,
  type DeadlineFields,
  knownTheirDeadlines,
  ourHardDeadline,
  pastDeadlines,
  timelineDrawing,
  timelineLayout,
  visibleOurDeadlines,
} from '../../../core/risks';

const deadline = (id: string, fields: Partial<DeadlineFields>) => ({ id, ...DEADLINE_DEFAULTS, ...fields });

describe('deadlines', () => {
  const ours = deadline('q', {
    side: 'ours',
    kind: 'quarter_end',
    date: '2026-12-31',
    firmness: 'hard',
    theyKnow: 'yes',
  });
  const theirs = deadline('f', { side: 'theirs', kind: 'fiscal_year_end', date: '2027-03-31', weKnow: 'unknown' });

  it('knows which of ours they can see and which of theirs we know', () => {
    expect(visibleOurDeadlines([ours, theirs]).map((d) => d.id)).toEqual(['q']);
    expect(knownTheirDeadlines([ours, theirs])).toEqual([]);
    expect(knownTheirDeadlines([ours, { ...theirs, weKnow: 'estimated' }]).map((d) => d.id)).toEqual(['f']);
    // An estimate without a date tells us nothing about their clock.
    expect(knownTheirDeadlines([{ ...theirs, weKnow: 'estimated', date: null }])).toEqual([]);
  });

  it('finds our earliest hard deadline and the past ones', () => {
    const soft = deadline('s', { side: 'ours', date: '2026-10-01', firmness: 'soft' });
    const shared = deadline('x', { side: 'shared', date: '2026-11-15', firmness: 'hard' });
    expect(ourHardDeadline([ours, soft, shared, theirs])?.id).toBe('x');
    expect(pastDeadlines([ours, soft], '2026-10-02').map((d) => d.id)).toEqual(['s']);
  });
});

describe('timeline drawing', () => {
  it('places every dated deadline, the close date and today in date order, undated ones listed', () => {
    const drawing = timelineDrawing({
      deadlines: [
        deadline('q', { side: 'ours', label: 'Q4 cut-off', date: '2026-12-31', firmness: 'hard', theyKnow: 'yes' }),
        deadline('f', { side: 'theirs', label: 'Fiscal year end', date: '2027-03-31', weKnow: 'estimated' }),
        deadline('n', { side: 'theirs', label: 'Notice period', date: null }),
      ],
      closeDate: '2027-01-31',
      today: '2026-12-01',
    });
    expect(drawing).not.toBeNull();
    if (!drawing) return;
    expect(drawing.marks.map((m) => m.key)).toEqual(['today', 'q', 'close', 'f']);
    expect(drawing.undated).toEqual(['Notice period']);
    const at = Object.fromEntries(drawing.marks.map((m) => [m.key, m.at]));
    expect(at.today).toBeGreaterThan(0);
    expect(at.f).toBeLessThan(1);
    expect(at.q).toBeLessThan(at.close as number);
    expect(drawing.marks.find((m) => m.key === 'q')?.detail).toBe('31 Dec 2026 · hard · they know it');
    expect(drawing.marks.find((m) => m.key === 'f')?.lane).toBe('below');
    expect(drawing.ticks.map((t) => t.label)).toEqual(['Dec 2026', 'Jan 2027', 'Feb', 'Mar', 'Apr']);
  });

  it('stacks labels that would overlap into separate rows, and keeps them apart on the page', () => {
    const drawing = timelineDrawing({
      deadlines: [
        deadline('a', { side: 'ours', label: 'Quarter end', date: '2026-12-30' }),
        deadline('b', { side: 'ours', label: 'Board meeting', date: '2026-12-31' }),
      ],
      closeDate: null,
      today: '2026-06-01',
    });
    if (!drawing) throw new Error('no drawing');
    const [a, b] = ['a', 'b'].map((k) => drawing.marks.find((m) => m.key === k));
    expect(a?.row).not.toBe(b?.row);
    const layout = timelineLayout(drawing);
    const placed = (key: string) => layout.marks.find((m) => m.key === key)?.labelY;
    expect(Math.abs((placed('a') ?? 0) - (placed('b') ?? 0))).toBeGreaterThanOrEqual(22);
    // Today is far to the left: it shares the first row rather than adding one.
    expect(drawing.rows.above).toBe(2);
    for (const m of layout.marks) expect(m.labelY).toBeGreaterThan(0);
    for (const m of layout.marks) expect(m.labelY).toBeLessThan(layout.height);
  });

  it('draws nothing without a dated deadline', () => {
    expect(
      timelineDrawing({ deadlines: [deadline('x', {})], closeDate: '2027-01-01', today: '2026-01-01' }),
    ).toBeNull();
  });
});
