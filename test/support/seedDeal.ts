/**
 * Builds a filled deal through the API (any transport): the plan tests, the export bench
 * and the leak test use it. Distinctive internal values make leaks easy to spot in a PDF.
 */
import { addIssueThroughApi } from './issues';

export type CallApi = (name: string, input: unknown) => Promise<unknown>;

export const SECRETS = {
  batna: 'ZEBRA-BATNA-7781',
  reservation: 918273,
  target: 1_250_000,
  theirReservation: 1_100_000,
  dealNote: 'INTERNAL-NOTE-4411',
  issueNote: 'ISSUE-NOTE-2201',
  stakeholderNote: 'OCTOPUS-NOTE',
  stakeholderInterest: 'STAKE-INTEREST-6620',
  leverage: 'LEVER-SECRET-7070',
  evidence: 'EVIDENCE-SECRET-8080',
  anchorRationale: 'ANCHOR-WHY-9090',
  exitTerms: 'EXIT-TERMS-1212',
  interest: 'WALRUS-INTEREST-5510',
  question: 'HERON-QUESTION-3302',
  weights: [37, 63],
} as const;

export interface SeedOptions {
  title?: string;
  /** Text placed in every free-text field (hostile markup, for the escaping tests). */
  text?: string;
  issues?: number;
  stakeholders?: number;
  evidence?: number;
}

interface Row {
  id: string;
}
interface IssueRow extends Row {
  options: Row[];
}

