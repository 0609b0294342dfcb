import type { Browser, CDPSession, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import type { BrowserModeApp } from '../support/browserMode';

/**
 * A slow laptop and a fast typist: the page runs 6× slower (DevTools CPU throttling), keys
 * come 15 ms apart, and Enter is pressed before the previous row has come back. Nothing
 * typed may be lost, merged, reordered or cut.
 */
let app: BrowserModeApp;
let browser: Browser;
let page: Page;
let e2e: BrowserApp;
let cdp: CDPSession;
/** The deal's own address, for pages opened beside the main one. */
let dealUrl: string;
const KEY_DELAY_MS = 15;

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-typing-', { page: { viewport: { width: 1440, height: 900 } } });
  ({ app, browser, page } = e2e);
  await page.getByRole('button', { name: 'Create a deal' }).click();
  await page.getByLabel('Title').fill('Northwind 3PL tender');
  await page.getByLabel('Counterparty').fill('Northwind Logistics');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Northwind 3PL tender' }).waitFor();
  dealUrl = page.url();
  cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
});

afterAll(() => e2e?.close());

const openStep = async (label: RegExp) => {
  await page.getByRole('navigation', { name: 'Preparation steps' }).getByRole('link', { name: label }).click();
};
const type = (text: string) => page.keyboard.type(text, { delay: KEY_DELAY_MS });
/** Three entries, each followed by Enter, without waiting for anything in between. */
async function typeThree(names: readonly string[], last: 'Enter' | 'Tab' = 'Enter') {
  for (const [i, name] of names.entries()) {
    await type(name);
    await page.keyboard.press(i === names.length - 1 ? last : 'Enter');
  }
}
const valuesOf = (inputs: Locator) =>
  inputs.evaluateAll((els) => els.map((el) => (el as unknown as { value: string }).value));
const dealIdOf = (url: string) => /[0-9a-f]{8}-[0-9a-f-]{27}/.exec(url)?.[0] ?? '';
/** Another tab of the same app (the launch token comes with app.url), on this deal. */
async function openDealIn(other: Page) {
  await other.goto(app.url);
  await other.evaluate((hash) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
  }, new URL(dealUrl).hash);
  await other.getByRole('heading', { name: 'Northwind 3PL tender' }).waitFor();
}
const nameColumn = (table: string, label: string) =>
  page.getByRole('table', { name: table }).locator('tbody tr[data-row-id]').getByLabel(label, { exact: true });

