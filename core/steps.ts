/**
 * The preparation steps, in the order a careful negotiator works through them.
 * Readiness checks, the workspace rail and the plan all name steps by these ids.
 */
export const PREPARATION_STEPS = [
  {
    id: 'details',
    label: 'Deal details',
    purpose: 'Who the deal is with, what kind of negotiation it is, and when it should close.',
  },
  {
    id: 'batna',
    label: 'BATNA & reservation',
    purpose:
      'Your best alternative if there is no deal, the worst terms you would still accept, and the zone where a deal is possible.',
  },
  {
    id: 'issues',
    label: 'Issues & options',
    purpose: 'Every negotiable dimension, its possible values, and how much each matters to each side.',
  },
  { id: 'interests', label: 'Interests vs positions', purpose: 'What each side says it wants, and why it wants it.' },
  {
    id: 'counterparty',
    label: 'Counterparty map',
    purpose: 'The people on the other side, their influence and stance, and the path to a yes.',
  },
  {
    id: 'team',
    label: 'Our team & authority',
    purpose:
      'Who is on our side and in which role, how far each of us may go on each issue, and who approves beyond that.',
  },
  {
    id: 'leverage',
    label: 'Leverage',
    purpose: 'What each side can give, withhold or hold the other to, and who loses most without a deal.',
  },
  {
    id: 'risks',
    label: 'Time, trust & risks',
    purpose:
      'Both sides’ deadlines on a timeline, the relationship you want after signing and how you earn trust, and the risks and assumptions to verify before the meeting.',
  },
  {
    id: 'evidence',
    label: 'Evidence pack',
    purpose: 'Benchmarks, references and cost facts that make your numbers credible.',
  },
  {
    id: 'anchors',
    label: 'Anchor worksheet',
    purpose: 'Your opening numbers, their credible range, and the ladder of conditional concessions.',
  },
  {
    id: 'meso',
    label: 'MESO grid',
    purpose: 'Two to four offers of equal value to you, built to reveal what the other side values.',
  },
  {
    id: 'tender',
    label: 'Tender',
    purpose:
      'When several suppliers bid: their bid sheets, total cost against today, award scenarios under your constraints, and how robust the picks are.',
  },
  {
    id: 'concessions',
    label: 'Concessions & safeguards',
    purpose: 'What you give and get, contingent clauses, and how the deal is governed.',
  },
  {
    id: 'meeting',
    label: 'Meeting plan',
    purpose:
      'Each meeting with the other side: the opening statement, a time-boxed agenda in the order of the talk, the questions to ask, what you will and will not disclose, and the next steps both sides commit to.',
  },
] as const;

export const REVIEW_STEPS = [
  { id: 'plan', label: 'Plan', purpose: 'Readiness checks, the printable plan, and a counterpart-safe offer sheet.' },
  {
    id: 'debrief',
    label: 'Debrief',
    purpose: 'After the deal: outcome against the plan, value left on the table, moments and lessons.',
  },
] as const;

export type StepId = (typeof PREPARATION_STEPS)[number]['id'] | (typeof REVIEW_STEPS)[number]['id'];
export const ALL_STEPS = [...PREPARATION_STEPS, ...REVIEW_STEPS];
export const isStepId = (value: string): value is StepId => ALL_STEPS.some((step) => step.id === value);