export async function seedDeal(api: CallApi, options: SeedOptions = {}): Promise<string> {
  const text = options.text ?? '';
  const deal = (await api('deals.create', {
    title: options.title ?? `Northwind renewal${text}`,
    counterparty: `Northwind Traders${text}`,
    context: 'sales',
    ourSide: 'selling',
    currency: 'EUR',
    targetCloseDate: '2027-03-31',
    notes: `${SECRETS.dealNote}${text}`,
  })) as Row;
  const dealId = deal.id;
  const issueCount = options.issues ?? 2;
  const issues: IssueRow[] = [];
  for (let i = 0; i < issueCount; i++) {
    const name = i === 0 ? 'Annual price' : i === 1 ? 'Contract term' : `Issue ${i + 1}`;
    const labels =
      i === 0 ? ['€1.1m', '€1.2m', '€1.3m'] : i === 1 ? ['1 year', '2 years', '3 years'] : ['Low', 'Mid', 'High'];
    const issue = (await addIssueThroughApi(
      api,
      dealId,
      {
        name: `${name}${text}`,
        category: i === 0 ? 'price' : i === 1 ? 'term' : 'other',
        weightUs: i < 2 ? (SECRETS.weights[i] ?? 10) : 10,
        weightThem: i < 2 ? (SECRETS.weights[1 - i] ?? 10) : 10,
        notes: `${SECRETS.issueNote}${text}`,
      },
      labels.map((l) => `${l}${text}`),
    )) as IssueRow;
    const [low, mid, high] = issue.options.map((o) => o.id);
    await api('issues.setScores', {
      issueId: issue.id,
      side: 'us',
      scores: [
        { id: low, score: 0 },
        { id: mid, score: 60 },
        { id: high, score: 100 },
      ],
    });
    await api('issues.setScores', {
      issueId: issue.id,
      side: 'them',
      scores: [
        { id: low, score: 100 },
        { id: mid, score: 55 },
        { id: high, score: 0 },
      ],
    });
    issues.push(issue);
  }
  await api('batna.update', {
    dealId,
    patch: {
      ourDescription: `${SECRETS.batna}${text}`,
      ourCourse: `Resell the capacity to Contoso${text}`,
      ourValueMoney: 900_000,
      ourConfidence: 'medium',
      theirDescription: `Build in-house${text}`,
      theirConfidence: 'low',
      ourReservation: SECRETS.reservation,
      ourTarget: SECRETS.target,
      theirReservation: SECRETS.theirReservation,
      mainIssueId: issues[0]?.id ?? null,
    },
  });
  await api('rows.create', {
    table: 'batnaActions',
    dealId,
    fields: { text: `Get a written quote from Contoso${text}` },
  });
  const interest = (await api('rows.create', {
    table: 'interests',
    dealId,
    fields: {
      party: 'them',
      text: `${SECRETS.interest}${text}`,
    },
  })) as Row;
  await api('rows.update', { table: 'interests', id: interest.id, patch: { priority: 'high' } });
  await api('rows.create', { table: 'interests', dealId, fields: { party: 'us', text: `Multi-year revenue${text}` } });
  await api('rows.create', {
    table: 'positions',
    dealId,
    fields: { party: 'them', text: `Price must drop 10 %${text}` },
  });
  await api('rows.create', { table: 'diagnosticQuestions', dealId, fields: { text: `${SECRETS.question}${text}` } });

  // The strategy steps: people, path, leverage, evidence, anchor with ladder, concessions, clause, governance.
  const people: Row[] = [];
  const stances = ['supporter', 'neutral', 'sceptic', 'blocker'] as const;
  const roles = ['decision_maker', 'economic_buyer', 'influencer', 'user', 'legal_procurement'] as const;
  for (let i = 0; i < (options.stakeholders ?? 3); i++) {
    people.push(
      (await api('rows.create', {
        table: 'stakeholders',
        dealId,
        fields: {
          name: `${i === 0 ? 'Dana Whitfield' : `Person ${i + 1}`}${text}`,
          title: `Head of purchasing${text}`,
          role: roles[i % roles.length],
          influence: (i % 5) + 1,
          stance: stances[i % stances.length],
          interests: i === 0 ? `${SECRETS.stakeholderInterest}${text}` : `Keep the rollout calm${text}`,
          relationshipNotes: `${SECRETS.stakeholderNote}${text}`,
          faceSaving: `Wants to show savings${text}`,
        },
      })) as Row,
    );
  }
  await api('rows.create', {
    table: 'decisionSteps',
    dealId,
    fields: { approval: `CFO approves budget${text}`, stakeholderId: people[0]?.id ?? null, dueDate: '2027-02-15' },
  });
  await api('rows.create', {
    table: 'leverageItems',
    dealId,
    fields: { holder: 'ours', kind: 'positive', description: `${SECRETS.leverage}${text}`, strength: 4 },
  });
  await api('rows.create', {
    table: 'leverageItems',
    dealId,
    fields: { holder: 'theirs', kind: 'negative', description: `Can delay the decision${text}`, strength: 3 },
  });
  await api('noDeal.update', {
    dealId,
    patch: {
      ourLoss: `Idle capacity${text}`,
      theirLoss: `Migration cost${text}`,
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
      issueLabel: `Annual price${text}`,
      unit: 'EUR',
      opening: 1_300_000,
      rangeLow: 1_150_000,
      rangeHigh: 1_350_000,
      rationale: `${SECRETS.anchorRationale}${text}`,
      firstMove: 'us',
    },
  })) as Row;
  await api('rows.create', {
    table: 'ladderSteps',
    dealId,
    fields: { anchorId: anchor.id, value: 1_270_000, give: `Drop 2 %${text}`, ask: `Three-year term${text}` },
  });
  await api('rows.create', {
    table: 'ladderSteps',
    dealId,
    fields: { anchorId: anchor.id, value: 1_250_000, give: `Drop 2 % more${text}`, ask: '' },
  });
  for (let i = 0; i < (options.evidence ?? 2); i++) {
    const item = (await api('rows.create', {
      table: 'evidence',
      dealId,
      fields: {
        title: `${i === 0 ? SECRETS.evidence : `Benchmark ${i + 1}`}${text}`,
        source: `Analyst report${text}`,
        credibility: 'high',
      },
    })) as Row;
    if (i === 0) await api('evidenceLinks.link', { evidenceId: item.id, target: 'anchor', targetId: anchor.id });
  }
  await api('rows.create', {
    table: 'concessions',
    dealId,
    fields: {
      item: `Onboarding${text}`,
      give: `Free onboarding${text}`,
      get: `Case study${text}`,
      valueToUs: 5000,
      valueToThem: 20000,
      when: `After the pricing call${text}`,
    },
  });
  await api('rows.create', {
    table: 'concessions',
    dealId,
    fields: { item: `Training${text}`, give: `Two extra days${text}`, get: '' },
  });
  await api('rows.create', {
    table: 'contingentClauses',
    dealId,
    fields: {
      metric: `monthly uptime${text}`,
      comparator: 'lt',
      threshold: 99.9,
      unit: '%',
      period: 'month',
      remedy: `a 5 % service credit${text}`,
      measuredBy: 'Ops',
      dataSource: 'Monitoring',
    },
  });
  // MESO: two offers of ours (mid/high price swapped against term), one received.
  const pick = (issue: IssueRow | undefined, k: number) => (issue ? { [issue.id]: issue.options[k]?.id ?? '' } : {});
  const rest = (k: number) => Object.assign({}, ...issues.slice(2).map((issue) => pick(issue, k)));
  await api('meso.updateSettings', { dealId, patch: { targetPoints: 60, tolerance: 5 } });
  await api('rows.create', {
    table: 'mesoOffers',
    dealId,
    fields: { kind: 'ours', label: `A${text}`, choices: { ...pick(issues[0], 1), ...pick(issues[1], 1), ...rest(1) } },
  });
  await api('rows.create', {
    table: 'mesoOffers',
    dealId,
    fields: { kind: 'ours', label: `B${text}`, choices: { ...pick(issues[0], 1), ...pick(issues[1], 1), ...rest(1) } },
  });
  await api('rows.create', {
    table: 'mesoOffers',
    dealId,
    fields: {
      kind: 'received',
      label: `Counter${text}`,
      fromName: `Northwind procurement${text}`,
      choices: { ...pick(issues[0], 0), ...pick(issues[1], 2), ...rest(0) },
    },
  });
  await api('governance.update', {
    dealId,
    patch: { reviewCadence: 'quarterly', exitTerms: `${SECRETS.exitTerms}${text}` },
  });
  return dealId;
}
