import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { shot } from '../support/shots';

/** #13: two windows on one browser-mode Parley edit the same cell of the same row. */
let e2e: BrowserApp;
const api = <T = unknown>(name: string, input: unknown) => e2e.api<T>(name, input);

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-row-conflicts-', { open: false });
});
afterAll(() => e2e?.close());

/** A new window on the deal's given step. */
async function openStep(dealId: string, step: string): Promise<Page> {
  const page = await e2e.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await page.goto(e2e.app.url);
  await page.goto(`${e2e.app.origin}/#/deals/${dealId}/${step}`);
  return page;
}

async function openTeam(dealId: string): Promise<Page> {
  const page = await openStep(dealId, 'team');
  await page.locator('table[aria-label="Our team"] tr.data-row').first().waitFor();
  return page;
}

const titleCell = (page: Page) => page.locator('table[aria-label="Our team"] tr.data-row').first().getByLabel('Title');
const savedRow = (page: Page) =>
  page.waitForResponse((response) => response.url().includes('/api/rows.update') && response.ok());

describe('a row edited in two windows', () => {
  it('the second save is refused with "changed in another window", shows the newer value and keeps the typed text', async () => {
    const deal = await api<{ id: string }>('deals.create', { title: 'Northwind renewal', ourSide: 'selling' });
    await api('rows.create', {
      table: 'teamMembers',
      dealId: deal.id,
      fields: { name: 'Ana Lopez', title: 'Account lead' },
    });
    const first = await openTeam(deal.id);
    const second = await openTeam(deal.id);
    expect(await titleCell(second).inputValue()).toBe('Account lead');

    const firstSaved = savedRow(first);
    await titleCell(first).fill('Sales director');
    await titleCell(first).blur();
    expect(((await (await firstSaved).json()) as { ok: boolean }).ok).toBe(true);

    // The second window still shows "Account lead" and edits from it.
    expect(await titleCell(second).inputValue()).toBe('Account lead');
    await titleCell(second).fill('Head of sales');
    await titleCell(second).blur();
    await second.getByText(/Not saved: This was changed in another window/).waitFor();
    // The newer value is in the cell; what was typed here is kept beside it.
    await expect.poll(() => titleCell(second).inputValue()).toBe('Sales director');
    await second.locator('.field-conflict q', { hasText: 'Head of sales' }).waitFor();
    const stored = await api<{ title: string }[]>('rows.list', { table: 'teamMembers', dealId: deal.id });
    expect(stored.map((m) => m.title)).toEqual(['Sales director']);
    await shot(second, 'row-conflict');

    // Having seen both, the user keeps theirs: it saves over the newer value knowingly.
    const mineSaved = savedRow(second);
    await second.getByRole('button', { name: 'Use mine' }).click();
    expect(((await (await mineSaved).json()) as { ok: boolean }).ok).toBe(true);
    await expect
      .poll(
        async () =>
          (await api<{ id: string; title: string }[]>('rows.list', { table: 'teamMembers', dealId: deal.id }))[0]
            ?.title,
      )
      .toBe('Head of sales');
    await first.reload();
    await expect.poll(() => titleCell(first).inputValue()).toBe('Head of sales');
  });

  it('a BATNA action edited in two windows: the stale save of its owner is refused, not written over', async () => {
    const deal = await api<{ id: string }>('deals.create', { title: 'Contoso renewal', ourSide: 'selling' });
    await api('rows.create', {
      table: 'batnaActions',
      dealId: deal.id,
      fields: { text: 'Get a written quote from Fabrikam', owner: 'Ana' },
    });
    const open = async () => {
      const page = await openStep(deal.id, 'batna');
      await page.getByLabel('Owner').first().waitFor();
      return page;
    };
    const first = await open();
    const second = await open();
    const owner = (page: Page) => page.getByLabel('Owner').first();
    expect(await owner(second).inputValue()).toBe('Ana');

    const firstSaved = savedRow(first);
    await owner(first).fill('Maria');
    await owner(first).blur();
    expect(((await (await firstSaved).json()) as { ok: boolean }).ok).toBe(true);

    // The second window still shows "Ana" and edits from it.
    expect(await owner(second).inputValue()).toBe('Ana');
    await owner(second).fill('Jonas');
    await owner(second).blur();
    await second.getByText(/This was changed in another window meanwhile/).waitFor();
    // The newer value is in the field; what was typed here is kept beside it.
    await expect.poll(() => owner(second).inputValue()).toBe('Maria');
    await second.locator('.field-conflict q', { hasText: 'Jonas' }).waitFor();
    const stored = await api<{ owner: string }[]>('rows.list', { table: 'batnaActions', dealId: deal.id });
    expect(stored.map((a) => a.owner)).toEqual(['Maria']);
  });
});
