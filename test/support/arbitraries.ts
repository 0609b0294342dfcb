import fc from 'fast-check';
import { DEAL_CONTEXTS, DEAL_STATUSES, type NewDeal, OUR_SIDES } from '../../core/deal';
import { TEXT_LIMITS } from '../../core/text';

/** Any text a user could type or paste, including emoji, RTL marks and markup. */
export const userText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom('<img src=x onerror=alert(1)>', '"; DROP TABLE deals; --', '\u202eevil', '👩‍💼 Deal'),
  );

/** A valid new deal with every field chosen at random (the repository trims and normalises). */
export const newDealArbitrary: fc.Arbitrary<NewDeal> = fc.record({
  title: userText(TEXT_LIMITS.name).filter((t) => t.trim().length > 0),
  counterparty: userText(TEXT_LIMITS.short),
  context: fc.constantFrom(...DEAL_CONTEXTS),
  ourSide: fc.constantFrom(...OUR_SIDES),
  currency: fc.constantFrom('EUR', 'USD', 'JPY', 'CHF', 'xof'),
  status: fc.constantFrom(...DEAL_STATUSES),
  targetCloseDate: fc.option(
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: null },
  ),
  notes: fc.oneof(
    userText(2000),
    fc.string({ maxLength: 50 }).map((s) => s.repeat(300).slice(0, TEXT_LIMITS.long)),
  ),
});
