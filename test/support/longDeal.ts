/**
 * A selling deal filled the way users really type (the Vinterberg Hotels scenario in the
 * shared scenarios): long sentences, accents, thousands separators, every step and the
 * debrief. The layout and accessibility walk renders every screen with it.
 */
import { addIssueThroughApi } from './issues';
import type { CallApi } from './seedDeal';

interface Row {
  id: string;
}
interface IssueRow extends Row {
  options: Row[];
}

const ISSUES = [
  {
    name: 'Annual price for the managed guest-Wi-Fi and network service across all 42 hotels',
    category: 'price',
    weights: [40, 35],
    options: ['1 050 000 NOK per year', '1 180 000 NOK per year', '1 260 000 NOK per year (list price)'],
  },
  {
    name: 'Contract term',
    category: 'term',
    weights: [25, 10],
    options: ['12 months with a renewal option', '24 months', '36 months with a price review after month 24'],
  },
  {
    name: 'Rollout before the high season starts in May',
    category: 'delivery',
    weights: [10, 25],
    options: ['Split over two quarters', 'All hotels before 1 May'],
  },
  {
    name: 'Payment terms',
    category: 'payment_terms',
    weights: [5, 15],
    options: ['Net 30', 'Net 45', 'Net 60 if they sign for 36 months'],
  },
  {
    name: 'On-site response time for hotel outages',
    category: 'service_level',
    weights: [20, 15],
    options: ['Next business day', '8 hours', '4 hours, every day of the year'],
  },
] as const;

