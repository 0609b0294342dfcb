/**
 * Builds a filled deal through the API (any transport): the plan tests, the export bench
 * and the leak test use it. Distinctive internal values make leaks easy to spot in a PDF.
 */
export type CallApi = (name: string, input: unknown) => Promise<unknown>;

export const SECRETS = {
  batna: 'ZEBRA-BATNA-7781',
  reservation: 918273,
  target: 1_250_000,
  theirReservation: 1_100_000,
  dealNote: 'INTERNAL-NOTE-4411',
  issueNote: 'OCTOPUS-NOTE',
  interest: 'WALRUS-INTEREST-5510',
  question: 'HERON-QUESTION-3302',
  weights: [37, 63],
} as const;

export interface SeedOptions {
  title?: string;
  /** Text placed in every free-text field (hostile markup, for the escaping tests). */
  text?: string;
  issues?: number;
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
    const issue = (await api('issues.add', {
      dealId,
      fields: {
        name: `${name}${text}`,
        category: i === 0 ? 'price' : i === 1 ? 'term' : 'other',
        weightUs: i < 2 ? (SECRETS.weights[i] ?? 10) : 10,
        weightThem: i < 2 ? (SECRETS.weights[1 - i] ?? 10) : 10,
        notes: `${SECRETS.issueNote}${text}`,
      },
      options: labels.map((l) => `${l}${text}`),
    })) as IssueRow;
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
  await api('batna.addAction', { dealId, text: `Get a written quote from Contoso${text}` });
  const interest = (await api('interests.add', {
    dealId,
    party: 'them',
    text: `${SECRETS.interest}${text}`,
  })) as Row;
  await api('interests.update', { id: interest.id, patch: { priority: 'high' } });
  await api('interests.add', { dealId, party: 'us', text: `Multi-year revenue${text}` });
  await api('interests.addPosition', { dealId, party: 'them', text: `Price must drop 10 %${text}` });
  await api('interests.addQuestion', { dealId, text: `${SECRETS.question}${text}` });
  return dealId;
}
