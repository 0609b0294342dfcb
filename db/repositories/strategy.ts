import type { Anchor, LadderStep } from '../../core/anchors';
import { type Concession, type ContingentClause, GOVERNANCE_DEFAULTS } from '../../core/concessions';
import type { DecisionStep, Stakeholder } from '../../core/counterparty';
import type { Claim } from '../../core/evidence';
import { type LeverageAction, type LeverageItem, NO_DEAL_DEFAULTS } from '../../core/leverage';
import type { StrategySnapshot } from '../../core/strategy';
import { type DealRows, type Row, readDeal, readDeals } from '../dealTables/read';
import { assertLiveDeal } from '../dealTables/write';
import type { ParleyDb } from '../parleyDb';
import type { evidenceItems, evidenceLinks } from '../schema';
import { toEvidence, toLink } from './evidence';

const withoutDeleted = <R>({ deletedAt: _deleted, ...row }: Row) => row as R;

function pick<F extends Record<string, unknown>>(defaults: F, row: Row | undefined): F {
  if (!row) return { ...defaults };
  return Object.fromEntries(Object.keys(defaults).map((key) => [key, row[key]])) as F;
}

/** The counterparty map, leverage, evidence, anchors and concessions of one deal's rows (see readDeals). */
export function strategyOf(rows: DealRows): StrategySnapshot {
  const list = <R>(name: string) => (rows[name] ?? []).map((row) => withoutDeleted<R>(row));
  return {
    stakeholders: list<Stakeholder>('stakeholders'),
    decisionSteps: list<DecisionStep>('decisionSteps'),
    leverageItems: list<LeverageItem>('leverageItems'),
    leverageActions: list<LeverageAction>('leverageActions'),
    noDeal: pick(NO_DEAL_DEFAULTS, rows.noDeal?.[0]),
    evidence: (rows.evidence ?? []).map((row) => toEvidence(row as typeof evidenceItems.$inferSelect)),
    claims: list<Claim>('claims'),
    links: (rows.evidenceLinks ?? []).map((row) => toLink(row as typeof evidenceLinks.$inferSelect)),
    anchors: list<Anchor>('anchors'),
    ladderSteps: list<LadderStep>('ladderSteps'),
    concessions: list<Concession>('concessions'),
    clauses: list<ContingentClause>('contingentClauses'),
    governance: pick(GOVERNANCE_DEFAULTS, rows.governance?.[0]),
  };
}

/** The strategy steps of one deal, for completion and the plan. */
export function strategySnapshot(db: ParleyDb, dealId: string): StrategySnapshot {
  assertLiveDeal(db, dealId);
  return strategyOf(readDeal(db, dealId));
}

/** The same for many deals, read table by table (never per deal). */
export function strategySnapshots(db: ParleyDb, ids: readonly string[]): Map<string, StrategySnapshot> {
  return new Map([...readDeals(db, ids)].map(([id, rows]) => [id, strategyOf(rows)]));
}
