/** One award scenario solved exactly: who wins which lot, its money, its slack. */
import { type AwardCost, awardCost } from '../cost';
import { type Assignment, SCENARIO_LABELS, type ScenarioKind, type Tender } from '../model';
import { eligibility } from './eligibility';
import { buildAwardModel, minimumSuppliers } from './lpModel';
import type { LpSolve } from './lpSolver';

export interface ConstraintSlack {
  constraint: 'minServiceLevel' | 'maxShare' | 'minSuppliers' | 'incumbent';
  label: string;
  /** What the award reaches (null: not measurable, e.g. the incumbent rule). */
  actual: number | null;
  limit: number | null;
  /** How far from binding, in the constraint's unit; 0 means binding. */
  slack: number | null;
  unit: string;
}

export type ScenarioOutcome =
  | { status: 'awarded'; assignment: Assignment; cost: AwardCost; slack: ConstraintSlack[] }
  | { status: 'infeasible'; reason: string };

export interface ScenarioResult {
  kind: ScenarioKind;
  label: string;
  outcome: ScenarioOutcome;
}

const SOLVED = new Set(['Optimal']);

/** The scenario's best assignment, or why there is none. */
export function solveAssignment(
  tender: Tender,
  kind: ScenarioKind,
  solve: LpSolve,
): { assignment: Assignment } | { reason: string } {
  if (tender.lots.length === 0) return { reason: 'The tender has no lots yet.' };
  if (kind === 'singleAward' && tender.constraints.minSuppliers > 1)
    return {
      reason: `A single award cannot meet "at least ${tender.constraints.minSuppliers} suppliers".`,
    };
  const model = buildAwardModel(tender, kind);
  if (model.lotsWithoutBid.length > 0)
    return { reason: `No eligible supplier bid on ${model.lotsWithoutBid.join(', ')}.` };
  const result = solve(model.lp);
  if (!SOLVED.has(result.status)) {
    const needed = minimumSuppliers(tender, kind);
    return {
      reason:
        result.status === 'Infeasible'
          ? `No award meets every constraint together (at least ${needed} supplier${needed === 1 ? '' : 's'}${
              tender.constraints.maxSharePct === null ? '' : `, at most ${tender.constraints.maxSharePct} % each`
            }${kind === 'singleAward' ? ', one supplier for every lot' : ''}).`
          : `The solver stopped without an answer (${result.status}).`,
    };
  }
  const assignment: Assignment = {};
  for (const v of model.x) {
    if ((result.values[v.name] ?? 0) > 0.5) {
      const lot = tender.lots[v.lotIndex];
      const supplier = tender.suppliers[v.supplierIndex];
      if (lot && supplier) assignment[lot.id] = supplier.id;
    }
  }
  return { assignment };
}

export function constraintSlack(tender: Tender, assignment: Assignment, kind: ScenarioKind): ConstraintSlack[] {
  const winners = [...new Set(Object.values(assignment))];
  const bids = winners.map((id) => tender.bids.find((b) => b.supplierId === id)).filter((b) => b !== undefined);
  const out: ConstraintSlack[] = [];
  const { minServiceLevelPct, maxSharePct, incumbentAllowed } = tender.constraints;
  if (minServiceLevelPct !== null) {
    const lowest = Math.min(...bids.map((b) => b.serviceLevelPct));
    out.push({
      constraint: 'minServiceLevel',
      label: `Service level at least ${minServiceLevelPct} %`,
      actual: lowest,
      limit: minServiceLevelPct,
      slack: lowest - minServiceLevelPct,
      unit: 'points',
    });
  }
  if (maxSharePct !== null) {
    const cost = awardCost(tender, assignment);
    const largest = Math.max(...cost.suppliers.map((s) => s.share * 100));
    out.push({
      constraint: 'maxShare',
      label: `At most ${maxSharePct} % to one supplier`,
      actual: largest,
      limit: maxSharePct,
      slack: maxSharePct - largest,
      unit: 'points of share',
    });
  }
  const needed = minimumSuppliers(tender, kind);
  out.push({
    constraint: 'minSuppliers',
    label:
      kind === 'singleAward' ? 'One supplier for every lot' : `At least ${needed} supplier${needed === 1 ? '' : 's'}`,
    actual: winners.length,
    limit: kind === 'singleAward' ? 1 : needed,
    slack: kind === 'singleAward' ? 0 : winners.length - needed,
    unit: 'suppliers',
  });
  if (!incumbentAllowed)
    out.push({
      constraint: 'incumbent',
      label: 'The incumbent is not awarded',
      actual: null,
      limit: null,
      slack: null,
      unit: '',
    });
  return out;
}

export function solveScenario(tender: Tender, kind: ScenarioKind, solve: LpSolve): ScenarioResult {
  const label = SCENARIO_LABELS[kind];
  const found = solveAssignment(tender, kind, solve);
  if ('reason' in found) return { kind, label, outcome: { status: 'infeasible', reason: found.reason } };
  return {
    kind,
    label,
    outcome: {
      status: 'awarded',
      assignment: found.assignment,
      cost: awardCost(tender, found.assignment),
      slack: constraintSlack(tender, found.assignment, kind),
    },
  };
}

export { eligibility };
