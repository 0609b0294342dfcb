import { describe, expect, it } from 'vitest';
import { labelAmount, mainIssueOutcome } from '../../../core/debrief/outcome';
import { type ConcessionEntry, concessionReview } from '../../../core/debrief/reciprocity';
import { timeToResolution } from '../../../core/debrief/resolution';

const entry = (over: Partial<ConcessionEntry>): ConcessionEntry => ({
  id: Math.random().toString(36),
  item: 'Payment terms',
  give: '60 days',
  get: '',
  valueToUs: null,
  valueToThem: null,
  status: 'offered',
  ...over,
});

describe('concession review', () => {
  it('counts what came back for what was given and lists free concessions', () => {
    const free = entry({ give: 'Free onboarding', valueToUs: 5, valueToThem: 8 });
    const review = concessionReview([
      entry({ get: '3-year term', valueToUs: 4, valueToThem: 10, status: 'accepted' }),
      entry({ get: 'Case study', valueToUs: 2 }),
      free,
      entry({ give: 'Planned only', status: 'planned' }),
      entry({ give: 'Taken back', status: 'withdrawn' }),
    ]);
    expect(review.given).toBe(3);
    expect(review.reciprocated).toBe(2);
    expect(review.ratio).toBeCloseTo(2 / 3);
    expect(review.costToUs).toBe(11);
    expect(review.worthToThem).toBe(18);
    expect(review.unconditional).toEqual([free]);
  });

  it('has no ratio when nothing was given, and treats a blank "get" as nothing asked', () => {
    expect(concessionReview([]).ratio).toBeNull();
    expect(concessionReview([entry({ status: 'planned', get: 'x' })]).ratio).toBeNull();
    expect(concessionReview([entry({ get: '   ' })]).ratio).toBe(0);
  });
});

describe('time to resolution', () => {
  it('counts days from the deal creation to the closing date', () => {
    expect(
      timeToResolution({ createdAt: '2026-01-10T15:30:00.000Z', startedOn: null, closingDate: '2026-03-01' }),
    ).toEqual({
      known: true,
      days: 50,
      from: '2026-01-10',
      to: '2026-03-01',
    });
  });

  it('prefers the debrief start date and crosses a DST change without losing a day', () => {
    const result = timeToResolution({
      createdAt: '2026-06-01T00:00:00Z',
      startedOn: '2026-03-20',
      closingDate: '2026-04-02',
    });
    expect(result).toMatchObject({ known: true, days: 13 });
  });

  it('is unknown without a closing date or when it comes before the start', () => {
    expect(timeToResolution({ createdAt: '2026-01-10T00:00:00Z', startedOn: null, closingDate: null }).known).toBe(
      false,
    );
    const backwards = timeToResolution({
      createdAt: '2026-05-10T00:00:00Z',
      startedOn: null,
      closingDate: '2026-05-01',
    });
    expect(backwards.known).toBe(false);
    if (!backwards.known) expect(backwards.reason).toMatch(/before the start/);
  });
});

describe('agreement against the plan', () => {
  const format = (n: number) => String(n);
  it('reads amounts with k / m suffixes from option labels', () => {
    expect(labelAmount('€120k')).toBe(120_000);
    expect(labelAmount('1.5m EUR')).toBe(1_500_000);
    expect(labelAmount('45 days')).toBe(45);
    expect(labelAmount('€1,200')).toBe(1200);
    expect(labelAmount('Premium')).toBeNull();
  });

  it('places the agreed number between reservation and target, direction-aware', () => {
    const selling = { direction: 'higher' as const, target: 140_000, reservation: 100_000, format };
    expect(mainIssueOutcome({ ...selling, agreedLabel: '€120k' })).toMatchObject({
      verdict: 'within_range',
      achievement: 50,
    });
    expect(mainIssueOutcome({ ...selling, agreedLabel: '€150k' }).verdict).toBe('beat_target');
    expect(mainIssueOutcome({ ...selling, agreedLabel: '€90k' }).verdict).toBe('past_reservation');
    const buying = { direction: 'lower' as const, target: 80, reservation: 100, format };
    expect(mainIssueOutcome({ ...buying, agreedLabel: '90' })).toMatchObject({
      verdict: 'within_range',
      achievement: 50,
    });
    expect(mainIssueOutcome({ ...buying, agreedLabel: '110' }).verdict).toBe('past_reservation');
    expect(mainIssueOutcome({ ...buying, agreedLabel: 'None' }).verdict).toBe('unknown');
  });
});
