/** Which suppliers may be awarded at all under the hard constraints, and why not. */
import type { Bid, Tender } from '../model';

export interface Eligibility {
  supplierId: string;
  bid: Bid | null;
  /** Null when eligible; otherwise the reason in the user's words. */
  excludedBecause: string | null;
}

export function eligibility(tender: Tender): Eligibility[] {
  const { minServiceLevelPct, incumbentAllowed } = tender.constraints;
  return tender.suppliers.map((supplier) => {
    const bid = tender.bids.find((b) => b.supplierId === supplier.id) ?? null;
    let excludedBecause: string | null = null;
    if (!bid) excludedBecause = 'has not bid';
    else if (!incumbentAllowed && supplier.incumbent) excludedBecause = 'is the incumbent, and this tender excludes it';
    else if (minServiceLevelPct !== null && bid.serviceLevelPct < minServiceLevelPct)
      excludedBecause = `commits to a service level of ${bid.serviceLevelPct} %, below the minimum of ${minServiceLevelPct} %`;
    else if (bid.lines.length === 0) excludedBecause = 'has no prices in its bid';
    return { supplierId: supplier.id, bid, excludedBecause };
  });
}
