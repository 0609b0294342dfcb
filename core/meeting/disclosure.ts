import { INTERNAL_WORDS, numbersIn, same } from '../plan/internalText';
import type { DealSnapshot } from '../snapshot';

/** What the check reads of a deal: the BATNA's figures and the issues' walk-aways. */
export type DisclosureFacts = {
  batna: Pick<DealSnapshot['batna'], 'ourReservation' | 'ourValueMoney' | 'ourSwitchingCost'>;
  issues: readonly Pick<DealSnapshot['issues'][number], 'name' | 'walkAway'>[];
};

/** A value we keep to ourselves found in what we plan to say. */
export interface DisclosureSlip {
  /** As written in the text. */
  found: string;
  /** What it is, e.g. "our reservation point". */
  what: string;
}

/**
 * What the plan says we will tell them, checked against the values that lose the deal's
 * value when told: our reservation point, our BATNA's value, our switching cost, the
 * walk-away of every issue — and the words that name them. Saying we *have* an
 * alternative can be a tactic; saying what it is worth is not. (The "will not disclose"
 * text may hold all of these: that is where they belong.)
 */
export function disclosureSlips(s: DisclosureFacts, text: string): DisclosureSlip[] {
  if (!text.trim()) return [];
  const amounts: { value: number; what: string }[] = [];
  const add = (value: number | null | undefined, what: string) => {
    if (value !== null && value !== undefined) amounts.push({ value, what });
  };
  add(s.batna.ourReservation, 'our reservation point');
  add(s.batna.ourValueMoney, 'the value of our BATNA');
  add(s.batna.ourSwitchingCost, 'our switching cost');
  for (const issue of s.issues) add(issue.walkAway, `our walk-away on ${issue.name.trim() || 'an issue'}`);
  const slips: DisclosureSlip[] = [];
  const seen = new Set<string>();
  const report = (found: string, what: string) => {
    const key = `${found}\u0000${what}`;
    if (seen.has(key)) return;
    seen.add(key);
    slips.push({ found, what });
  };
  const wording = INTERNAL_WORDS.exec(text);
  if (wording) report(wording[0], 'a word for what we keep to ourselves');
  for (const number of numbersIn(text)) {
    for (const amount of amounts) {
      if (number.values.some((n) => same(n, amount.value))) report(number.token, amount.what);
    }
  }
  return slips;
}
