import { snapshotBudget } from '../concessionBudget';
import { amountFormat, formatDay, formatPoints } from '../documentFormat';
import {
  deadlineName,
  knownTheirDeadlines,
  ourHardDeadline,
  overdueTrustActions,
  pastDeadlines,
  severeWithoutVerification,
  unverifiedAssumptions,
  visibleOurDeadlines,
} from '../risks';
import type { DealSnapshot } from '../snapshot';
import type { ReadinessRule } from './types';

const today = (s: DealSnapshot) => s.takenAt.slice(0, 10);
const quoted = (text: string, fallback: string) => (text.trim() ? `“${text.trim()}”` : fallback);
const hasRiskContent = (s: DealSnapshot) =>
  Boolean(s.risks && (s.risks.deadlines.length || s.risks.trustActions.length || s.risks.risks.length));

/** Rules on time pressure, the relationship, the risk register and the concession budget. */
export const RISK_RULES: ReadinessRule[] = [
  {
    id: 'deadline_exposed',
    severity: 'warning',
    step: 'risks',
    title: 'They know our deadline, we do not know theirs',
    explanation:
      'Time pressure works for whoever knows the other side’s clock. If they know our quarter end and we know no date that presses them, they can wait us out. Find their fiscal year end, budget cycle or notice period before the meeting.',
    check: (s) => {
      const deadlines = s.risks?.deadlines ?? [];
      if (deadlines.length === 0) return null;
      const visible = visibleOurDeadlines(deadlines);
      if (visible.length === 0 || knownTheirDeadlines(deadlines).length > 0) return [];
      return visible.map(
        (d) => `They know our ${deadlineName(d)} (${formatDay(d.date)}); no deadline of theirs is known to us.`,
      );
    },
  },
  {
    id: 'deadline_past',
    severity: 'advice',
    step: 'risks',
    title: 'A deadline is already past',
    explanation: 'A past date on the timeline misleads the plan: move it to the next cycle or remove it.',
    check: (s) => {
      const deadlines = s.risks?.deadlines ?? [];
      if (deadlines.length === 0) return null;
      return pastDeadlines(deadlines, today(s)).map((d) => `${deadlineName(d)} was ${formatDay(d.date)}.`);
    },
  },
  {
    id: 'close_after_hard_deadline',
    severity: 'warning',
    step: 'risks',
    title: 'The target close date is after our hard deadline',
    explanation:
      'Planning to close after a date we cannot move means either the deadline is not hard, or we will be negotiating against our own clock at the end.',
    check: (s) => {
      const hard = ourHardDeadline(s.risks?.deadlines ?? []);
      if (!hard || !s.deal.targetCloseDate) return null;
      return s.deal.targetCloseDate > (hard.date as string)
        ? [`Close ${formatDay(s.deal.targetCloseDate)} is after ${deadlineName(hard)} (${formatDay(hard.date)}).`]
        : [];
    },
  },
  {
    id: 'severe_risk_unverified',
    severity: 'warning',
    step: 'risks',
    title: 'Likely, damaging risk with no way to verify it',
    explanation:
      'A risk that is both likely and high-impact needs a plan to find out before the meeting: a call, a document, a reference.',
    check: (s) => {
      const register = s.risks?.risks ?? [];
      if (register.length === 0) return null;
      return severeWithoutVerification(register).map((r) => `${quoted(r.statement, 'A risk')}: say how we verify it.`);
    },
  },
  {
    id: 'assumptions_unverified',
    severity: 'advice',
    step: 'risks',
    title: 'Assumptions not verified yet',
    explanation:
      'Every number and trade in the plan rests on these assumptions. Check them before the meeting, or be ready for them to be wrong.',
    check: (s) => {
      const register = s.risks?.risks ?? [];
      if (!register.some((r) => r.kind === 'assumption')) return null;
      return unverifiedAssumptions(register).map(
        (r) =>
          `${quoted(r.statement, 'An assumption')}${r.verification.trim() ? ` (verify: ${r.verification.trim()})` : ' — no way to verify it yet'}${r.owner.trim() ? `, ${r.owner.trim()}` : ''}.`,
      );
    },
  },
  {
    id: 'no_relationship_goal',
    severity: 'advice',
    step: 'risks',
    title: 'No goal for the relationship after signing',
    explanation:
      'How hard to push depends on what you need from them afterwards. Decide whether this is a one-off or a partnership before choosing tactics.',
    check: (s) => {
      if (!s.risks || (!hasRiskContent(s) && s.deal.context !== 'partnership')) return null;
      return s.risks.relationship.goal === 'not_set' ? ['Choose where you want the relationship to stand.'] : [];
    },
  },
  {
    id: 'overdue_trust_actions',
    severity: 'advice',
    step: 'risks',
    title: 'Overdue trust-building actions',
    explanation: 'A promise to build trust that slips says the opposite. Do it, or move its date honestly.',
    check: (s) => {
      const actions = s.risks?.trustActions ?? [];
      if (actions.length === 0) return null;
      return overdueTrustActions(actions, today(s)).map(
        (a) =>
          `${quoted(a.action, 'An action')} was due ${formatDay(a.due)}${a.owner.trim() ? ` (${a.owner.trim()})` : ''}.`,
      );
    },
  },
  {
    id: 'concession_budget_exceeded',
    severity: 'warning',
    step: 'concessions',
    title: 'Concessions over the budget',
    explanation:
      'The ladder and the log together give away more than the concession budget allows. Cut steps, ask more in return, or raise the budget with whoever set it.',
    check: (s) => {
      const { check, spend } = snapshotBudget(s);
      if (!check.money && !check.points) return null;
      const findings: string[] = [];
      const money = amountFormat(s.deal.currency);
      if (check.money?.exceeded) {
        findings.push(
          `Money: ${money(check.money.spent)} planned (ladder ${money(spend.money.ladder)} + log ${money(spend.money.log)}) against a budget of ${money(check.money.budget)}, ${money(-check.money.left)} over.`,
        );
      }
      if (check.points?.exceeded) {
        findings.push(
          `Points: ${formatPoints(check.points.spent)} points of value to us given against a budget of ${formatPoints(check.points.budget)} points.`,
        );
      }
      return findings;
    },
  },
  {
    id: 'no_concession_budget',
    severity: 'advice',
    step: 'concessions',
    title: 'No concession budget',
    explanation:
      'Deciding the most you will give in total before the meeting stops a series of small concessions from adding up to a large one.',
    check: (s) => {
      const planned =
        (s.concessions?.concessions ?? []).some((c) => c.status !== 'withdrawn') ||
        (s.anchors?.ladderSteps ?? []).length > 0;
      if (!planned) return null;
      const budget = s.concessions?.budget;
      return budget && (budget.money !== null || budget.points !== null)
        ? []
        : ['Set the most you will give in money or in points.'];
    },
  },
];
