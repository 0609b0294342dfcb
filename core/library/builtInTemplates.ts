import type { NumericKind } from '../calculator/numericKinds';
import type { ReviewCadence } from '../concessions';
import type { DecisionRole } from '../counterparty';
import type { DealContext } from '../deal';
import type { IssueCategory } from '../issues';
import type { Standard } from '../legitimacy/fields';
import type { Priority } from '../objectives/fields';
import type { DeadlineKind, DeadlineSide, Firmness, RiskKind, RiskLevel } from '../risks';
import type { TeamRole } from '../team/fields';
import {
  TEMPLATE_VERSION,
  type TemplateDeadline,
  type TemplateDocument,
  type TemplateIssue,
  type TemplateMeeting,
  type TemplateRisk,
  type TemplateTeamRole,
} from './templates';

export interface BuiltInTemplate {
  key: string;
  name: string;
  context: DealContext;
  description: string;
  document: TemplateDocument;
}

/**
 * Options are listed from worst to best for us and scored linearly; their estimate starts
 * as the mirror image. Both are starting points the user corrects deal by deal.
 */
function issue(
  name: string,
  category: IssueCategory,
  weights: [us: number, them: number],
  options: string[],
  why: string,
  flags: {
    tradeable?: boolean;
    redLine?: boolean;
    priority?: Priority;
    standard?: Standard;
    /** A numeric issue: its kind, unit and one number per option (null where a label has none). */
    numbers?: { kind: NumericKind; unit?: string; values?: (number | null)[] };
  } = {},
): TemplateIssue {
  const n = options.length;
  return {
    name,
    category,
    weightUs: weights[0],
    weightThem: weights[1],
    tradeable: flags.tradeable ?? false,
    redLine: flags.redLine ?? false,
    why,
    options: options.map((label, i) => ({
      label,
      ourScore: n > 1 ? Math.round((i / (n - 1)) * 100) : null,
      theirScore: n > 1 ? Math.round(((n - 1 - i) / (n - 1)) * 100) : null,
      ...(flags.numbers ? { value: flags.numbers.values?.[i] ?? null } : {}),
    })),
    ...(flags.priority ? { priority: flags.priority } : {}),
    ...(flags.standard ? { standard: flags.standard } : {}),
    ...(flags.numbers ? { numericKind: flags.numbers.kind, unit: flags.numbers.unit ?? '' } : {}),
  };
}

const seat = (role: TeamRole, title: string, responsibility: string): TemplateTeamRole => ({
  role,
  title,
  responsibility,
});

const governance = (reviewCadence: ReviewCadence, metrics: string, changeProcess: string, exitTerms: string) => ({
  reviewCadence,
  metrics,
  changeProcess,
  exitTerms,
});
const role = (name: string, decisionRole: DecisionRole, why: string) => ({ role: name, decisionRole, why });
const clause = (metric: string, remedy: string) => ({ metric, remedy });
const deadline = (
  side: DeadlineSide,
  kind: DeadlineKind,
  label: string,
  firmness: Firmness,
  note = '',
): TemplateDeadline => ({ side, kind, label, firmness, note });
const risk = (
  kind: RiskKind,
  statement: string,
  [likelihood, impact]: [RiskLevel, RiskLevel],
  verification: string,
): TemplateRisk => ({ kind, statement, likelihood, impact, verification });

