import { CONCESSION_BUDGET_DEFAULTS, type ConcessionBudget } from '../../core/concessionBudget';
import { RELATIONSHIP_DEFAULTS, type Relationship } from '../../core/risks';
import type { SnapshotMeetings, SnapshotRisks, SnapshotTeam } from '../../core/snapshot';
import type { DealRows, Row } from '../dealTables/read';

const withoutDeleted = <R>({ deletedAt: _deleted, ...row }: Row) => row as R;
const list = <R>(rows: DealRows, name: string) => (rows[name] ?? []).map((row) => withoutDeleted<R>(row));

function pick<F extends Record<string, unknown>>(defaults: F, row: Row | undefined): F {
  if (!row) return { ...defaults };
  return Object.fromEntries(Object.keys(defaults).map((key) => [key, row[key]])) as F;
}

/** Deadlines, relationship goal, trust actions and the risk register of one deal's rows. */
export function risksOf(rows: DealRows): SnapshotRisks {
  return {
    deadlines: list(rows, 'deadlines'),
    relationship: pick<Relationship>(RELATIONSHIP_DEFAULTS, rows.relationship?.[0]),
    trustActions: list(rows, 'trustActions'),
    risks: list(rows, 'risks'),
  };
}

/** Our team and authority limits. */
export function teamOf(rows: DealRows): SnapshotTeam {
  return { members: list(rows, 'teamMembers'), limits: list(rows, 'authorityLimits') };
}

export const concessionBudgetOf = (rows: DealRows): ConcessionBudget =>
  pick<ConcessionBudget>(CONCESSION_BUDGET_DEFAULTS, rows.concessionBudget?.[0]);

/** The meeting plan: meetings, their agendas, the questions under each item, the next steps. */
export function meetingsOf(rows: DealRows): SnapshotMeetings {
  return {
    meetings: list(rows, 'meetings'),
    agendaItems: list(rows, 'agendaItems'),
    agendaQuestions: list(rows, 'agendaQuestions'),
    commitments: list(rows, 'commitments'),
  };
}
