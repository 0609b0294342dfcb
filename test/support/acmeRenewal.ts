import { addIssueThroughApi } from './issues';
import type { CallApi } from './seedDeal';

export interface SeededIssue {
  id: string;
  options: { id: string; label: string }[];
}

/**
 * The small selling deal the debrief and live-table tests share: price matters most to us
 * (€140k / €120k / €100k scored 100 / 50 / 0), support to them (Basic / Standard / Premium
 * scored 0 / 50 / 100 for them), price the BATNA's main issue with a €140k target.
 */
export async function seedAcmeRenewal(
  api: CallApi,
  batna: { ourReservation: number; ourValuePoints: number },
): Promise<{ dealId: string; price: SeededIssue; support: SeededIssue }> {
  const deal = (await api('deals.create', {
    title: 'Acme renewal',
    counterparty: 'Acme',
    context: 'sales',
    ourSide: 'selling',
  })) as { id: string };
  const issues: SeededIssue[] = [];
  for (const [name, category, weightUs, weightThem, labels] of [
    ['Price', 'price', 60, 20, ['€140k', '€120k', '€100k']],
    ['Support', 'service_level', 40, 80, ['Basic', 'Standard', 'Premium']],
  ] as const) {
    const issue = (await addIssueThroughApi(
      api,
      deal.id,
      { name, category, weightUs, weightThem },
      labels,
    )) as SeededIssue;
    for (const side of ['us', 'them'] as const) {
      await api('issues.setScores', {
        issueId: issue.id,
        side,
        scores: issue.options.map((o, i) => ({ id: o.id, score: side === 'us' ? [100, 50, 0][i] : [0, 50, 100][i] })),
      });
    }
    issues.push(issue);
  }
  const [price, support] = issues as [SeededIssue, SeededIssue];
  await api('batna.update', { dealId: deal.id, patch: { mainIssueId: price.id, ourTarget: 140000, ...batna } });
  return { dealId: deal.id, price, support };
}