export const BUILT_IN_TEMPLATES: BuiltInTemplate[] = [
  {
    key: 'sales-b2b',
    name: 'B2B sale',
    context: 'sales',
    description: 'Selling a product or service to another business: price, commitment, rollout and support.',
    document: {
      version: TEMPLATE_VERSION,
      ourSide: 'selling',
      issues: [
        issue('Price', 'price', [30, 30], [], 'The number both finance teams will look at first.', {
          redLine: true,
          priority: 'must',
          standard: 'market',
          numbers: { kind: 'money', unit: 'per_year' },
        }),
        issue(
          'Contract length',
          'term',
          [15, 10],
          ['12 months', '24 months', '36 months'],
          'A longer commitment can pay for a better price.',
          { tradeable: true, priority: 'intend', numbers: { kind: 'months', values: [12, 24, 36] } },
        ),
        issue(
          'Payment terms',
          'payment_terms',
          [10, 15],
          ['Net 60', 'Net 45', 'Net 30', 'Annual in advance'],
          'Cash timing: cheap to move for one side, dear for the other.',
          { tradeable: true, priority: 'like', numbers: { kind: 'days', values: [60, 45, 30, null] } },
        ),
        issue(
          'Rollout phases',
          'delivery',
          [5, 15],
          ['Pilot, then wider rollout', 'Two waves', 'Everything at once'],
          'Phasing lowers their risk; tie later phases to the commitment.',
          { tradeable: true },
        ),
        issue(
          'Support tier',
          'service_level',
          [10, 15],
          ['Named support contact', 'Extended hours', 'Standard hours'],
          'Often cheap at the margin and visible to users.',
          { tradeable: true },
        ),
        issue(
          'Case study and references',
          'publicity',
          [15, 5],
          ['None', 'Anonymous case study', 'Named case study and reference calls'],
          'Worth more to you than it costs them: ask for it in return.',
          { tradeable: true },
        ),
        issue(
          'Renewal price cap',
          'price',
          [15, 10],
          ['Fixed for the next term', 'Capped at 3 %', 'Indexed without cap'],
          'Buyers fear the second-year increase.',
        ),
      ],
      stakeholderRoles: [
        role('Economic buyer', 'economic_buyer', 'Signs off the budget; cares about return and risk.'),
        role('Champion', 'champion', 'Wants the project to succeed and can tell you how decisions are really made.'),
        role('Procurement', 'legal_procurement', 'Runs the process and is measured on savings.'),
        role('Technical evaluator', 'influencer', 'Can block the deal on fit, security or integration.'),
        role('End users', 'user', 'Their adoption decides whether the contract is renewed.'),
      ],
      questions: [
        'What happens on your side if this project does not go ahead this year?',
        'Who else needs to be comfortable before this can be signed?',
        'How will you measure whether this was a good decision a year from now?',
        'What has made similar purchases difficult in the past?',
        'Which of the terms we discussed matters most to your finance team?',
      ],
      clauses: [
        clause(
          'Adoption stays below the agreed target after six months',
          'Joint review and a free additional training session',
        ),
        clause('Monthly uptime falls below 99.9 %', 'Service credit of 5 % of the monthly fee'),
      ],
      teamRoles: [
        seat('lead', 'Account executive', 'Leads the talks and decides in the room.'),
        seat('approver', 'Sales director', 'Approves discounts and terms beyond the account executive’s limits.'),
        seat('analyst', 'Deal desk', 'Prices every package and checks it against the walk-away.'),
        seat('expert', 'Solutions engineer', 'Answers technical and security questions.'),
      ],
      governance: governance(
        'quarterly',
        'Adoption against the agreed targets; open support tickets',
        'Named owner on each side; changes agreed in writing at the business review',
        'Either side may leave at renewal with 90 days notice',
      ),
      deadlines: [
        deadline(
          'ours',
          'quarter_end',
          'Our quarter end (bookings cut-off)',
          'hard',
          'Do not let them learn it: it tells them when we discount.',
        ),
        deadline(
          'theirs',
          'fiscal_year_end',
          'Their fiscal year end',
          'soft',
          'Unspent budget often has to be committed before it.',
        ),
        deadline('theirs', 'contract_expiry', 'Their current contract or licence expires', 'hard'),
        deadline('theirs', 'budget_cycle', 'Their budget for next year is set', 'soft'),
      ],
      risks: [
        risk(
          'assumption',
          'The budget for this purchase is approved',
          ['medium', 'high'],
          'Ask the economic buyer who signs off and when',
        ),
        risk(
          'risk',
          'Procurement asks for a competing bid late in the process',
          ['high', 'medium'],
          'Ask the champion whether a tender is planned',
        ),
        risk(
          'risk',
          'The security review delays signature past our quarter end',
          ['medium', 'high'],
          'Send the security pack now and ask for their review date',
        ),
        risk(
          'assumption',
          'Our champion still has influence on the decision',
          ['medium', 'medium'],
          'Check in the decision path who approves',
        ),
      ],
      relationshipGoal: 'preferred',
      meeting: {
        title: 'Discovery and proposal meeting',
        durationMinutes: 60,
        opening:
          'Thank you for the time. We would like to understand what a successful result looks like for you this year, then show you two ways we could get there, and agree the next steps before we leave.',
        agenda: [
          { title: 'Their goals, constraints and what success looks like', minutes: 20, phase: 'explore' },
          { title: 'Two or three packages of equal value to us', minutes: 15, phase: 'propose' },
          { title: 'What matters most to them, traded against what matters to us', minutes: 15, phase: 'trade' },
          { title: 'Summary, open points and who decides next', minutes: 10, phase: 'formalise' },
        ],
        commitments: [
          { text: 'Send the packages in writing with the open points', party: 'us' },
          { text: 'Confirm who approves and the date of their decision', party: 'them' },
        ],
      } satisfies TemplateMeeting,
    },
  },
  {
    key: 'procurement-vendor',
    name: 'Procurement / vendor management',
    context: 'procurement',
    description: 'Buying from a supplier: unit price, volume, delivery, service promises and a clean way out.',
    document: {
      version: TEMPLATE_VERSION,
      ourSide: 'buying',
      issues: [
        issue('Unit price', 'price', [30, 30], [], 'The number your budget owner will ask about.', {
          redLine: true,
          priority: 'must',
          standard: 'market',
          numbers: { kind: 'money', unit: 'per_year' },
        }),
        issue(
          'Volume and tiers',
          'scope',
          [10, 20],
          ['Fixed annual volume', 'Tiered discounts', 'Call-off as needed'],
          'Suppliers price certainty; flexibility costs you.',
          { tradeable: true },
        ),
        issue(
          'Delivery lead time',
          'delivery',
          [15, 10],
          ['4 weeks', '2 weeks', '1 week'],
          'Speed may cost the supplier little if planned early.',
          { priority: 'intend', numbers: { kind: 'days', values: [28, 14, 7] } },
        ),
        issue(
          'Payment terms',
          'payment_terms',
          [10, 15],
          ['Net 30', 'Net 60', 'Net 90'],
          'Working capital for you, cash flow for them.',
          { tradeable: true, priority: 'like', numbers: { kind: 'days', values: [30, 60, 90] } },
        ),
        issue(
          'Service credits',
          'service_level',
          [15, 10],
          ['None', 'Credits for missed targets', 'Credits and an exit right'],
          'Makes the service promise measurable.',
        ),
        issue(
          'Termination for convenience',
          'termination',
          [10, 10],
          ['Not allowed', 'After year one with 90 days notice', 'Any time with 30 days notice'],
          'Your way out if needs change.',
        ),
        issue(
          'Data ownership and exit',
          'data_rights',
          [10, 5],
          ['Supplier format only', 'Export on request', 'Full export in an open format'],
          'Switching later depends on it.',
          { tradeable: true },
        ),
      ],
      stakeholderRoles: [
        role('Budget owner', 'economic_buyer', 'Owns the spend and the business case.'),
        role('Requesting department', 'user', 'Lives with the supplier every day; often has a favourite.'),
        role('Legal', 'legal_procurement', 'Reviews liability, termination and data terms.'),
        role('Supplier account manager', 'decision_maker', 'Has targets of their own and some room to move.'),
        role('Information security', 'gatekeeper', 'Must approve any supplier that touches your data.'),
      ],
      questions: [
        'What would make this account more valuable to you than its size suggests?',
        'Which costs on your side change most with our order volume?',
        'How flexible is your delivery schedule if we commit earlier?',
        'What do your best customers agree to that we have not asked for yet?',
        'How do you usually handle missed service targets?',
      ],
      clauses: [
        clause('Delivery later than the agreed lead time', 'Price reduction of 2 % per week of delay'),
        clause('Service targets missed two months in a row', 'Right to terminate without penalty'),
        clause('Supplier raises list prices by more than the cap', 'Prices stay at the capped level'),
      ],
      teamRoles: [
        seat('lead', 'Category buyer', 'Leads the talks and decides in the room.'),
        seat('approver', 'Head of procurement', 'Approves awards and terms beyond the buyer’s limits.'),
        seat('expert', 'Requesting department', 'Confirms the specification and the service levels.'),
        seat('note_taker', 'Procurement analyst', 'Keeps the concession log and the offers received.'),
      ],
      governance: governance(
        'monthly',
        'Delivery on time, service targets met, invoices correct',
        'Change requests are priced before they are approved',
        'Exit plan with full data return within 30 days',
      ),
      deadlines: [
        deadline(
          'ours',
          'contract_expiry',
          'Our current contract expires',
          'hard',
          'Start early: a close expiry without a BATNA is our weakest position.',
        ),
        deadline('ours', 'notice_period', 'Last day to give notice on the current contract', 'hard'),
        deadline('ours', 'fiscal_year_end', 'Our budget year ends', 'soft'),
        deadline(
          'theirs',
          'quarter_end',
          'Their sales quarter ends',
          'soft',
          'Suppliers often concede most in the last days of a quarter.',
        ),
      ],
      risks: [
        risk(
          'assumption',
          'The supplier can deliver the volumes we forecast',
          ['medium', 'high'],
          'Ask for capacity figures and a reference of similar size',
        ),
        risk(
          'risk',
          'Switching supplier takes longer than the notice period',
          ['medium', 'high'],
          'Plan the migration with the requesting department',
        ),
        risk(
          'assumption',
          'Our volume forecast holds for the whole term',
          ['medium', 'medium'],
          'Confirm the forecast with finance',
        ),
        risk(
          'risk',
          'The supplier’s price rises at renewal wipe out the saving',
          ['medium', 'medium'],
          'Ask for a price cap in writing',
        ),
      ],
      relationshipGoal: 'reliable',
      meeting: {
        title: 'Supplier negotiation meeting',
        durationMinutes: 60,
        opening:
          'Thank you for your offer. Before we talk about price, we want to understand your cost drivers and capacity, then put two ways of working together on the table, and leave with clear next steps.',
        agenda: [
          { title: 'Their capacity, cost drivers and what they need from us', minutes: 20, phase: 'explore' },
          { title: 'Our two packages: volume commitment or flexible call-off', minutes: 15, phase: 'propose' },
          { title: 'Price against volume, term and payment terms', minutes: 15, phase: 'trade' },
          { title: 'Agreed points, open points and the revised offer date', minutes: 10, phase: 'formalise' },
        ],
        commitments: [
          { text: 'Send a revised offer on the agreed basis', party: 'them' },
          { text: 'Confirm the forecast volumes in writing', party: 'us' },
        ],
      } satisfies TemplateMeeting,
    },
  },
  {
    key: 'partnership-bd',
    name: 'Partnership / business development',
    context: 'partnership',
    description:
      'Building something together: how value is split, who may do what, and how the partnership is run and ended.',
    document: {
      version: TEMPLATE_VERSION,
      ourSide: 'other',
      issues: [
        issue('Revenue share', 'price', [25, 25], ['50/50', '60/40', '70/30'], 'How the joint value is split.', {
          redLine: true,
          priority: 'must',
          standard: 'precedent',
          numbers: { kind: 'percent', values: [50, 60, 70] },
        }),
        issue(
          'Exclusivity',
          'scope',
          [10, 20],
          ['Full exclusivity', 'In one segment', 'None'],
          'Worth a lot to one side and costly to the other.',
          { tradeable: true },
        ),
        issue('Territory', 'scope', [10, 10], ['One country', 'Region', 'Worldwide'], 'Where each side may go alone.'),
        issue(
          'Term and renewal',
          'term',
          [10, 10],
          ['1 year', '3 years', '5 years'],
          'Commitment against flexibility.',
          { priority: 'intend', numbers: { kind: 'months', values: [12, 36, 60] } },
        ),
        issue(
          'IP and data rights',
          'data_rights',
          [20, 15],
          ['Licence to the partner', 'Joint ownership', 'Each keeps its own'],
          'What happens to what you build together.',
        ),
        issue(
          'Co-marketing',
          'publicity',
          [10, 10],
          ['None', 'Joint announcement', 'Co-funded campaign'],
          'Visibility each side can give the other.',
          { tradeable: true },
        ),
        issue(
          'Exit terms',
          'termination',
          [15, 10],
          ['For cause only', 'With 6 months notice', 'At any renewal'],
          'How either side can leave cleanly.',
        ),
      ],
      stakeholderRoles: [
        role('Executive sponsor', 'decision_maker', 'Keeps the partnership on the agenda when priorities shift.'),
        role('Partner manager', 'influencer', 'Runs the partnership day to day.'),
        role('Product owner', 'influencer', 'Decides what gets built and when.'),
        role('Sales leadership', 'influencer', 'Decides whether their teams will actually sell it.'),
      ],
      questions: [
        'What does success look like for you at the end of the first year?',
        'Which of your existing partnerships works best, and why?',
        'What would make your sales team want to lead with this?',
        'What are you not willing to share with a partner?',
      ],
      clauses: [
        clause('Joint pipeline below the agreed target for two quarters', 'Exclusivity falls away'),
        clause(
          'Either side is acquired by a competitor of the other',
          'Right to end the partnership with 90 days notice',
        ),
      ],
      teamRoles: [
        seat('lead', 'Partnership lead', 'Leads the talks and owns the partnership afterwards.'),
        seat('approver', 'Managing director', 'Approves the revenue share and any exclusivity.'),
        seat('expert', 'Legal counsel', 'Reviews IP, data and exit terms.'),
      ],
      governance: governance(
        'quarterly',
        'Joint pipeline, deals won together, partner satisfaction',
        'The steering meeting of both sponsors decides; disputes go to them before any lawyer',
        'Six months notice; customers already won stay served',
      ),
      deadlines: [
        deadline('shared', 'go_live', 'Joint launch or first campaign', 'soft'),
        deadline('ours', 'approval_meeting', 'Our board or steering meeting', 'hard'),
        deadline('theirs', 'approval_meeting', 'Their board or steering meeting', 'hard'),
        deadline('theirs', 'fiscal_year_end', 'Their fiscal year end', 'soft'),
      ],
      risks: [
        risk(
          'assumption',
          'Their sales team will actively sell the joint offer',
          ['medium', 'high'],
          'Ask for their pipeline targets and incentive plan',
        ),
        risk(
          'risk',
          'A competitor offers them a better revenue share',
          ['medium', 'high'],
          'Ask which other partners they are talking to',
        ),
        risk(
          'assumption',
          'Both sponsors stay in their roles for the first year',
          ['low', 'high'],
          'Name a second sponsor on each side',
        ),
      ],
      relationshipGoal: 'strategic',
      meeting: {
        title: 'Joint business planning workshop',
        durationMinutes: 90,
        opening:
          'We are here to find out whether there is a partnership that grows both our businesses. We propose to start with what each side wants to achieve, then test two models of working together, and end with the steps to a pilot.',
        agenda: [
          { title: 'Each side’s goals, customers and what the other side brings', minutes: 30, phase: 'explore' },
          { title: 'Two partnership models: revenue share or fixed fee', minutes: 20, phase: 'propose' },
          { title: 'Exclusivity, territory and investment against each other', minutes: 25, phase: 'trade' },
          { title: 'Pilot scope, owners and the date of the next review', minutes: 15, phase: 'formalise' },
        ],
        commitments: [
          { text: 'Draft a one-page pilot proposal', party: 'us' },
          { text: 'Name their sponsor and share the target customer list', party: 'them' },
        ],
      } satisfies TemplateMeeting,
    },
  },
  {
    key: 'hiring-offer',
    name: 'Hiring offer',
    context: 'hiring',
    description: 'Agreeing an offer with a candidate: pay, timing, flexibility and growth.',
    document: {
      version: TEMPLATE_VERSION,
      ourSide: 'buying',
      issues: [
        issue('Base salary', 'price', [30, 30], [], 'The first number discussed; anchored by the salary band.', {
          redLine: true,
          priority: 'must',
          standard: 'policy',
          numbers: { kind: 'money', unit: 'per_year' },
        }),
        issue(
          'Bonus or equity',
          'price',
          [15, 15],
          ['Bonus and equity', 'Target bonus', 'None'],
          'Variable pay can bridge a gap in base salary.',
          { tradeable: true },
        ),
        issue(
          'Start date',
          'delivery',
          [15, 5],
          ['In 3 months', 'In 2 months', 'In 1 month'],
          'Timing matters to each side differently.',
        ),
        issue(
          'Remote days per week',
          'scope',
          [5, 20],
          ['5 days', '3 days', '2 days', '0 days'],
          'Often cheap for the employer and valued by the candidate.',
          { tradeable: true, priority: 'like', numbers: { kind: 'count', unit: 'days a week', values: [5, 3, 2, 0] } },
        ),
        issue('Title and level', 'scope', [10, 10], ['One level up', 'As advertised'], 'Shapes the next career step.'),
        issue(
          'Learning budget',
          'other',
          [5, 10],
          ['Annual budget', 'One conference per year', 'None'],
          'An investment in the person at a known cost.',
          { tradeable: true },
        ),
        issue(
          'Notice period',
          'termination',
          [20, 10],
          ['1 month', '2 months', '3 months'],
          'Protection for both sides.',
        ),
      ],
      stakeholderRoles: [
        role('Hiring manager', 'decision_maker', 'Owns the need and the team the person joins.'),
        role('Recruiter', 'gatekeeper', 'Knows the band, the process and the competing offers.'),
        role('Compensation partner', 'economic_buyer', 'Approves anything outside the band.'),
        role('Candidate', 'decision_maker', 'Weighs this offer against their current job and other offers.'),
      ],
      questions: [
        'What would make this the easy choice for you?',
        'Which parts of the offer matter most to you, apart from salary?',
        'What timing would work best with your current employer?',
        'What would you need to see in your first year to feel it was the right move?',
      ],
      clauses: [clause('Agreed goals met at the six-month review', 'Salary review brought forward by six months')],
      teamRoles: [
        seat('lead', 'Hiring manager', 'Makes the offer and answers the candidate’s questions.'),
        seat('approver', 'HR business partner', 'Approves pay outside the band and special terms.'),
      ],
      governance: governance(
        'none',
        'Goals for the first six months, agreed in the first week',
        'Written offer within two working days of a verbal yes',
        'Notice period as agreed in the contract',
      ),
      deadlines: [
        deadline('theirs', 'notice_period', 'Candidate’s notice period at their current employer', 'hard'),
        deadline('ours', 'go_live', 'Start date we need', 'soft'),
        deadline(
          'theirs',
          'other',
          'Deadline of the candidate’s other offer',
          'hard',
          'Ask openly; candidates usually tell.',
        ),
        deadline('ours', 'budget_cycle', 'Headcount budget approved until', 'hard'),
      ],
      risks: [
        risk(
          'risk',
          'The candidate accepts a counter-offer from their employer',
          ['medium', 'high'],
          'Ask what would make them stay where they are',
        ),
        risk(
          'assumption',
          'The salary band covers what the candidate expects',
          ['medium', 'high'],
          'Ask for their expectations early',
        ),
        risk(
          'risk',
          'A competing offer arrives before ours',
          ['medium', 'medium'],
          'Ask about their timeline in the first call',
        ),
      ],
      relationshipGoal: 'reliable',
      meeting: {
        title: 'Offer conversation',
        durationMinutes: 45,
        opening:
          'We are glad to be making you an offer. Before the numbers, we would like to hear what matters most to you in this move, so the offer fits.',
        agenda: [
          { title: 'What matters most to them: role, growth, timing, money', minutes: 15, phase: 'explore' },
          { title: 'Two offer packages of equal cost to us', minutes: 10, phase: 'propose' },
          { title: 'Start date, salary, bonus and benefits against each other', minutes: 15, phase: 'trade' },
          { title: 'What happens next and by when', minutes: 5, phase: 'formalise' },
        ],
        commitments: [
          { text: 'Send the written offer', party: 'us' },
          { text: 'Answer by the agreed date, with any open question first', party: 'them' },
        ],
      } satisfies TemplateMeeting,
    },
  },
];

export const findBuiltInTemplate = (key: string) => BUILT_IN_TEMPLATES.find((t) => t.key === key);
