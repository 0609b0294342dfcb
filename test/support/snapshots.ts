import { BATNA_DEFAULTS } from '../../core/batna';
import { ISSUE_DETAIL_DEFAULTS, type Issue, OPTION_DETAIL_DEFAULTS } from '../../core/issues';
import type { DealSnapshot, SnapshotStakeholder } from '../../core/snapshot';

/** Pure snapshots for unit tests: `readySnapshot()` passes every readiness rule. */
let counter = 0;
export const uid = () => {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
};

export function issue(
  name: string,
  weightUs: number,
  weightThem: number,
  options: [string, number, number][],
  extra: Partial<Issue> = {},
): Issue {
  const id = uid();
  return {
    id,
    dealId: 'd',
    name,
    category: 'other',
    weightUs,
    weightThem,
    tradeable: false,
    redLine: false,
    notes: '',
    ...ISSUE_DETAIL_DEFAULTS,
    position: 0,
    options: options.map(([label, ourScore, theirScore], position) => ({
      id: uid(),
      issueId: id,
      label,
      ourScore,
      theirScore,
      ...OPTION_DETAIL_DEFAULTS,
      position,
    })),
    ...extra,
  };
}

export function stakeholder(fields: Partial<SnapshotStakeholder>): SnapshotStakeholder {
  return {
    id: uid(),
    side: 'theirs',
    name: 'Someone',
    title: '',
    role: 'influencer',
    influence: 3,
    stance: 'neutral',
    interests: 'Wants a smooth rollout',
    mustHaves: '',
    redLines: '',
    faceSaving: '',
    politicalCapital: '',
    relationshipNotes: '',
    ...fields,
  };
}