export async function seedLongDeal(api: CallApi): Promise<string> {
  const deal = (await api('deals.create', {
    title: 'Vinterberg Hotels: guest-Wi-Fi & network refresh, 3 years (42 hotels, Norway, Sweden and Denmark)',
    counterparty: 'Vinterberg Hotels AS — Group procurement, Ålesund head office',
    context: 'sales',
    ourSide: 'selling',
    currency: 'NOK',
    targetCloseDate: '2027-03-31',
    notes:
      'The CFO froze capital spending until Q3; everything we propose must read as operating cost. Mathias Ødegaard has championed us since the pilot in Tromsø, but procurement runs the process and will ask for a second bid.',
  })) as Row;
  const dealId = deal.id;

  const issues: IssueRow[] = [];
  for (const spec of ISSUES) {
    const issue = (await addIssueThroughApi(
      api,
      dealId,
      {
        name: spec.name,
        category: spec.category,
        weightUs: spec.weights[0],
        weightThem: spec.weights[1],
        notes: 'They will compare this with the incumbent’s 12-month extension offer, line by line.',
      },
      [...spec.options],
    )) as IssueRow;
    const n = issue.options.length;
    const scale = (k: number) => Math.round((k / (n - 1)) * 100);
    await api('issues.setScores', {
      issueId: issue.id,
      side: 'us',
      scores: issue.options.map((o, k) => ({ id: o.id, score: scale(k) })),
    });
    await api('issues.setScores', {
      issueId: issue.id,
      side: 'them',
      scores: issue.options.map((o, k) => ({ id: o.id, score: spec.category === 'term' ? 40 : 100 - scale(k) })),
    });
    issues.push(issue);
  }

  await api('batna.update', {
    dealId,
    patch: {
      ourDescription:
        'Redeploy the install team to the Øresund airport project, which runs at a margin of about 22 % and starts in April whether or not Vinterberg signs.',
      ourCourse: 'Confirm the Øresund start date with Kastrup Airport operations and move two crews there in March.',
      ourValueMoney: 1_020_000,
      ourConfidence: 'medium',
      theirDescription:
        'Stay with the incumbent on a 12-month extension at about 1 100 000 NOK, plus two more high seasons of guest complaints about the Wi-Fi in rooms and conference halls.',
      theirConfidence: 'high',
      ourReservation: 1_050_000,
      ourTarget: 1_180_000,
      theirReservation: 1_240_000,
      mainIssueId: issues[0]?.id ?? null,
    },
  });
  await api('rows.create', {
    table: 'batnaActions',
    dealId,
    fields: {
      text: 'Get a written start date for the Øresund airport project from the programme office before the first meeting.',
    },
  });

  const interest = (await api('rows.create', {
    table: 'interests',
    dealId,
    fields: {
      party: 'them',
      text: 'No outage at all during the high season (May to September), when conference bookings carry the whole year’s margin.',
    },
  })) as Row;
  await api('rows.update', { table: 'interests', id: interest.id, patch: { priority: 'high' } });
  await api('rows.create', {
    table: 'interests',
    dealId,
    fields: {
      party: 'them',
      text: 'Keep cash in this fiscal year: the CFO must show the board a flat capital budget until Q3.',
    },
  });
  await api('rows.create', {
    table: 'interests',
    dealId,
    fields: {
      party: 'us',
      text: 'A three-year reference customer in hospitality that we can name in the Copenhagen and Stockholm tenders.',
    },
  });
  await api('rows.create', {
    table: 'positions',
    dealId,
    fields: {
      party: 'them',
      text: 'We will not pay more than the incumbent’s 1 100 000 NOK a year, and we need net 60 payment terms on every invoice.',
    },
  });
  await api('rows.create', {
    table: 'diagnosticQuestions',
    dealId,
    fields: {
      text: 'What did last summer’s Wi-Fi complaints cost you in refunds and lost conference bookings, hotel by hotel?',
    },
  });

  const people = [
    {
      name: 'Ingrid Solberg',
      title: 'Chief Financial Officer, Vinterberg Hotels Group',
      role: 'economic_buyer',
      influence: 5,
      stance: 'sceptic',
      interests:
        'Capital expenditure freeze until Q3; wants every cost to be operating expense and predictable per room.',
    },
    {
      name: 'Mathias Ødegaard',
      title: 'Head of IT and Digital Guest Experience',
      role: 'decision_maker',
      influence: 4,
      stance: 'supporter',
      interests: 'Fewer tickets from hotel managers in the summer; a single supplier for network and guest Wi-Fi.',
    },
    {
      name: 'Group procurement desk',
      title: 'Strategic sourcing, indirect spend',
      role: 'legal_procurement',
      influence: 3,
      stance: 'neutral',
      interests: 'A documented competitive process with at least two bids and a price benchmark per room.',
    },
    {
      name: 'Kari Nordahl-Bjørnstad',
      title: 'Regional General Manager, West Coast hotels',
      role: 'influencer',
      influence: 2,
      stance: 'supporter',
      interests: 'Guest satisfaction scores, which count towards her bonus and are dragged down by Wi-Fi reviews.',
    },
  ] as const;
  const stakeholders: Row[] = [];
  for (const person of people) {
    stakeholders.push(
      (await api('rows.create', {
        table: 'stakeholders',
        dealId,
        fields: {
          ...person,
          relationshipNotes: 'Met twice at the Bergen pilot review; prefers numbers on one page before any meeting.',
          faceSaving: 'Must be able to tell the board the group negotiated hard and got a better deal than list.',
        },
      })) as Row,
    );
  }
  await api('rows.create', {
    table: 'decisionSteps',
    dealId,
    fields: {
      approval: 'The CFO approves any operating commitment above 1 000 000 NOK a year before procurement signs.',
      stakeholderId: stakeholders[0]?.id ?? null,
      dueDate: '2027-02-15',
    },
  });
  await api('rows.create', {
    table: 'leverageItems',
    dealId,
    fields: {
      holder: 'ours',
      kind: 'positive',
      description:
        'Phased rollout plus net-60 terms keep their capital budget flat until Q3, which the incumbent cannot offer.',
      strength: 4,
    },
  });
  await api('rows.create', {
    table: 'leverageItems',
    dealId,
    fields: {
      holder: 'theirs',
      kind: 'negative',
      description:
        'They can stretch the decision past February, which would push our install crews into the airport project for good.',
      strength: 3,
    },
  });
  await api('noDeal.update', {
    dealId,
    patch: {
      ourLoss: 'Idle install crews for six weeks and no hospitality reference before the Copenhagen tender.',
      theirLoss: 'Another high season of guest complaints and a rushed tender in autumn.',
      ourLossSeverity: 2,
      theirLossSeverity: 4,
      verdict: 'them',
    },
  });
  const anchor = (await api('rows.create', {
    table: 'anchors',
    dealId,
    fields: {
      issueId: issues[0]?.id ?? null,
      issueLabel: 'Annual price for the managed service',
      unit: 'NOK',
      opening: 1_260_000,
      rangeLow: 1_150_000,
      rangeHigh: 1_290_000,
      rationale:
        'The per-room benchmark puts comparable hotel groups at 2 400–2 700 NOK a room a year; 42 hotels and 480 rooms on average puts list price inside that range.',
      firstMove: 'us',
    },
  })) as Row;
  await api('rows.create', {
    table: 'ladderSteps',
    dealId,
    fields: {
      anchorId: anchor.id,
      value: 1_210_000,
      give: 'Drop 4 % off list for the full group',
      ask: 'A 36-month term and a named reference we can use in the Copenhagen tender',
    },
  });
  const evidenceTitles = [
    'Vinterberg’s own TripAdvisor Wi-Fi complaint rate, 2024–2026, by hotel and by month (PDF export)',
    'Per-room network cost benchmark across eleven Nordic hotel groups, published by the hospitality IT forum',
    'Case reference: Fjordline Hotels cut Wi-Fi complaints by 71 % in the first summer after the refresh',
  ];
  for (const [i, title] of evidenceTitles.entries()) {
    const item = (await api('rows.create', {
      table: 'evidence',
      dealId,
      fields: { title, source: 'Hospitality IT forum, annual benchmark report, pages 14–22', credibility: 'high' },
    })) as Row;
    if (i === 1) await api('evidenceLinks.link', { evidenceId: item.id, target: 'anchor', targetId: anchor.id });
  }
  await api('rows.create', {
    table: 'concessions',
    dealId,
    fields: {
      item: 'Payment terms',
      give: 'Net 60 payment terms on every invoice, starting with the first quarter',
      get: 'A signed 36-month term with a price review only after month 24',
      valueToUs: 18_000,
      valueToThem: 60_000,
      when: 'Only after they have named the term they can sign, never as an opening gift',
    },
  });
  await api('rows.create', {
    table: 'contingentClauses',
    dealId,
    fields: {
      metric: 'guest-Wi-Fi complaints as a share of all reviews',
      comparator: 'gt',
      threshold: 2,
      unit: '%',
      period: 'month',
      remedy: 'a 5 % credit on that month’s service fee for the hotels concerned',
      measuredBy: 'Vinterberg guest experience team',
      dataSource: 'TripAdvisor and Booking.com review exports',
    },
  });
  const pick = (k: number[]) => Object.fromEntries(issues.map((issue, i) => [issue.id, issue.options[k[i] ?? 0]?.id]));
  await api('meso.updateSettings', { dealId, patch: { targetPoints: 60, tolerance: 8 } });
  await api('rows.create', {
    table: 'mesoOffers',
    dealId,
    fields: { kind: 'ours', label: 'A — 36 months, 1 150 000 NOK, net 60', choices: pick([1, 2, 1, 2, 1]) },
  });
  await api('rows.create', {
    table: 'mesoOffers',
    dealId,
    fields: { kind: 'ours', label: 'B — 24 months, 1 210 000 NOK, net 45', choices: pick([2, 1, 0, 1, 1]) },
  });
  await api('rows.create', {
    table: 'mesoOffers',
    dealId,
    fields: {
      kind: 'received',
      label: 'Procurement counter after meeting 1',
      fromName: 'Vinterberg Hotels AS, Group procurement',
      choices: pick([0, 2, 1, 2, 2]),
    },
  });
  await api('governance.update', {
    dealId,
    patch: {
      reviewCadence: 'quarterly',
      exitTerms:
        'Either side may leave after month 24 with six months’ notice; equipment is bought back at book value.',
    },
  });

  await api('debrief.update', {
    dealId,
    patch: {
      outcome: 'agreed',
      closingDate: '2027-03-20',
      whatWorked:
        'Leading with the complaint-rate evidence moved the talk from price to summer outages within ten minutes.',
      whatDidNot: 'We gave net 60 before they committed to 36 months, so the term came back on the table twice.',
      relationshipHealth: 4,
      satisfaction: 3,
    },
  });
  for (const [i, issue] of issues.entries()) {
    await api('debrief.setAgreed', { dealId, issueId: issue.id, optionId: issue.options[i % 2]?.id ?? null });
  }
  await api('rows.create', {
    table: 'debriefMoments',
    dealId,
    fields: {
      phase: 'bargaining',
      typeKey: 'early-flexibility',
      quote: 'We can accept net 60 if that helps your budget — said before they had named any term they could sign.',
      effect: -1,
      lesson: 'Tie every concession to something named in return before saying it aloud.',
    },
  });
  await api('rows.create', {
    table: 'debriefLessons',
    dealId,
    fields: {
      text: 'Ask for the term they can sign before offering any payment-terms flexibility, even when the CFO pushes.',
      tag: 'payment_terms',
    },
  });
  // Time, trust & risks: both sides' clocks, the relationship, what to verify, the budget.
  for (const fields of [
    {
      side: 'ours',
      kind: 'fiscal_year_end',
      label: 'Our fiscal year closes — every hotel signed by then counts towards the Nordic target',
      date: '2027-03-31',
      firmness: 'hard',
      theyKnow: 'unsure',
      note: 'Do not mention it: Mathias already asked twice when our year ends.',
    },
    {
      side: 'theirs',
      kind: 'budget_cycle',
      label: 'Vinterberg’s capital-spending freeze lifts (Q3)',
      date: '2027-07-01',
      firmness: 'soft',
      weKnow: 'estimated',
      note: 'From the CFO’s town-hall slides, not confirmed in writing.',
    },
    {
      side: 'shared',
      kind: 'go_live',
      label: 'High season starts in May: every hotel must be live before 1 May',
      date: '2027-05-01',
      firmness: 'hard',
    },
  ]) {
    await api('rows.create', { table: 'deadlines', dealId, fields });
  }
  await api('relationship.update', {
    dealId,
    patch: {
      goal: 'strategic',
      description:
        'The network partner for all 42 hotels and the next acquisitions in Finland, with a joint quarterly review that Ødegaard chairs.',
    },
  });
  await api('rows.create', {
    table: 'trustActions',
    dealId,
    fields: {
      action: 'Send the Tromsø pilot’s uptime report and the named on-site engineers before procurement asks for them',
      owner: 'Ingrid Solberg, account manager',
      due: '2027-01-20',
      done: false,
    },
  });
  for (const fields of [
    {
      statement: 'Procurement brings in a second bidder after our final offer and uses it to reopen the price',
      kind: 'risk',
      likelihood: 'high',
      impact: 'high',
      verification: 'Ask Mathias Ødegaard whether the tender rules allow a late bidder',
      owner: 'Ingrid Solberg',
      verified: false,
    },
    {
      statement: 'The capital freeze does not apply to a service priced as operating cost',
      kind: 'assumption',
      likelihood: 'medium',
      impact: 'high',
      verification: 'Confirm with the CFO’s office in writing',
      owner: 'Deal desk',
      verified: true,
    },
  ]) {
    await api('rows.create', { table: 'risks', dealId, fields });
  }
  await api('concessionBudget.update', { dealId, patch: { money: 150_000, points: 12 } });
  // Meeting plan: the commercial workshop in Oslo, its agenda by phase, questions and next steps.
  const meeting = (await api('rows.create', {
    table: 'meetings',
    dealId,
    fields: {
      title: 'Commercial workshop with Vinterberg’s CFO, head of procurement and the regional IT leads',
      date: '2027-01-27',
      time: '09:30',
      durationMinutes: 90,
      location: 'Vinterberg head office, Oslo — boardroom 4 (Teams link for the Stockholm team)',
      opening:
        'Thank you for making the time, all of you. We are here to understand what a bad high season cost you last summer, to show two ways we could carry all 42 hotels through the next three, and to agree what each of us needs to check before we meet again.',
      disclose:
        'The Tromsø pilot’s uptime report, the names of the on-site engineers, and that our Nordic team can start the roll-out in February.',
      withhold:
        'Our fiscal year end on 31 March, the discount our sales director may approve, and the second hotel group we are talking to.',
    },
  })) as { id: string };
  const agenda: { id: string }[] = [];
  for (const fields of [
    { title: 'What last summer’s Wi-Fi complaints cost them, hotel by hotel', minutes: 25, phase: 'explore' },
    { title: 'Two packages of equal value: five-year term or flexible volume', minutes: 20, phase: 'propose' },
    { title: 'Service credits against payment terms and the reference customer', minutes: 30, phase: 'trade' },
    { title: 'Who checks what before the next meeting, and by when', minutes: 10, phase: 'formalise' },
  ]) {
    agenda.push(
      (await api('rows.create', { table: 'agendaItems', dealId, fields: { meetingId: meeting.id, ...fields } })) as {
        id: string;
      },
    );
  }
  const questions = (await api('rows.list', { table: 'diagnosticQuestions', dealId })) as { id: string }[];
  await api('rows.create', {
    table: 'agendaQuestions',
    dealId,
    fields: { agendaItemId: agenda[0]?.id, questionId: questions[0]?.id ?? null },
  });
  await api('rows.create', {
    table: 'agendaQuestions',
    dealId,
    fields: {
      agendaItemId: agenda[0]?.id,
      text: 'Which hotels would you move first if the network could be live there before May?',
    },
  });
  for (const fields of [
    {
      text: 'Vinterberg sends last summer’s complaint log per hotel',
      party: 'them',
      owner: 'Mathias Ødegaard',
      due: '2027-02-03',
    },
    {
      text: 'We send the roll-out plan for the first twelve hotels',
      party: 'us',
      owner: 'Our Nordic account team',
      due: '2027-02-05',
    },
  ]) {
    await api('rows.create', { table: 'commitments', dealId, fields: { meetingId: meeting.id, ...fields } });
  }
  return dealId;
}
