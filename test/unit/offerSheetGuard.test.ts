import { describe, expect, it } from 'vitest';
import { checkOfferSheet } from '../../core/plan/offerSheetGuard';
import type { DealSnapshot } from '../../core/snapshot';
import { readySnapshot } from '../support/snapshots';

/** A deal whose offer sheet would carry internal values the user typed into printed fields. */
function plantedSnapshot(): DealSnapshot {
  const s = readySnapshot();
  const [price, term] = s.issues;
  if (!price || !term || !s.concessions || !s.evidence) throw new Error('fixture changed');
  s.batna.ourCourse = 'Tailspin Freight three-year contract';
  s.batna.ourReservation = 8.77;
  s.batna.ourTarget = 8.13;
  price.name = 'Volume commitment (reservation 8.77)';
  const option = price.options[1];
  if (option) option.label = '€8.10 (our target 8.13)';
  s.concessions.clauses[0] = {
    ...(s.concessions.clauses[0] as NonNullable<(typeof s.concessions.clauses)[0]>),
    remedy: 'we move the lanes to Tailspin',
  };
  const evidence = s.evidence.items[0];
  if (evidence) evidence.title = 'Contoso rate card 2026';
  term.name = 'Term per Contoso rate card 2026';
  return s;
}

describe('offer sheet guard', () => {
  it('stays silent on a clean deal', () => {
    expect(checkOfferSheet(readySnapshot())).toEqual([]);
  });

  it('finds internal values planted in issue names, option labels and clause text, with their sources', () => {
    const leaks = checkOfferSheet(plantedSnapshot());
    const seen = leaks.map((l) => `${l.where} | ${l.found} | ${l.source}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'Issue name | 8.77 | Our reservation point',
        'Issue name | reservation | Internal wording',
        'Option in A | 8.13 | Our target',
        'Option in A | our target | Internal wording',
        'Clause | Tailspin | BATNA: next-best course',
        'Issue name | Contoso rate card 2026 | Evidence title',
      ]),
    );
    expect(leaks.find((l) => l.found === 'Tailspin')?.fix).toBe('concessions');
    expect(leaks.find((l) => l.found === '8.77')?.fix).toBe('issues');
  });

  it('does not count the offered value itself as a leak when it equals the target', () => {
    const s = readySnapshot();
    expect(s.batna.ourTarget).toBe(120_000);
    expect(checkOfferSheet(s).filter((l) => l.source === 'Our target')).toEqual([]);
  });

  it('counts weights and scores only where the sheet speaks of points or weights', () => {
    const s = readySnapshot();
    const [price] = s.issues;
    if (!price) throw new Error('fixture changed');
    price.name = 'Price (weight 60)';
    expect(checkOfferSheet(s).map((l) => l.source)).toContain('Our weight for Price (weight 60)');
  });
});
