import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { type BrowserModeApp, callApi } from '../support/browserMode';
import { keepText, pdfPageShot, shot } from '../support/shots';

let app: BrowserModeApp;
let browser: Browser;
let page: Page;
let e2e: BrowserApp;

const api = <T = unknown>(name: string, input: unknown) => callApi<T>(app, name, input);
let dealId = '';

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-risks-', {
    page: { viewport: { width: 1400, height: 950 }, locale: 'en-US' },
  });
  ({ app, browser, page } = e2e);
  const deal = await api<{ id: string }>('deals.create', {
    title: 'Northwind licence renewal',
    counterparty: 'Northwind Traders',
    ourSide: 'selling',
    currency: 'EUR',
    targetCloseDate: '2027-02-26',
  });
  dealId = deal.id;
});

afterAll(() => e2e?.close());

describe('time, trust & risks', () => {
  it('our quarter end, visible to them with theirs unknown, shows the readiness warning', async () => {
    await page.goto(`${app.origin}/#/deals/${dealId}/risks`);
    await page.getByRole('heading', { name: 'Deadlines' }).waitFor();
    await page.getByText('No deadlines yet.').waitFor();

    // Typed like every list: the deadline's name, Enter; then its cells.
    const add = page.getByLabel('New deadline', { exact: true });
    await add.fill('Our Q4 quarter end');
    await add.press('Enter');
    await expect.poll(async () => (await api<unknown[]>('rows.list', { table: 'deadlines', dealId })).length).toBe(1);
    const row = page.locator('table[aria-label="Deadlines"] tr.data-row').first();
    await row.getByLabel('What it is').selectOption('quarter_end');
    await row.getByLabel('Date').fill('2026-12-31');
    await row.getByLabel('Date').blur();
    await row.getByLabel('Hard / soft').selectOption('hard');
    await row.getByLabel('Do they know it?').selectOption('yes');
    await expect
      .poll(
        async () =>
          (
            await api<{ date: string; theyKnow: string; firmness: string }[]>('rows.list', {
              table: 'deadlines',
              dealId,
            })
          )[0],
      )
      .toMatchObject({ date: '2026-12-31', theyKnow: 'yes', firmness: 'hard', kind: 'quarter_end' });

    // Their fiscal year end: added, but we do not know its date.
    await add.fill('Their fiscal year end');
    await add.press('Enter');
    await expect.poll(async () => (await api<unknown[]>('rows.list', { table: 'deadlines', dealId })).length).toBe(2);
    const theirs = page.locator('table[aria-label="Deadlines"] tr.data-row').nth(1);
    await theirs.getByLabel('Whose').selectOption('theirs');
    await theirs.getByLabel('Do we know it?').selectOption('unknown');
    await expect
      .poll(async () => (await api<{ side: string; weKnow: string }[]>('rows.list', { table: 'deadlines', dealId }))[1])
      .toMatchObject({ side: 'theirs', weKnow: 'unknown' });

    // The row says so in place, and the timeline draws our deadline, the close date and today.
    await page.locator('.row-flags .flag', { hasText: 'They know this deadline and we know none of theirs' }).waitFor();
    const chart = page.locator('.timeline-chart svg');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toContain(
      'Ours: Our Q4 quarter end, 31 Dec 2026 · hard · they know it',
    );
    expect(await chart.getAttribute('aria-label')).toContain('Deal close (target), 26 Feb 2027');
    await page.getByText('not drawn yet (no date): Their fiscal year end').waitFor();

    // Risks: Enter adds the next row, like the other steps.
    const addRisk = page.getByLabel('New risk or assumption', { exact: true });
    await addRisk.fill('Procurement runs a late tender');
    await addRisk.press('Enter');
    await addRisk.fill('The budget for next year is approved');
    await addRisk.press('Enter');
    await expect.poll(async () => (await api<unknown[]>('rows.list', { table: 'risks', dealId })).length).toBe(2);
    const risks = page.locator('table[aria-label="Risks and assumptions"] tr.data-row');
    await risks.nth(0).getByLabel('Likelihood').selectOption('high');
    await risks.nth(0).getByLabel('Impact').selectOption('high');
    await risks.nth(1).getByLabel('Kind').selectOption('assumption');
    await page.locator('.row-flags .flag', { hasText: 'Likely and high-impact' }).waitFor();
    await page.getByLabel('Relationship we want').selectOption('preferred');
    await expect.poll(async () => (await api<{ goal: string }>('relationship.get', { dealId })).goal).toBe('preferred');
    await shot(page, 'risks-step', { fullPage: true });

    await page.goto(`${app.origin}/#/deals/${dealId}/plan`);
    const check = page.locator('li[data-check="deadline_exposed"]');
    await check.waitFor();
    expect(await check.textContent()).toContain('They know our deadline, we do not know theirs');
    expect(await check.textContent()).toContain('They know our Our Q4 quarter end (31 Dec 2026)');
    expect(await page.locator('li[data-check="severe_risk_unverified"]').textContent()).toContain(
      '“Procurement runs a late tender”: say how we verify it.',
    );

    // Knowing their date (an estimate is enough) clears the warning.
    const list = await api<{ id: string; side: string }[]>('rows.list', { table: 'deadlines', dealId });
    const their = list.find((d) => d.side === 'theirs');
    await api('rows.update', { table: 'deadlines', id: their?.id, patch: { weKnow: 'estimated', date: '2027-03-31' } });
    await page.reload();
    await page.locator('li[data-check]').first().waitFor();
    await expect.poll(() => page.locator('li.check-warning[data-check="deadline_exposed"]').count()).toBe(0);
  });

  it('a concession log past the budget is flagged beside the log and in readiness', async () => {
    await page.goto(`${app.origin}/#/deals/${dealId}/concessions`);
    const money = page.getByLabel('Concession budget (money)');
    await money.fill('10,000');
    await money.press('Enter');
    await expect
      .poll(async () => (await api<{ money: number | null }>('concessionBudget.get', { dealId })).money)
      .toBe(10_000);
    for (const [give, cost] of [
      ['Free onboarding', 4_000],
      ['Two extra training days', 3_500],
      ['Price hold for year two', 4_250],
    ] as const) {
      await api('rows.create', {
        table: 'concessions',
        dealId,
        fields: { give, get: 'Case study', valueToUs: cost, status: 'offered' },
      });
    }
    await page.reload();
    const status = page.getByTestId('budget-status');
    await expect.poll(() => status.textContent()).toContain('Over budget by €1,750 (budget €10,000)');
    expect(await status.textContent()).toContain('Ladder + log: €11,750');
    await shot(page.locator('.step-body'), 'concessions-budget');

    await page.goto(`${app.origin}/#/deals/${dealId}/plan`);
    const check = page.locator('li[data-check="concession_budget_exceeded"]');
    await check.waitFor();
    expect(await check.textContent()).toContain(
      'Money: €11,750 planned (ladder €0 + log €11,750) against a budget of €10,000, €1,750 over.',
    );
  });

  it('the printed plan shows the timeline’s deadlines and the risks', async () => {
    await api('rows.create', {
      table: 'trustActions',
      dealId,
      fields: { action: 'Send the security pack before they ask', owner: 'Sam', due: '2026-12-10' },
    });
    const { html } = await api<{ html: string }>('plan.document', { dealId, kind: 'plan', pageSize: 'A4' });
    const printer = await browser.newPage({ javaScriptEnabled: false });
    const file = join(e2e.dataDir, 'plan.pdf');
    try {
      await printer.setContent(html, { waitUntil: 'load' });
      writeFileSync(file, await printer.pdf({ preferCSSPageSize: true, printBackground: true }));
    } finally {
      await printer.close();
    }
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    keepText('risks-plan', text);
    expect(text).toContain('Time, trust & risks');
    expect(text).toContain('Deadlines & timeline');
    // The timeline's labels are text in the PDF, not a picture.
    expect(text).toMatch(/Ours: Our Q4 quarter end/);
    expect(text).toMatch(/Theirs: Their fiscal year end/);
    expect(text).toMatch(/31 Dec 2026 · hard · they know it/);
    expect(text).toContain('Procurement runs a late tender');
    expect(text).toContain('The budget for next year is approved');
    expect(text).toContain('Send the security pack before they ask');
    expect(text).toContain('Concession budget');
    expect(text).toMatch(/Next deadlines: ours Our Q4 quarter end 31 Dec 2026 \(hard\)/);

    // The page holding the timeline, as a picture to look at.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
    let timelinePage = 0;
    for (let n = 1; n <= pages && !timelinePage; n++) {
      const pageText = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], {
        encoding: 'utf8',
      });
      if (pageText.includes('Deadlines & timeline')) timelinePage = n;
    }
    expect(timelinePage).toBeGreaterThan(0);
    pdfPageShot(file, timelinePage, 'plan-risks-page', 80);
  });
});
