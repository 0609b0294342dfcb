/**
 * Everything the Tender screen, the plan page and the committee workbook show, computed
 * once: each bid's money, the baseline, every scenario with its slack and the counter-offer
 * to ask each losing supplier for.
 */
import type { CounterOffer } from './award/counterOffer';
import { counterOffers } from './award/counterOffer';
import type { LpSolve } from './award/lpSolver';
import { type ScenarioResult, solveScenario } from './award/scenario';
import { type AwardCost, baselineTotal, bidCost } from './cost';
import { SCENARIO_KINDS, type ScenarioKind, type Tender } from './model';

export interface BidComparison {
  supplierId: string;
  supplierName: string;
  incumbent: boolean;
  hasBid: boolean;
  /** Its bid on its own: every lot it priced, at its terms. */
  cost: AwardCost | null;
  lotsPriced: number;
}

export interface ScenarioWithOffers extends ScenarioResult {
  counterOffers: CounterOffer[];
}

export interface TenderComparison {
  currency: string;
  termMonths: number;
  baseline: number;
  bids: BidComparison[];
  scenarios: ScenarioWithOffers[];
  picked: ScenarioKind | null;
}

export function compareTender(tender: Tender, solve: LpSolve, picked: ScenarioKind | null): TenderComparison {
  const bids = tender.suppliers.map((s): BidComparison => {
    const bid = tender.bids.find((b) => b.supplierId === s.id);
    return {
      supplierId: s.id,
      supplierName: s.name,
      incumbent: s.incumbent,
      hasBid: Boolean(bid),
      cost: bid && bid.lines.length > 0 ? bidCost(tender, bid) : null,
      lotsPriced: bid?.lines.length ?? 0,
    };
  });
  const ready = tender.lots.length > 0 && tender.bids.some((b) => b.lines.length > 0);
  const scenarios = ready
    ? SCENARIO_KINDS.map((kind) => {
        const result = solveScenario(tender, kind, solve);
        return {
          ...result,
          counterOffers:
            result.outcome.status === 'awarded' ? counterOffers(tender, kind, result.outcome.assignment, solve) : [],
        };
      })
    : [];
  return {
    currency: tender.terms.currency,
    termMonths: tender.terms.termMonths,
    baseline: baselineTotal(tender),
    bids,
    scenarios,
    picked,
  };
}