export function readySnapshot(): DealSnapshot {
  const price = issue('Price', 60, 30, [
    ['€100k', 0, 100],
    ['€120k', 100, 0],
  ]);
  const term = issue(
    'Term',
    40,
    70,
    [
      ['1 year', 100, 0],
      ['3 years', 0, 100],
    ],
    { category: 'term' },
  );
  const anchorId = uid();
  const evidenceId = uid();
  return {
    deal: {
      id: 'd',
      title: 'Ready deal',
      counterparty: 'Acme',
      context: 'sales',
      ourSide: 'selling',
      currency: 'EUR',
      status: 'preparing',
      targetCloseDate: '2027-01-31',
      notes: '',
      archived: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    takenAt: '2026-06-01T10:00:00.000Z',
    batna: {
      ...BATNA_DEFAULTS,
      dealId: 'd',
      updatedAt: null,
      ourCourse: 'Sell the capacity to Beta Corp',
      ourValueMoney: 90_000,
      ourValuePoints: 50,
      ourConfidence: 'medium',
      theirDescription: 'Build it in-house',
      theirConfidence: 'low',
      mainIssueId: price.id,
      ourReservation: 95_000,
      ourTarget: 120_000,
      theirReservation: 115_000,
    },
    batnaActions: [],
    issues: [
      {
        ...price,
        numericKind: 'money',
        unit: 'one_off',
        options: price.options.map((o, k) => ({ ...o, value: k === 0 ? 100_000 : 120_000 })),
        priority: 'must',
        standard: 'market',
        legitimacy: 'Benchmark of five peers',
      },
      term,
    ],
    interests: {
      positions: [],
      interests: [
        {
          id: uid(),
          dealId: 'd',
          party: 'them',
          text: 'Predictable budget',
          priority: 'high',
          shared: false,
          issueIds: [],
          stakeholderId: null,
          position: 0,
        },
      ],
      questions: [
        {
          id: uid(),
          dealId: 'd',
          text: 'How is the budget set?',
          interestId: null,
          issueId: null,
          answer: '',
          position: 0,
        },
      ],
    },
    progress: { details: { state: 'complete', reason: '' }, batna: { state: 'complete', reason: '' } },
    counterparty: {
      stakeholders: [
        stakeholder({ name: 'Dana', role: 'decision_maker', influence: 5, stance: 'supporter' }),
        stakeholder({
          name: 'Kim',
          role: 'legal_procurement',
          influence: 4,
          stance: 'sceptic',
          faceSaving: 'Standard terms',
        }),
      ],
      decisionSteps: [{ id: uid(), approval: 'CFO sign-off', stakeholderId: null, dueDate: null, notes: '' }],
    },
    leverage: {
      items: [],
      actions: [],
      noDeal: { ourLoss: 'x', ourLossSeverity: 2, theirLoss: 'y', theirLossSeverity: 4, verdict: 'them' },
    },
    evidence: {
      items: [
        {
          id: evidenceId,
          title: 'Benchmark',
          kind: 'benchmark',
          source: '',
          date: null,
          link: '',
          credibility: 'high',
          notes: '',
        },
      ],
      claims: [],
      links: [{ evidenceId, target: 'anchor', targetId: anchorId }],
    },
    anchors: {
      anchors: [
        {
          id: anchorId,
          issueId: price.id,
          issueLabel: 'Price',
          unit: 'EUR',
          opening: 125_000,
          rangeLow: 110_000,
          rangeHigh: 130_000,
          rationale: 'Market rate',
          firstMove: 'us',
          firstMoveReason: '',
          expectedCounter: null,
          expectedCounterNote: '',
        },
      ],
      ladderSteps: [{ id: uid(), anchorId, value: 122_000, give: 'Lower price', ask: 'Three-year term' }],
    },
    team: {
      members: [{ id: 'rep', name: 'Sam Rep', role: 'lead', title: 'Account executive', responsibility: 'Pricing' }],
      limits: [{ id: 'lim', issueId: price.id, memberId: 'rep', limit: 100_000, note: '' }],
    },
    concessions: {
      concessions: [
        {
          id: uid(),
          item: 'Onboarding',
          give: 'Free onboarding',
          get: 'Case study',
          valueToUs: 5,
          valueToThem: 10,
          trigger: '',
          when: '',
          status: 'planned',
          issueId: null,
          value: null,
        },
      ],
      clauses: [
        {
          id: uid(),
          metric: 'uptime',
          comparator: 'lt',
          threshold: 99.9,
          unit: '%',
          period: 'month',
          remedy: '5 % credit',
          measuredBy: 'Ops',
          dataSource: 'Monitoring',
        },
      ],
      governance: { reviewCadence: 'quarterly', metrics: '', changeProcess: '', exitTerms: 'Six months notice' },
      budget: { money: 10_000, points: 10 },
    },
    meetings: readyMeetings(),
    risks: {
      deadlines: [
        {
          id: uid(),
          side: 'ours',
          kind: 'quarter_end',
          label: 'Q1 bookings cut-off',
          date: '2027-03-31',
          firmness: 'hard',
          theyKnow: 'yes',
          weKnow: 'confirmed',
          note: '',
        },
        {
          id: uid(),
          side: 'theirs',
          kind: 'fiscal_year_end',
          label: 'Their fiscal year end',
          date: '2026-12-31',
          firmness: 'soft',
          theyKnow: 'unsure',
          weKnow: 'estimated',
          note: 'Unspent budget lapses',
        },
      ],
      relationship: { goal: 'preferred', description: 'Their first call for every new site' },
      trustActions: [{ id: uid(), action: 'Send the reference list', owner: 'Sam', due: '2026-07-01', done: false }],
      risks: [
        {
          id: uid(),
          statement: 'The budget is approved',
          kind: 'assumption',
          likelihood: 'medium',
          impact: 'high',
          verification: 'Ask Dana',
          owner: 'Sam',
          verified: true,
        },
        {
          id: uid(),
          statement: 'Procurement asks for a second bid',
          kind: 'risk',
          likelihood: 'high',
          impact: 'high',
          verification: 'Ask the champion whether a tender is planned',
          owner: 'Sam',
          verified: false,
        },
      ],
    },
    meso: {
      settings: {
        targetPoints: 60,
        tolerance: 3,
        floorPoints: null,
        suggestCount: 3,
        offerSender: 'Anna Berg, Key account manager',
        offerDate: '2027-01-15',
        offerValidUntil: '2027-02-28',
        offerBasis: '14 000 pallets a year over 3 lanes, 24-month term',
      },
      offers: [
        {
          id: uid(),
          kind: 'ours',
          label: 'A',
          fromName: '',
          choices: { [price.id]: price.options[1]?.id ?? '', [term.id]: term.options[1]?.id ?? '' },
        },
        {
          id: uid(),
          kind: 'ours',
          label: 'B',
          fromName: '',
          choices: { [price.id]: price.options[1]?.id ?? '', [term.id]: term.options[1]?.id ?? '' },
        },
      ],
    },
  };
}

/** One planned meeting that passes every meeting rule: dated before the close, timed, opened, asked, committed. */
export function readyMeetings(): NonNullable<DealSnapshot['meetings']> {
  const meetingId = uid();
  const explore = uid();
  const trade = uid();
  return {
    meetings: [
      {
        id: meetingId,
        title: 'Renewal workshop',
        date: '2026-12-01',
        time: '10:00',
        durationMinutes: 60,
        location: 'Their office, Lyon',
        opening: 'Thank you for the time. We want a renewal that fits your budget cycle and your growth.',
        disclose: 'Our uptime figures and the reference customers.',
        withhold: 'Our reservation point of 95,000 and the Beta Corp alternative.',
      },
    ],
    agendaItems: [
      { id: explore, meetingId, title: 'Their priorities for next year', minutes: 20, phase: 'explore', notes: '' },
      { id: uid(), meetingId, title: 'Two packages', minutes: 15, phase: 'propose', notes: '' },
      { id: trade, meetingId, title: 'Term against price', minutes: 20, phase: 'trade', notes: '' },
    ],
    agendaQuestions: [{ id: uid(), agendaItemId: explore, questionId: null, text: 'What must go right this year?' }],
    commitments: [
      {
        id: uid(),
        meetingId,
        text: 'Send the two packages in writing',
        party: 'us',
        owner: 'Sam',
        due: null,
        done: false,
      },
    ],
  };
}
