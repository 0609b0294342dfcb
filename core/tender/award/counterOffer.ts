/**
 * "What would it take": for a supplier that wins nothing in a scenario, the smallest
 * across-the-board price cut that makes it win at least one lot, found by bisection on the
 * cut with the exact solver at every step. Lowering one supplier's prices only makes it
 * more attractive (lower cost, higher price score), so winning is monotone in the cut.
 */
import type { Assignment, ScenarioKind, Tender } from '../model';
import { eligibility } from './eligibility';
import type { LpSolve } from './lpSolver';
import { solveAssignment } from './scenario';

export type CounterOffer =
  | { supplierId: string; status: 'wins'; lotIds: string[] }
  | {
      supplierId: string;
      status: 'winsAt';
      /** Cut on every price of its bid, in % (rounded up to 0.1). */
      priceCutPct: number;
      /** Its prices after the cut, per lot it bid on. */
      prices: { lotId: string; unitPrice: number }[];
      /** The lots it would then win. */
      lotIds: string[];
    }
  | { supplierId: string; status: 'cannotWin'; reason: string };

/** Beyond this cut we stop and say it cannot win on price alone. */
const MAX_CUT = 0.6;
const STEPS = 10;

function withCut(tender: Tender, supplierId: string, cut: number): Tender {
  return {
    ...tender,
    bids: tender.bids.map((bid) =>
      bid.supplierId === supplierId
        ? { ...bid, lines: bid.lines.map((line) => ({ ...line, unitPrice: line.unitPrice * (1 - cut) })) }
        : bid,
    ),
  };
}

function lotsWon(tender: Tender, kind: ScenarioKind, solve: LpSolve, supplierId: string): string[] | null {
  const found = solveAssignment(tender, kind, solve);
  if ('reason' in found) return null;
  return Object.entries(found.assignment as Assignment)
    .filter(([, s]) => s === supplierId)
    .map(([lotId]) => lotId);
}

export function counterOffers(tender: Tender, kind: ScenarioKind, winners: Assignment, solve: LpSolve): CounterOffer[] {
  const won = new Set(Object.values(winners));
  return eligibility(tender).map(({ supplierId, bid, excludedBecause }): CounterOffer => {
    if (won.has(supplierId))
      return {
        supplierId,
        status: 'wins',
        lotIds: Object.entries(winners)
          .filter(([, s]) => s === supplierId)
          .map(([l]) => l),
      };
    if (excludedBecause !== null || !bid) return { supplierId, status: 'cannotWin', reason: `It ${excludedBecause}.` };
    const atMax = lotsWon(withCut(tender, supplierId, MAX_CUT), kind, solve, supplierId);
    if (!atMax || atMax.length === 0)
      return {
        supplierId,
        status: 'cannotWin',
        reason: `Even ${MAX_CUT * 100} % lower prices would not win a lot under these constraints.`,
      };
    let lo = 0;
    let hi = MAX_CUT;
    let lotIds = atMax;
    for (let step = 0; step < STEPS; step++) {
      const mid = (lo + hi) / 2;
      const lots = lotsWon(withCut(tender, supplierId, mid), kind, solve, supplierId);
      if (lots && lots.length > 0) {
        hi = mid;
        lotIds = lots;
      } else lo = mid;
    }
    // Round up so the quoted cut is on the winning side of the boundary.
    const priceCutPct = Math.ceil(hi * 1000) / 10;
    return {
      supplierId,
      status: 'winsAt',
      priceCutPct,
      prices: bid.lines.map((line) => ({ lotId: line.lotId, unitPrice: line.unitPrice * (1 - priceCutPct / 100) })),
      lotIds,
    };
  });
}
