import type { Batna, BetterDirection } from './batna';
import { betterForUs } from './zopa';

export interface BatnaCheck {
  /** The field the check is shown beside. */
  field: 'ourReservation' | 'ourTarget' | 'ourConfidence' | 'theirConfidence';
  message: string;
}

/**
 * Checks shown in place on the BATNA screen. They warn, they do not block: an estimate
 * may be rough on purpose, but the user should see the inconsistency.
 * `scaleIsMoney`: the reservation can only be compared with the BATNA's money value when
 * both are in the deal's currency.
 */
export function batnaChecks(
  batna: Batna,
  direction: BetterDirection | null,
  scaleIsMoney: boolean,
  format: (n: number) => string,
): BatnaCheck[] {
  const checks: BatnaCheck[] = [];
  const { ourReservation, ourTarget, theirReservation, ourValueMoney } = batna;

  if (direction && scaleIsMoney && ourReservation !== null && ourValueMoney !== null) {
    // Walking away costs the switch; the reservation may sit that far past the BATNA's value, no further.
    const switching = batna.ourSwitchingCost ?? 0;
    const limit = direction === 'lower' ? ourValueMoney + switching : ourValueMoney - switching;
    if (betterForUs(direction, limit, ourReservation)) {
      checks.push({
        field: 'ourReservation',
        message: `Your reservation is worse than your BATNA: walking away is worth ${format(limit)}${switching ? ' after switching costs' : ''}, so accepting ${format(ourReservation)} would leave you worse off than no deal.`,
      });
    }
  }
  if (direction && ourTarget !== null && ourReservation !== null && betterForUs(direction, ourReservation, ourTarget)) {
    checks.push({
      field: 'ourTarget',
      message: 'Your target is worse than your reservation point. Aim higher than the least you would accept.',
    });
  }
  if (
    direction &&
    ourTarget !== null &&
    theirReservation !== null &&
    betterForUs(direction, ourTarget, theirReservation)
  ) {
    checks.push({
      field: 'ourTarget',
      message: `Your target lies beyond their estimated reservation (${format(theirReservation)}): on your estimate they would never agree to it, so opening there may cost credibility. Bring evidence, or check the estimate.`,
    });
  }
  const ourFilled = Boolean(batna.ourDescription.trim() || batna.ourCourse.trim()) || ourValueMoney !== null;
  if (ourFilled && batna.ourConfidence === null) {
    checks.push({ field: 'ourConfidence', message: 'How sure are you of this alternative? Set a confidence.' });
  }
  const theirFilled =
    Boolean(batna.theirDescription.trim()) || batna.theirValueMoney !== null || theirReservation !== null;
  if (theirFilled && batna.theirConfidence === null) {
    checks.push({ field: 'theirConfidence', message: 'This is an estimate: say how confident you are in it.' });
  }
  return checks;
}
