import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { SCREENSHOTS, shot } from '../support/shots';

let page: Page;
let e2e: BrowserApp;

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-strategy-', { page: { viewport: { width: 1440, height: 900 } } });
  page = e2e.page;
  await page.getByRole('button', { name: 'Create a deal' }).click();
  await page.getByLabel('Title').fill('Initech platform renewal');
  await page.getByLabel('Counterparty').fill('Initech');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Initech platform renewal' }).waitFor();
});

afterAll(() => e2e?.close());

const openStep = async (label: RegExp, heading: string) => {
  await page.getByRole('navigation', { name: 'Preparation steps' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
};
/** The step scrolls inside its own pane, so the viewport grows to show the whole screen at once. */
async function shoot(name: string) {
  if (!SCREENSHOTS) return;
  const height = await page.locator('main.step').evaluate((el) => el.scrollHeight + 60);
  await page.setViewportSize({ width: 1440, height: Math.max(900, height) });
  await shot(page, name);
  await page.setViewportSize({ width: 1440, height: 900 });
}
const rowOf = (table: Locator, text: string) =>
  table.locator('tbody tr[data-row-id]', { has: page.locator('textarea', { hasText: text }) });
/** The rail link of a step in a given completion state. */
const railStep = (label: string, state: 'empty' | 'started' | 'complete') =>
  page
    .getByRole('navigation', { name: 'Preparation steps' })
    .locator(`a[data-progress="${state}"]`, { hasText: label });

describe('counterparty map to concessions in real Chromium', () => {
  it('adds three stakeholders with Enter and shows them on the power map', async () => {
    await openStep(/Counterparty map/, 'Stakeholders');
    const add = page.getByLabel('New stakeholder name');
    const table = page.getByRole('table', { name: 'Stakeholders' });
    for (const name of ['Priya Raman', 'Tom Becker', 'Alex Kim']) {
      await add.fill(name);
      await add.press('Enter');
      // The row itself, not any input: the add field carries the typed name as well.
      await rowOf(table, name).waitFor();
    }
    // Tab walks from the name to the next cell; set Tom as an influential blocker.
    const tom = rowOf(table, 'Tom Becker');
    await tom.getByLabel('Influence (1–5)').fill('5');
    await tom.getByLabel('Influence (1–5)').press('Tab');
    await tom.getByLabel('Stance').selectOption('blocker');

    const map = page.getByRole('group', { name: /Power and stance map of 3 stakeholders/ });
    await map.waitFor();
    for (const name of ['Priya Raman', 'Tom Becker', 'Alex Kim']) {
      await map.getByRole('button', { name: new RegExp(`^${name}:`) }).waitFor();
    }
    await map.getByRole('button', { name: 'Tom Becker: Blocker, influence 5' }).waitFor();
    await page.getByRole('list').getByRole('button', { name: 'Tom Becker' }).waitFor();

    // Clicking a person on the map opens their details.
    await map.getByRole('button', { name: /^Alex Kim:/ }).click();
    await page.getByLabel('Face-saving needs').fill('Must be seen to have pushed us on price');
    await page.getByLabel('Face-saving needs').blur();

    // A bad number is refused beside the field and not saved.
    await rowOf(table, 'Priya Raman').getByLabel('Influence (1–5)').fill('9');
    await page.getByText('Influence must be from 1 to 5').waitFor();

    await shoot('counterparty');
    await page.reload();
    await page.locator('textarea', { hasText: 'Alex Kim' }).waitFor();
    expect(
      await rowOf(page.getByRole('table', { name: 'Stakeholders' }), 'Priya Raman')
        .getByLabel('Influence (1–5)')
        .inputValue(),
    ).toBe('3');
    expect(
      await rowOf(page.getByRole('table', { name: 'Stakeholders' }), 'Tom Becker')
        .getByLabel('Stance')
        .inputValue(),
    ).toBe('blocker');
  });

  it('deletes a stakeholder after confirmation, and Undo brings them back', async () => {
    const table = page.getByRole('table', { name: 'Stakeholders' });
    await table.getByRole('button', { name: 'Delete “Alex Kim”' }).click();
    await page.getByRole('dialog', { name: 'Delete this row?' }).getByRole('button', { name: 'Delete' }).click();
    await page.locator('textarea', { hasText: 'Alex Kim' }).waitFor({ state: 'detached' });
    await page.locator('.toast', { hasText: 'Deleted “Alex Kim”' }).getByRole('button', { name: 'Undo' }).click();
    await page.locator('textarea', { hasText: 'Alex Kim' }).waitFor();
    expect(await page.getByRole('group', { name: /map of 3 stakeholders/ }).count()).toBe(1);
  });

  it('links an evidence item to an anchor and the "no evidence" warning disappears', async () => {
    await openStep(/Anchor worksheet/, 'Anchor worksheet');
    await page.getByRole('button', { name: 'Add price as an issue and anchor it' }).click();
    const card = page.getByRole('region', { name: 'Anchor: Price' });
    await card.waitFor();
    // The anchor sits on the price issue of Issues & options, which names it.
    expect(await card.getByLabel('Issue', { exact: true }).count()).toBe(0);
    await card.getByLabel('Opening anchor').fill('180000');
    await card.getByLabel('Credible range: low').fill('150000');
    await card.getByLabel('Credible range: high').fill('170000');
    await card.getByLabel('Credible range: high').blur();
    await card.getByText('The anchor lies outside its credible range').waitFor();
    await card.getByText('No evidence behind this anchor yet').waitFor();

    await openStep(/Evidence pack/, 'Evidence items');
    await page.getByLabel('New evidence title').fill('Analyst price benchmark 2026');
    await page.getByLabel('New evidence title').press('Enter');
    const items = page.getByRole('table', { name: 'Evidence items' });
    await page.locator('textarea', { hasText: 'Analyst price benchmark 2026' }).waitFor();
    await page.getByText('Not used yet').waitFor();
    await items.getByRole('button', { name: 'Show details' }).click();
    await page.getByRole('checkbox', { name: /Price at 180000/ }).click();
    await page.getByRole('checkbox', { name: /Price at 180000/, checked: true }).waitFor();
    await page.getByText('Not used yet').waitFor({ state: 'detached' });
    await page.getByText('Every anchor is backed.').waitFor();
    await page.getByLabel('Attached file').setInputFiles({
      name: 'benchmark.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('vendor,price\nA,150000\n'),
    });
    await page.getByText('benchmark.csv').waitFor();
    await page.getByText('(22 B)').waitFor();
    await shoot('evidence');

    await openStep(/Anchor worksheet/, 'Anchor worksheet');
    await card.getByRole('checkbox', { name: 'Analyst price benchmark 2026' }).waitFor();
    expect(await card.getByRole('checkbox', { name: 'Analyst price benchmark 2026' }).isChecked()).toBe(true);
    expect(await card.getByText('No evidence behind this anchor yet').count()).toBe(0);

    // A ladder step without an ask is flagged until the ask is written.
    await card.getByLabel('New ladder step for Price').fill('5 % off year one');
    await card.getByLabel('New ladder step for Price').press('Enter');
    await card.getByText('Step 1 gives something without a conditional ask.').waitFor();
    await card.getByLabel('Only if they give').fill('A three-year term');
    await card.getByLabel('Only if they give').press('Enter');
    await card.getByText('Step 1 gives something without a conditional ask.').waitFor({ state: 'detached' });
    await card.getByLabel('Credible range: high').fill('190000');
    await card.getByLabel('Credible range: high').blur();
    await card.getByText('The anchor lies outside its credible range').waitFor({ state: 'detached' });
    await railStep('Anchor worksheet', 'started').waitFor();
    await card.getByLabel('Fairness rationale').fill('In line with what peers of their size pay for the same scope.');
    await card.getByLabel('Fairness rationale').blur();
    // Once the price is the BATNA step's main issue, its target is the BATNA step's: shown
    // here, set there, and the worksheet is not complete without it.
    await openStep(/BATNA & reservation/, 'Our BATNA');
    await page.getByLabel('Main issue').selectOption({ label: 'Price' });
    await openStep(/Anchor worksheet/, 'Anchor worksheet');
    await card.getByText('Kept on BATNA & reservation (main issue).').waitFor();
    expect(await card.getByLabel('Target').inputValue()).toBe('');
    await openStep(/BATNA & reservation/, 'Our BATNA');
    await page.getByLabel('Our target').fill('160000');
    await page.getByLabel('Our target').blur();
    await openStep(/Anchor worksheet/, 'Anchor worksheet');
    await expect.poll(() => card.getByLabel('Target').inputValue()).toMatch(/^160[,.\s]?000/);
    await railStep('Anchor worksheet', 'complete').waitFor();
    await shoot('anchors');
  });

  it('flags a concession logged with nothing in return', async () => {
    await openStep(/Concessions & safeguards/, 'Concession log');
    await page.getByLabel('New concession: what we give').fill('Free onboarding workshop');
    await page.getByLabel('New concession: what we give').press('Enter');
    const log = page.getByRole('table', { name: 'Concession log' });
    await log.locator('textarea', { hasText: 'Free onboarding workshop' }).waitFor();
    await log.getByText('Nothing asked in return').waitFor();
    // A planned concession is counted with the planned ones, cost and all, in the deal's currency.
    const summary = page.locator('.summary-bar');
    await summary.getByText('1 asking nothing back').waitFor();
    await log.getByLabel('Cost to us').fill('2500');
    await log.getByLabel('Cost to us').press('Enter');
    await summary.getByText(/Planned: 1 · cost to us €2,500/).waitFor();
    await summary.getByText(/On the table: 0 · cost to us €0/).waitFor();
    await log.getByLabel('We get').fill('Case study rights');
    await log.getByLabel('We get').press('Enter');
    await log.getByText('Nothing asked in return').waitFor({ state: 'detached' });
    await summary.getByText('1 asking nothing back').waitFor({ state: 'detached' });

    await page.getByLabel('New clause metric').fill('Monthly uptime');
    await page.getByLabel('New clause metric').press('Enter');
    const clauses = page.getByRole('table', { name: 'Contingent clauses' });
    await clauses.getByText('Not measurable').waitFor();
    await clauses.getByLabel('Threshold').fill('99.9');
    await clauses.getByLabel('Threshold').press('Enter');
    await clauses.getByText('Not measurable').waitFor({ state: 'detached' });
    await shoot('concessions');
  });

  it('keeps leverage and the no-deal verdict', async () => {
    await openStep(/^Leverage/, 'Who has more to lose if there is no deal?');
    await page.getByLabel('New leverage we hold').fill('Only vendor certified for their region');
    await page.getByLabel('New leverage we hold').press('Enter');
    await page.getByLabel('New leverage they hold').fill('Budget freeze next quarter');
    await page.getByLabel('New leverage they hold').press('Enter');
    await page.getByLabel('Our verdict').selectOption('them');
    await page.getByRole('button', { name: /Add a starter action for each lever/ }).click();
    await page
      .getByRole('table', { name: 'Actions to shift leverage' })
      .locator('tbody tr[data-row-id]')
      .nth(7)
      .waitFor();
    await shoot('leverage');
    await page.reload();
    expect(await page.getByLabel('Our verdict').inputValue()).toBe('them');
    await page.locator('textarea', { hasText: 'Only vendor certified for their region' }).waitFor();
    expect(await page.getByRole('table', { name: 'Our leverage' }).locator('tbody tr[data-row-id]').count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Their leverage' }).locator('tbody tr[data-row-id]').count()).toBe(1);
  });
});
