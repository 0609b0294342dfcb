import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAcmeRenewal } from '../support/acmeRenewal';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { type BrowserModeApp, callApi } from '../support/browserMode';
import { shot } from '../support/shots';

let app: BrowserModeApp;
let page: Page;
let e2e: BrowserApp;

/** Seeds through the same HTTP API the page uses, so the test drives the UI only for the debrief. */
const api = <T = unknown>(name: string, input: unknown) => callApi<T>(app, name, input);

let dealId = '';

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-debrief-', {
    page: { viewport: { width: 1280, height: 900 }, locale: 'en-US' },
    open: false,
  });
  ({ app, page } = e2e);
  // Price matters most to us, support to them: middle-of-the-road on both leaves value behind.
  ({ dealId } = await seedAcmeRenewal(api, { ourReservation: 100000, ourValuePoints: 30 }));
  await page.goto(app.url);
});

afterAll(() => e2e?.close());

const TRANSCRIPT = [
  'Me: Thanks for making the time.',
  "Me: Just so you know, we're very flexible on this renewal.",
  'Them: Good to hear.',
  'Me: What would make the next year a success for your team?',
  'Them: Our priority is faster answers from support when the plant is down.',
  'Me: We propose €120k with standard support.',
  'Them: Hmm.',
  'Me: Okay.',
].join('\n');