describe('typing under CPU throttling', () => {
  it('keeps every stakeholder typed straight after Enter', async () => {
    await openStep(/Counterparty map/);
    await page.getByLabel('New stakeholder name').click();
    const names = ['Oskar Vidal', 'Bob Quick', 'Carla Diaz'];
    await typeThree(names);
    await expect.poll(() => valuesOf(nameColumn('Stakeholders', 'Name')), { timeout: 30_000 }).toEqual(names);
    expect(await page.getByLabel('New stakeholder name').inputValue()).toBe('');
  });

  it('keeps every decision step apart, and an empty Enter adds nothing', async () => {
    await page.getByLabel('New decision step').click();
    const steps = ['Security review', 'Budget sign-off', 'Legal redlines'];
    await typeThree(steps);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => valuesOf(nameColumn('Decision path', 'What is approved')), { timeout: 30_000 })
      .toEqual(steps);
    await page.waitForLoadState('networkidle');
    expect(await valuesOf(nameColumn('Decision path', 'What is approved'))).toEqual(steps);
  });

  it('keeps every issue typed after Enter in an issue name', async () => {
    await openStep(/Issues & options/);
    await page.getByRole('button', { name: '+ Add issue' }).click();
    const issues = ['List price 540k', 'Payment terms', 'Support level'];
    await typeThree(issues, 'Tab');
    await expect
      .poll(() => valuesOf(page.locator('.issue-card .issue-name textarea')), { timeout: 30_000 })
      .toEqual(issues);
  });

  it('keeps every option typed after Enter in an option', async () => {
    const card = page.locator('.issue-card').nth(1);
    await card.getByRole('button', { name: '+ Add option' }).click();
    const options = ['30 days', '45 days', '60 days'];
    await typeThree(options, 'Tab');
    await expect.poll(() => valuesOf(card.getByLabel('Option', { exact: true })), { timeout: 30_000 }).toEqual(options);
  });

  it('keeps the cursor when the new option arrives while its text is typed in the stand-in', async () => {
    // An add is confirmed only once every query is re-read. A slow one leaves the new row on
    // screen before the confirmation, so the next keys go to the stand-in and the row takes
    // over mid-entry: the cursor has to follow, or the rest of the entry (and its Enter) is lost.
    const slowProgress = async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue().catch(() => undefined);
    };
    await page.route('**/api/deals.progress', slowProgress);
    try {
      const card = page.locator('.issue-card').nth(2);
      await card.getByRole('button', { name: '+ Add option' }).click();
      const rows = [
        ['Standard', '0', '80'],
        ['Priority', '70', '40'],
        ['Dedicated', '100', '0'],
      ] as const;
      for (const [n, [label, us, them]] of rows.entries()) {
        await expect.poll(() => card.getByLabel('Option', { exact: true }).count(), { timeout: 30_000 }).toBe(n + 1);
        await type(label);
        await card.locator('.type-ahead-input').waitFor({ state: 'detached', timeout: 30_000 });
        await page.keyboard.press('Tab');
        await type(us);
        await page.keyboard.press('Tab');
        await type(them);
        await page.keyboard.press(n < rows.length - 1 ? 'Enter' : 'Tab');
      }
      const column = (label: string) => valuesOf(card.getByLabel(label, { exact: true }));
      await expect.poll(() => column('Option'), { timeout: 30_000 }).toEqual(rows.map((row) => row[0]));
      await expect.poll(() => column('Our score'), { timeout: 30_000 }).toEqual(rows.map((row) => row[1]));
      await expect.poll(() => column('Their score'), { timeout: 30_000 }).toEqual(rows.map((row) => row[2]));
    } finally {
      await page.unroute('**/api/deals.progress', slowProgress);
    }
  });

  it('keeps what was typed when the page reloads at once', async () => {
    await page.waitForLoadState('networkidle');
    await openStep(/BATNA & reservation/);
    const course = page.getByLabel('Next-best course');
    await course.click();
    await type('Tailspin Freight, 3-year contract');
    await page.reload();
    await page.getByLabel('Next-best course').waitFor();
    await expect
      .poll(() => page.getByLabel('Next-best course').inputValue(), { timeout: 20_000 })
      .toBe('Tailspin Freight, 3-year contract');

    // The same for a cell in a list, with the reload sent under 100 ms after the last key.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await openStep(/Counterparty map/);
    const cell = nameColumn('Stakeholders', 'Name').first();
    await cell.click();
    await page.keyboard.press('End');
    await type(' (CFO)');
    await page.reload();
    await expect
      .poll(() => valuesOf(nameColumn('Stakeholders', 'Name')), { timeout: 20_000 })
      .toEqual(['Oskar Vidal (CFO)', 'Bob Quick', 'Carla Diaz']);
  });

  it('reads a reservation point as meant and says what it understood before saving', async () => {
    await page.waitForLoadState('networkidle');
    await openStep(/BATNA & reservation/);
    const reservation = page.getByLabel('Our reservation point');
    await reservation.fill('410,000');
    await page.getByText('Read as €410,000').waitFor();
    await reservation.press('Tab');
    const target = page.getByLabel('Our target');
    await target.fill('€480k');
    await page.getByText('Read as €480,000').waitFor();
    await target.fill('1.234');
    await page.getByText(/could be read two ways/).waitFor();
    await target.fill('9.4');
    await target.press('Tab');
    await page.waitForLoadState('networkidle');
    await page.reload();
    await expect.poll(() => page.getByLabel('Our reservation point').inputValue(), { timeout: 20_000 }).toBe('410000');
    expect(await page.getByLabel('Our target').inputValue()).toBe('9.4');
  });

  it('refuses an over-long deal title with the same message as every field, instead of cutting it', async () => {
    await page.getByRole('link', { name: '← All deals' }).click();
    await page.getByRole('button', { name: 'New deal' }).click();
    const title = page.getByLabel('Title');
    await title.fill('A'.repeat(5000));
    expect((await title.inputValue()).length).toBe(5000);
    await page.keyboard.press('Enter');
    await page.getByText('Title must be at most 200 characters').waitFor();
  });

  it('sends the last keystrokes when the desktop window asks before closing, and answers only once they are saved', async () => {
    // The page as Electron's preload would give it: the close handshake's callback is kept
    // where the test can call it, as the main process does when the window's close is held.
    const closing = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await closing.addInitScript(() => {
        const w = globalThis as unknown as { parleyShell: unknown; closeFlush?: () => Promise<void> };
        w.parleyShell = {
          exportPdf: async () => ({ ok: false, message: 'not in this test' }),
          onMenuCommand: () => () => {},
          onOpenedFile: () => () => {},
          onFlushRequest: (callback: () => Promise<void>) => {
            w.closeFlush = callback;
          },
        };
      });
      await openDealIn(closing);
      const throttled = await closing.context().newCDPSession(closing);
      await throttled.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      await closing
        .getByRole('navigation', { name: 'Preparation steps' })
        .getByRole('link', { name: /Counterparty map/ })
        .click();
      const cell = closing
        .getByRole('table', { name: 'Stakeholders' })
        .locator('tbody tr[data-row-id]')
        .getByLabel('Name', { exact: true })
        .nth(2);
      await cell.click();
      await closing.keyboard.press('End');
      await closing.keyboard.type(' (COO)', { delay: KEY_DELAY_MS });
      // The main process's request, at once after the last key (well inside the typing pause):
      // once the page answers, the edit is in the database, read back before anything else runs.
      const stored = await closing.evaluate(async (dealId) => {
        const w = globalThis as unknown as {
          closeFlush: () => Promise<void>;
          sessionStorage: { getItem(key: string): string | null };
        };
        await w.closeFlush();
        const response = await fetch('/api/rows.list', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Parley-Token': w.sessionStorage.getItem('parley.token') ?? '',
          },
          body: JSON.stringify({ table: 'stakeholders', dealId }),
        });
        const envelope = (await response.json()) as { ok: boolean; value: { name: string }[] };
        return envelope.value.map((row) => row.name);
      }, dealIdOf(dealUrl));
      expect(stored).toEqual(['Oskar Vidal (CFO)', 'Bob Quick', 'Carla Diaz (COO)']);
    } finally {
      await closing.close();
    }
    const after = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await openDealIn(after);
      await after
        .getByRole('navigation', { name: 'Preparation steps' })
        .getByRole('link', { name: /Counterparty map/ })
        .click();
      const names = after
        .getByRole('table', { name: 'Stakeholders' })
        .locator('tbody tr[data-row-id]')
        .getByLabel('Name', { exact: true });
      await expect
        .poll(() => valuesOf(names), { timeout: 20_000 })
        .toEqual(['Oskar Vidal (CFO)', 'Bob Quick', 'Carla Diaz (COO)']);
    } finally {
      await after.close();
    }
  });
});
