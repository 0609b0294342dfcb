import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { type BrowserModeApp, callApi } from '../support/browserMode';
import { addIssueThroughApi } from '../support/issues';

let app: BrowserModeApp;
let page: Page;
let e2e: BrowserApp;

const api = <T = unknown>(name: string, input: unknown) => callApi<T>(app, name, input);

interface IssueRow {
  id: string;
  options: { id: string; label: string }[];
}

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-calculator-', {
    page: { viewport: { width: 1400, height: 950 }, locale: 'en-US' },
  });
  ({ app, page } = e2e);
});

afterAll(() => e2e?.close());

/** A €480k-a-year software renewal we sell: price, term and payment terms. */
async function renewal() {
  const deal = await api<{ id: string }>('deals.create', { title: 'Renewal', ourSide: 'selling', currency: 'EUR' });
  const price = (await addIssueThroughApi(api, deal.id, { name: 'Licence fee', category: 'price' }, [
    '€440k',
    '€460k',
    '€480k',
    '€500k',
  ])) as unknown as IssueRow;
  const term = (await addIssueThroughApi(api, deal.id, { name: 'Term', category: 'term', numericKind: 'months' }, [
    '12 months',
    '24 months',
  ])) as unknown as IssueRow;
  const payment = (await addIssueThroughApi(
    api,
    deal.id,
    { name: 'Payment terms', category: 'payment_terms', numericKind: 'days' },
    ['net 30', 'net 90'],
  )) as unknown as IssueRow;
  for (const [issue, values] of [
    [term, [12, 24]],
    [payment, [30, 90]],
  ] as const) {
    for (const [k, option] of issue.options.entries()) {
      await api('rows.update', { table: 'issueOptions', id: option.id, patch: { value: values[k] } });
    }
  }
  return { deal, price, term, payment };
}

describe('deal calculator and walk-away', () => {
  it('a numeric price issue with four options, a 24-month term and net 90 shows the total contract value and cash effect', async () => {
    const { deal, price, term, payment } = await renewal();
    await page.goto(`${app.origin}/#/deals/${deal.id}/issues`);
    const card = page.locator(`[data-issue-id="${price.id}"]`);
    await card.getByLabel('Numbers').selectOption('money');
    await card.getByLabel('Amount is').waitFor();
    const values = card.getByLabel('Value', { exact: true });
    await values.first().waitFor();
    for (const [k, amount] of ['440000', '460000', '480000', '500000'].entries()) {
      await values.nth(k).fill(amount);
      // Tab, not Enter: Enter in an option row adds the next option, as everywhere in the lists.
      await values.nth(k).press('Tab');
    }
    const calculator = page.locator('section.calculator');
    await calculator.getByLabel('Cost of capital').fill('8');
    await calculator.getByLabel('Cost of capital').press('Enter');
    await calculator.getByLabel('List price per year').fill('520000');
    await calculator.getByLabel('List price per year').press('Enter');
    await calculator.getByLabel('Licence fee').selectOption({ label: '€480k' });
    await calculator.getByLabel('Term', { exact: true }).selectOption({ label: '24 months' });
    await calculator.getByLabel('Payment terms', { exact: true }).selectOption({ label: 'net 90' });

    const tcv = calculator.locator('[data-figure="tcv"]');
    await expect.poll(() => tcv.textContent()).toContain('€960,000.00');
    expect(await tcv.textContent()).toContain('€480,000.00 per year × 24 / 12 months = €960,000.00');
    const cash = calculator.locator('[data-figure="paymentEffect"]');
    await expect.poll(() => cash.textContent()).toContain('€18,936.99 financing cost to us');
    expect(await cash.textContent()).toContain('€960,000.00 × 8% × (90 − 0) / 365 days = €18,936.99');
    expect(await calculator.locator('[data-figure="discount"]').textContent()).toContain('7.7%');

    // The values were saved, not only shown: the API reads them back.
    const issues = await api<{ id: string; numericKind: string | null; options: { value: number | null }[] }[]>(
      'rows.list',
      { table: 'issues', dealId: deal.id },
    );
    expect(issues.find((i) => i.id === price.id)?.options.map((o) => o.value)).toEqual([
      440_000, 460_000, 480_000, 500_000,
    ]);

    // MESO offers show the same money beside the points.
    const offer = await api<{ id: string; label: string }>('rows.create', {
      table: 'mesoOffers',
      dealId: deal.id,
      fields: { kind: 'ours' },
    });
    for (const [issue, option] of [
      [price, 2],
      [term, 1],
      [payment, 1],
    ] as const) {
      await api('meso.setChoice', { offerId: offer.id, issueId: issue.id, optionId: issue.options[option]?.id });
    }
    await page.goto(`${app.origin}/#/deals/${deal.id}/meso`);
    await expect.poll(() => page.getByTestId(`tcv-${offer.label}`).textContent()).toBe('€960,000.00');
  });

  it('a ladder step below the walk-away is flagged on the anchor worksheet and in the plan', async () => {
    const { deal, price } = await renewal();
    await api('rows.update', { table: 'issues', id: price.id, patch: { numericKind: 'money', unit: 'per_year' } });
    await api('batna.update', {
      dealId: deal.id,
      patch: { mainIssueId: price.id, ourReservation: 410_000, ourTarget: 480_000, ourCourse: 'Resell the capacity' },
    });
    // Written from the Issues step, read in the BATNA step: one value.
    await api('rows.update', { table: 'issues', id: price.id, patch: { walkAway: 415_000 } });
    const batna = await api<{ ourReservation: number }>('batna.get', { dealId: deal.id });
    expect(batna.ourReservation).toBe(415_000);

    await api('rows.update', { table: 'issues', id: price.id, patch: { target: 480_000 } });
    const anchor = await api<{ id: string }>('rows.create', {
      table: 'anchors',
      dealId: deal.id,
      fields: { issueId: price.id, issueLabel: 'Licence fee', opening: 520_000 },
    });
    await api('rows.create', {
      table: 'ladderSteps',
      dealId: deal.id,
      fields: { anchorId: anchor.id, value: 400_000, give: 'Drop to 400k', ask: 'Three-year term' },
    });
    await page.goto(`${app.origin}/#/deals/${deal.id}/anchors`);
    const flag = page.locator('.row-flags .flag', { hasText: 'Beyond the walk-away' });
    await flag.waitFor();
    expect(await flag.textContent()).toContain('€400,000 per year is below the walk-away (€415,000 per year)');

    const { html } = await api<{ html: string }>('plan.document', { dealId: deal.id, kind: 'plan', pageSize: 'A4' });
    expect(html).toContain('Beyond walk-away');
    expect(html).toContain('A planned move crosses a walk-away');
  });
});