describe('debrief in real Chromium', () => {
  it('records an agreed package below the frontier and shows the value left on the table and the chart', async () => {
    await page.goto(`${app.url.split('#')[0]}#/deals/${dealId}/debrief`);
    await page.getByRole('heading', { name: 'Acme renewal' }).waitFor();
    await page.getByLabel('Result').selectOption('agreed');
    // The agreement closes the deal as won, and the toast can take that back.
    const status = page.getByLabel('Deal status');
    await expect.poll(() => status.inputValue()).toBe('won');
    await page.locator('.toasts').getByText('Deal marked “Won”.').waitFor();
    await shot(page.locator('section[aria-labelledby="debrief-outcome"]'), 'debrief-outcome');
    await page.locator('.toasts').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => status.inputValue()).toBe('preparing');
    await page.getByLabel('Agreed option for Price').selectOption({ label: '€120k' });
    await page.getByLabel('Agreed option for Support').selectOption({ label: 'Standard' });
    await page.getByLabel('Closing date').fill('2026-03-01');
    await page.getByLabel('Closing date').press('Tab');

    await expect.poll(() => page.getByTestId('value-left').textContent()).toBe('10');
    expect(await page.getByTestId('value-us').textContent()).toBe('50');
    const chart = page.locator('svg.debrief-chart');
    await chart.waitFor();
    expect(await chart.locator('[data-point="agreed"]').count()).toBe(1);
    expect(await chart.locator('[data-point="bestForUs"]').count()).toBe(1);
    expect(await chart.locator('.chart-frontier-point').count()).toBeGreaterThan(2);
    await page.getByText('10 points more for you').waitFor();
    await page.getByText('Price: €140k instead of €120k').waitFor();
    await page.getByText('Support: Premium instead of Standard').waitFor();
    await page.getByText('The same package would also have given them').waitFor();
    await page.getByRole('heading', { name: 'Distributive agreement' }).waitFor();
    await page.getByText('Between reservation and target').waitFor();
    await shot(page.locator('.results-columns'), 'debrief-results');

    // Picking the efficient package makes the value left zero.
    await page.getByLabel('Agreed option for Price').selectOption({ label: '€140k' });
    await page.getByLabel('Agreed option for Support').selectOption({ label: 'Premium' });
    await expect.poll(() => page.getByTestId('value-left').textContent()).toBe('0');
    await page.getByRole('heading', { name: 'Integrative agreement' }).waitFor();
    expect(await chart.locator('[data-point="bestForUs"]').count()).toBe(0);
    // Back to the dominated agreement for the rest of the test.
    await page.getByLabel('Agreed option for Price').selectOption({ label: '€120k' });
    await page.getByLabel('Agreed option for Support').selectOption({ label: 'Standard' });
    await expect.poll(() => page.getByTestId('value-left').textContent()).toBe('10');
  });

  it('proposes moments from a pasted transcript; two accepted ones land on the timeline, the rest nowhere', async () => {
    await page.getByLabel('Notes or transcript').fill(TRANSCRIPT);
    await page.getByRole('button', { name: 'Propose moments' }).click();
    const proposals = page.getByRole('list', { name: 'Proposed moments' }).locator('li.proposal');
    await expect.poll(() => proposals.count()).toBeGreaterThanOrEqual(3);
    const flexible = page.locator('li[data-proposal="early-flexibility"]');
    expect(await flexible.locator('mark').textContent()).toBe("we're very flexible");
    expect(await flexible.locator('.proposal-why').textContent()).toMatch(/opening exchanges/);
    await shot(page.locator('.step-body'), 'debrief-proposals');
    // Nothing is stored before an accept.
    const before = await api<{ moments: unknown[] }>('debrief.get', { dealId });
    expect(before.moments).toHaveLength(0);

    await flexible.getByRole('button', { name: 'Accept' }).click();
    const question = page.locator('li[data-proposal="calibrated-question"]');
    await question.getByRole('button', { name: 'Edit' }).click();
    await question.getByLabel('Lesson').fill('Ask about downtime costs first next time');
    await question.getByRole('button', { name: 'Accept' }).click();
    const anchor = page.locator('li[data-proposal="anchor-without-evidence"]');
    await anchor.getByRole('button', { name: 'Reject' }).click();

    const timeline = page.getByRole('list', { name: 'Timeline of moments' });
    await expect.poll(() => timeline.locator('.moment-card').count()).toBe(2);
    expect(await timeline.locator('.moment-card[data-moment-type="early-flexibility"]').count()).toBe(1);
    const accepted = timeline.locator('.moment-card[data-moment-type="calibrated-question"]');
    expect(await accepted.getByLabel('Lesson').inputValue()).toBe('Ask about downtime costs first next time');
    const stored = await api<{ moments: { typeKey: string; source: string }[] }>('debrief.get', { dealId });
    expect(stored.moments.map((m) => [m.typeKey, m.source])).toEqual([
      ['early-flexibility', 'transcript'],
      ['calibrated-question', 'transcript'],
    ]);
    await shot(timeline, 'debrief-timeline');
  });

  it('adds a lesson from the panel (rows.*), deletes it and takes it back with Undo', async () => {
    const panel = page.locator('section[aria-labelledby="debrief-lessons"]');
    await panel.getByRole('button', { name: '+ Add a lesson' }).click();
    const field = panel.getByLabel('Lesson', { exact: true });
    await expect.poll(() => field.count(), { timeout: 15_000 }).toBe(1);
    await field.fill('Name the walk-away before the first call');
    await field.press('Tab');
    await panel.getByLabel('About').selectOption('price');
    const stored = () =>
      api<{ lessons: { text: string; tag: string }[] }>('debrief.get', { dealId }).then((d) =>
        d.lessons.map((l) => [l.text, l.tag]),
      );
    await expect.poll(stored, { timeout: 15_000 }).toEqual([['Name the walk-away before the first call', 'price']]);

    await panel.getByRole('button', { name: 'Delete lesson' }).click();
    await page.getByRole('dialog', { name: 'Delete lesson?' }).getByRole('button', { name: 'Delete' }).click();
    // Undo at once: the toast may go before a slow machine has re-read the list.
    await page
      .locator('.toast', { hasText: 'Deleted lesson “Name the walk-away before the first call”' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect.poll(stored, { timeout: 15_000 }).toEqual([['Name the walk-away before the first call', 'price']]);
    expect(await panel.getByLabel('Lesson', { exact: true }).inputValue()).toBe(
      'Name the walk-away before the first call',
    );
  });

  it('shows the deal and its moments in Insights, with charts and a working context filter', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Acme renewal' }).waitFor();
    expect(await page.locator('.bar-chart').first().getAttribute('aria-label')).toContain('Sales 100 % of 1');
    const negative = page.locator('section[aria-labelledby="chart-negative"] [data-bar="early-flexibility"]');
    const positive = page.locator('section[aria-labelledby="chart-positive"] [data-bar="calibrated-question"]');
    expect(await negative.locator('.bar-value').textContent()).toBe('1×');
    expect(await positive.locator('.bar-value').textContent()).toBe('1×');
    // Labels are read at the page's text size (a scaled SVG shrank them to ~7 px in a half-width card).
    const label = await negative.locator('.bar-label').boundingBox();
    expect(label?.height ?? 0).toBeGreaterThanOrEqual(14);
    expect(await negative.locator('.bar-label').textContent()).toBe('Flexibility signalled too early');
    await shot(page, 'insights', { fullPage: true });

    await page.getByLabel('Context', { exact: true }).selectOption('hiring');
    await page.getByText('No debriefed deals match these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('link', { name: 'Acme renewal' }).waitFor();
  });

  it('brings the lesson and the slip back when preparing the next sales deal', async () => {
    await api('rows.create', {
      table: 'debriefLessons',
      dealId,
      fields: { text: 'Trade support for price', tag: 'price' },
    });
    const next = await api<{ id: string }>('deals.create', { title: 'Globex sale', context: 'sales' });
    await page.goto(`${app.url.split('#')[0]}#/deals/${next.id}/details`);
    const reminders = page.getByRole('complementary', { name: 'From your past deals' });
    await reminders.getByText('Trade support for price').waitFor();
    await reminders.getByText('Flexibility signalled too early').waitFor();
    await shot(reminders, 'reminders');

    // On every preparation step (a template deal opens on Issues), until hidden for this deal.
    const base = `${app.url.split('#')[0]}#/deals/${next.id}`;
    await page.goto(`${base}/issues`);
    await page.locator('h2.step-title', { hasText: 'Issues' }).waitFor();
    await reminders.getByText('Trade support for price').waitFor();
    await page.getByRole('link', { name: /Leverage/ }).click();
    await page.locator('h2.step-title', { hasText: 'Leverage' }).waitFor();
    await reminders.getByText('Trade support for price').waitFor();
    await reminders.getByRole('button', { name: 'Hide for this deal' }).click();
    const show = page.getByRole('button', { name: 'Show lessons from your past deals' });
    await show.waitFor();
    expect(await reminders.count()).toBe(0);
    await page.goto(`${base}/anchors`);
    await page.reload();
    await show.waitFor();
    expect(await reminders.count()).toBe(0);
    await show.click();
    await reminders.getByText('Trade support for price').waitFor();
  });
});
