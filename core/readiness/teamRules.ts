import type { DealSnapshot } from '../snapshot';
import { snapshotApprovals } from '../team';
import type { ReadinessRule } from './types';

const hasLead = (s: DealSnapshot) => (s.team?.members ?? []).some((m) => m.role === 'lead');

/** Rules on our own side: who leads, and moves that need someone else's approval. */
export const TEAM_RULES: ReadinessRule[] = [
  {
    id: 'no_team_lead',
    severity: 'advice',
    step: 'team',
    title: 'Nobody leads our side',
    explanation:
      'When two people negotiate without a named lead, the other side plays them against each other. Name one lead who decides in the room.',
    check: (s) => {
      if (!s.team || s.team.members.length === 0) return null;
      return hasLead(s) ? [] : ['Give one team member the role Lead negotiator.'];
    },
  },
  {
    id: 'beyond_authority',
    severity: 'warning',
    step: 'team',
    title: 'A planned move needs approval first',
    explanation:
      'A ladder step or concession goes beyond what the person in the room may agree. Get the approval before the meeting, or the move stalls the talks while you ask.',
    check: (s) => {
      if (!s.team || s.team.limits.length === 0) return null;
      return snapshotApprovals(s).map(({ kind, need }) => `${kind} — ${need.text}.`);
    },
  },
];
