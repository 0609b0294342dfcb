import { describe, expect, it } from 'vitest';
import { type DealContentSummary, dealProgress } from '../../core/progress';

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
});
