import type { DealContext } from './deal';
import type { IssueCategory } from './issues';

export interface StarterIssue {
  /** Stable key, so the API can name a suggestion without trusting free text. */
  id: string;
  name: string;
  category: IssueCategory;
  /** Typical values, in order; the user scores them. */
  options: string[];
  why: string;
}

/**
 * Issues that usually matter in each kind of deal. Only suggestions: the user ticks the
 * ones to add, and nothing is added without that.
 */
export const STARTER_ISSUES: Record<DealContext, StarterIssue[]> = {
  sales: [
    { id: 'sales-price', name: 'Price', category: 'price', options: [], why: 'Usually the headline number.' },
    {
      id: 'sales-term',
      name: 'Contract length',
      category: 'term',
      options: ['12 months', '24 months', '36 months'],
      why: 'A longer commitment can pay for a better price.',
    },
    {
      id: 'sales-payment',
      name: 'Payment terms',
      category: 'payment_terms',
      options: ['30 days', '45 days', '60 days'],
      why: 'Cash timing is cheap to move for one side and dear for the other.',
    },
    {
      id: 'sales-volume',
      name: 'Volume commitment',
      category: 'scope',
      options: ['No minimum', 'Committed minimum', 'Committed minimum with growth tier'],
      why: 'Certainty of volume is worth money to you.',
    },
    {
      id: 'sales-sla',
      name: 'Service level',
      category: 'service_level',
      options: ['Standard', 'Priority support', 'Dedicated contact'],
      why: 'Often cheap to give and valued by the buyer.',
    },
    {
      id: 'sales-rollout',
      name: 'Rollout schedule',
      category: 'delivery',
      options: ['All at once', 'Two phases', 'Pilot first'],
      why: 'Phasing changes risk on both sides.',
    },
    {
      id: 'sales-reference',
      name: 'Reference and case study',
      category: 'publicity',
      options: ['None', 'Logo use', 'Public case study'],
      why: 'Cheap for many buyers, valuable for your marketing.',
    },
    {
      id: 'sales-renewal',
      name: 'Renewal price cap',
      category: 'price',
      options: ['No cap', 'Capped at inflation', 'Fixed for the next term'],
      why: 'Buyers fear the second-year increase.',
    },
  ],
  procurement: [
    { id: 'proc-price', name: 'Unit price', category: 'price', options: [], why: 'The number finance will ask about.' },
    {
      id: 'proc-volume',
      name: 'Volume and tiers',
      category: 'scope',
      options: ['Fixed volume', 'Tiered discounts', 'Call-off as needed'],
      why: 'Suppliers price certainty.',
    },
    {
      id: 'proc-delivery',
      name: 'Delivery lead time',
      category: 'delivery',
      options: ['4 weeks', '2 weeks', '1 week'],
      why: 'Speed may cost the supplier little.',
    },
    {
      id: 'proc-payment',
      name: 'Payment terms',
      category: 'payment_terms',
      options: ['30 days', '60 days', '90 days'],
      why: 'Working capital for you, cash flow for them.',
    },
    {
      id: 'proc-warranty',
      name: 'Warranty',
      category: 'warranty',
      options: ['12 months', '24 months', '36 months'],
      why: 'Risk you can move to the supplier.',
    },
    {
      id: 'proc-credits',
      name: 'Service credits',
      category: 'service_level',
      options: ['None', 'Credits for missed targets', 'Credits and exit right'],
      why: 'Makes service promises measurable.',
    },
    {
      id: 'proc-termination',
      name: 'Termination for convenience',
      category: 'termination',
      options: ['Not allowed', '90 days notice', '30 days notice'],
      why: 'Your way out if needs change.',
    },
    {
      id: 'proc-data',
      name: 'Data ownership and exit',
      category: 'data_rights',
      options: ['Supplier format', 'Export on request', 'Full export in open format'],
      why: 'Switching later depends on it.',
    },
  ],
  partnership: [
    {
      id: 'part-share',
      name: 'Revenue share',
      category: 'price',
      options: ['70/30', '60/40', '50/50'],
      why: 'How the joint value is split.',
    },
    {
      id: 'part-exclusivity',
      name: 'Exclusivity',
      category: 'scope',
      options: ['None', 'In one segment', 'Full exclusivity'],
      why: 'Worth a lot to one side, costly to the other.',
    },
    {
      id: 'part-territory',
      name: 'Territory',
      category: 'scope',
      options: ['One country', 'Region', 'Worldwide'],
      why: 'Defines where each side may go alone.',
    },
    {
      id: 'part-term',
      name: 'Term and renewal',
      category: 'term',
      options: ['1 year', '3 years', '5 years'],
      why: 'Commitment against flexibility.',
    },
    {
      id: 'part-ip',
      name: 'IP and data rights',
      category: 'data_rights',
      options: ['Each keeps its own', 'Joint ownership', 'Licence to the partner'],
      why: 'What happens to what you build together.',
    },
    {
      id: 'part-governance',
      name: 'Governance',
      category: 'governance',
      options: ['Informal', 'Quarterly steering', 'Joint board'],
      why: 'How disputes and decisions are handled.',
    },
    {
      id: 'part-marketing',
      name: 'Joint marketing',
      category: 'publicity',
      options: ['None', 'Joint announcement', 'Co-funded campaign'],
      why: 'Visibility each side can give.',
    },
    {
      id: 'part-exit',
      name: 'Exit terms',
      category: 'termination',
      options: ['For cause only', 'With 6 months notice', 'At any renewal'],
      why: 'How either side can leave cleanly.',
    },
  ],
  hiring: [
    { id: 'hire-salary', name: 'Base salary', category: 'price', options: [], why: 'The first number discussed.' },
    {
      id: 'hire-bonus',
      name: 'Bonus or equity',
      category: 'price',
      options: ['None', 'Target bonus', 'Bonus and equity'],
      why: 'Variable pay can bridge a salary gap.',
    },
    {
      id: 'hire-start',
      name: 'Start date',
      category: 'delivery',
      options: ['In 1 month', 'In 2 months', 'In 3 months'],
      why: 'Timing matters to both sides differently.',
    },
    {
      id: 'hire-remote',
      name: 'Remote days per week',
      category: 'scope',
      options: ['0 days', '2 days', '3 days', '5 days'],
      why: 'Often cheap for the employer and valued by the candidate.',
    },
    {
      id: 'hire-title',
      name: 'Title and level',
      category: 'scope',
      options: ['As advertised', 'One level up'],
      why: 'Shapes the next career step.',
    },
    {
      id: 'hire-leave',
      name: 'Paid leave',
      category: 'term',
      options: ['25 days', '28 days', '30 days'],
      why: 'A small cost with visible value.',
    },
    {
      id: 'hire-learning',
      name: 'Learning budget',
      category: 'other',
      options: ['None', 'Conference per year', 'Annual budget'],
      why: 'Investment in the person.',
    },
    {
      id: 'hire-notice',
      name: 'Notice period',
      category: 'termination',
      options: ['1 month', '2 months', '3 months'],
      why: 'Protection for both sides.',
    },
  ],
  other: [
    { id: 'other-price', name: 'Price', category: 'price', options: [], why: 'Most deals have a headline number.' },
    {
      id: 'other-term',
      name: 'Duration',
      category: 'term',
      options: ['Short', 'Medium', 'Long'],
      why: 'How long both sides are bound.',
    },
    {
      id: 'other-scope',
      name: 'Scope',
      category: 'scope',
      options: ['Narrow', 'As proposed', 'Extended'],
      why: 'What exactly is included.',
    },
    {
      id: 'other-timing',
      name: 'Timing',
      category: 'delivery',
      options: ['Later', 'As planned', 'Sooner'],
      why: 'When things happen.',
    },
    {
      id: 'other-exit',
      name: 'Exit terms',
      category: 'termination',
      options: ['Fixed term', 'With notice', 'At will'],
      why: 'How either side can leave.',
    },
  ],
};

export function findStarterIssue(id: string): StarterIssue | undefined {
  for (const list of Object.values(STARTER_ISSUES)) {
    const found = list.find((s) => s.id === id);
    if (found) return found;
  }
  return undefined;
}
