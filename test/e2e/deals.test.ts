import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';

let page: Page;
let e2e: BrowserApp;

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-', { page: { viewport: { width: 1280, height: 800 } } });
  page = e2e.page;
});

afterAll(() => e2e?.close());

/** Earlier tests' toasts (8 s each) would otherwise be taken for the next test's own. */
async function dismissToasts() {
  const close = page.locator('.toast .toast-close').first();
  while ((await page.locator('.toast').count()) > 0) await close.click().catch(() => {});
  await expect.poll(() => page.locator('.toast').count()).toBe(0);
}

const row = (title: string) => page.locator('[role="row"][data-deal-id]', { hasText: title });

describe('deals screen in real Chromium', () => {
  it('shows the empty state to a new user', async () => {
    await page.getByRole('heading', { name: 'Start your first deal' }).waitFor();
    expect(await page.getByRole('button', { name: 'Create a deal' }).isEnabled()).toBe(true);
  });

  it('creates a deal from the dialog with Enter and opens its workspace', async () => {
    await page.getByRole('button', { name: 'Create a deal' }).click();
    await page.getByLabel('Title').fill('Northwind supply 2027');
    await page.getByLabel('Counterparty').fill('Northwind Traders');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Northwind supply 2027' }).waitFor();
    await page.getByRole('navigation', { name: 'Preparation steps' }).waitFor();
    expect(await page.getByRole('link', { name: /BATNA & reservation/ }).count()).toBe(1);
  });

  it('renames a deal inline, and the name survives a reload', async () => {
    await page.getByRole('link', { name: '← All deals' }).click();
    await row('Northwind supply 2027').click();
    await page.keyboard.press('F2');
    const input = page.getByLabel('Deal title');
    await input.fill('Northwind supply 2027–2029');
    await input.press('Enter');
    await row('Northwind supply 2027–2029').waitFor();
    await page.reload();
    await row('Northwind supply 2027–2029').waitFor();
    expect(await row('Northwind supply 2027–2029').count()).toBe(1);
  });

  it('finds the deal with the search box and hides it when archived', async () => {
    await page.getByLabel('Search deals').fill('northwind traders');
    await row('Northwind supply').waitFor();
    await page.getByLabel('Search deals').fill('no such deal');
    await page.getByText('No deals match these filters.').waitFor();
    await page.getByLabel('Search deals').fill('');

    await row('Northwind supply').hover();
    await row('Northwind supply').getByRole('button', { name: 'Archive' }).click();
    await page.getByText('Archived “Northwind supply 2027–2029”').waitFor();
    await row('Northwind supply').waitFor({ state: 'detached' });
    await page.getByLabel('Show archived').check();
    await row('Northwind supply').waitFor();
    await row('Northwind supply').hover();
    await row('Northwind supply').getByRole('button', { name: 'Unarchive' }).click();
    await page.getByLabel('Show archived').uncheck();
    await row('Northwind supply').waitFor();
  });

  it('leaves toasts behind when the user moves to another page', async () => {
    await dismissToasts();
    await row('Northwind supply').hover();
    await row('Northwind supply').getByRole('button', { name: 'Archive' }).click();
    const toast = page.locator('.toast', { hasText: /^Archived “Northwind/ });
    await toast.waitFor();
    await page.getByRole('link', { name: 'Insights' }).click();
    await page.waitForURL(/#\/insights$/);
    await page.getByRole('heading', { name: 'Insights' }).waitFor();
    // Gone as the page changed, well before its 8-second timer could have run out.
    await expect.poll(() => toast.count(), { timeout: 3000 }).toBe(0);
    await page.getByRole('link', { name: 'Deals', exact: true }).click();
    expect(await page.locator('.toast').count()).toBe(0);
    // The toast expired without its Undo: the deal stays archived.
    await page.getByLabel('Show archived').check();
    await row('Northwind supply').hover();
    await row('Northwind supply').getByRole('button', { name: 'Unarchive' }).click();
    await page.getByText('Unarchived “Northwind supply 2027–2029”').waitFor();
    await page.getByLabel('Show archived').uncheck();
  });

  it('does not show a toast on another page when its write finishes after the user left', async () => {
    await dismissToasts();
    // The archive is held back until the user has moved on, as on a busy machine.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/deals.archive', async (route) => {
      await held;
      await route.continue();
    });
    const archived = page.waitForResponse('**/api/deals.archive');
    await row('Northwind supply').hover();
    await row('Northwind supply').getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('heading', { name: 'Insights' }).waitFor();
    release();
    await archived;
    await page.unroute('**/api/deals.archive');
    // The write landed, and its refresh after it (the toast would follow that) is done too.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.toast').count()).toBe(0);
    await page.getByRole('link', { name: 'Deals', exact: true }).click();
    await page.getByLabel('Show archived').check();
    await row('Northwind supply').hover();
    await row('Northwind supply').getByRole('button', { name: 'Unarchive' }).click();
    await page.getByText('Unarchived “Northwind supply 2027–2029”').waitFor();
    await page.getByLabel('Show archived').uncheck();
  });

  it('deletes with confirmation, and Undo brings the deal back', async () => {
    await row('Northwind supply').click();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete deal?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await row('Northwind supply').waitFor({ state: 'detached' });
    await page.locator('.toast', { hasText: 'Deleted “Northwind' }).getByRole('button', { name: 'Undo' }).click();
    await row('Northwind supply').waitFor();
    await page.reload();
    await row('Northwind supply').waitFor();
    expect(await row('Northwind supply').count()).toBe(1);
  });

  it('keeps a deleted deal reachable under "Recently deleted" until it is removed for good', async () => {
    await row('Northwind supply').click();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete deal?' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await row('Northwind supply').waitFor({ state: 'detached' });
    // A reload inside the Undo window is what a crash or a closed window looks like.
    await page.reload();
    await page.getByRole('button', { name: 'Recently deleted (1)' }).click();
    const deleted = page.getByRole('dialog', { name: 'Recently deleted' });
    await deleted.getByRole('button', { name: 'Restore' }).click();
    await row('Northwind supply').waitFor();
    await deleted.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByRole('button', { name: /Recently deleted/ }).count()).toBe(0);
  });

  it('shows a clear message when a field is invalid, and does not save it', async () => {
    await row('Northwind supply').dblclick();
    const currency = page.getByLabel('Currency');
    await currency.fill('EURO');
    await page.getByText('Currency must be a three-letter code such as EUR or USD').waitFor();
    await page.reload();
    expect(await page.getByLabel('Currency').inputValue()).toBe('EUR');
  });
});
