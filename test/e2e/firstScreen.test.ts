import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserModeApp, callApi, startBrowserMode } from '../support/browserMode';
import { launchChromium } from '../support/chromium';
import { makeTempDir } from '../support/tempDataDir';

/**
 * The page opened with the token arrives with the deals list in it (rendered by the server
 * with the page's own components), and the page's first render takes over from it.
 */
let app: BrowserModeApp;
let browser: Browser;
const temp = makeTempDir('parley-e2e-first-');
const HOSTILE = '</script><script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> $& <!--';

beforeAll(async () => {
  app = await startBrowserMode(temp.dir);
  browser = await launchChromium();
  await callApi(app, 'deals.create', { title: 'Globex renewal', counterparty: 'Globex' });
  await callApi(app, 'deals.create', { title: HOSTILE, counterparty: 'Mallory <b>Ltd</b>' });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  temp.remove();
});

const row = (page: Page, title: string) => page.locator('[role="row"][data-deal-id]', { hasText: title });

describe('first screen in the served page', () => {
  it('shows the rows before any script runs, hostile titles as text', async () => {
    // No JavaScript at all: what shows is the HTML the server sent.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(app.url);
      await row(page, 'Globex renewal').waitFor();
      expect(await row(page, HOSTILE).locator('.deal-title').textContent()).toBe(HOSTILE);
      expect(await page.locator('.cell-counterparty', { hasText: 'Mallory' }).textContent()).toBe('Mallory <b>Ltd</b>');
      expect(await page.locator('img').count()).toBe(0);
      // Nothing responds before the page's code runs: it is inert, not silently dead.
      expect(await page.locator('.app').getAttribute('inert')).toBe('');
    } finally {
      await context.close();
    }
  });

  it('is replaced by the page’s own render: one app, interactive, no script from a title ran', async () => {
    const page = await browser.newPage();
    try {
      // The deals in the page are shown at once and read again when the list mounts.
      const reread = page.waitForRequest(
        (request) => request.url().endsWith('/api/deals.list') && request.postDataJSON()?.includeArchived === true,
      );
      await page.goto(app.url);
      await reread;
      // The token left the address bar (and with it, the next reload's request).
      await expect.poll(() => page.url()).toBe(`${app.origin}/#/`);
      await expect.poll(() => page.locator('.app:not([inert])').count()).toBe(1);
      expect(await page.locator('.app').count()).toBe(1);
      expect(await page.locator('#parley-first-deals').count()).toBe(0);
      expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
      expect(await row(page, HOSTILE).locator('.deal-title').textContent()).toBe(HOSTILE);
      // Sorting works on the page's own render.
      await page.getByRole('button', { name: 'Deal', exact: true }).click();
      await expect
        .poll(() => page.locator('[role="columnheader"][aria-sort="ascending"]').textContent())
        .toContain('Deal');
    } finally {
      await page.close();
    }
  });

  it('opens the screen the address names, not the deals list the page came with', async () => {
    const page = await browser.newPage();
    try {
      const deals = await callApi<{ id: string; title: string }[]>(app, 'deals.list', {});
      const id = deals.find((d) => d.title.startsWith('Globex'))?.id ?? '';
      await page.goto(`${app.url}#/deals/${id}`);
      await page.getByRole('navigation', { name: 'Preparation steps' }).waitFor();
      expect(page.url()).toBe(`${app.origin}/#/deals/${id}`);
      expect(await page.locator('[role="row"][data-deal-id]').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('shows what changed since: a deal written after the page was served, and after a reload', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(app.url);
      await row(page, 'Globex renewal').waitFor();
      await callApi(app, 'deals.update', {
        id: (await callApi<{ id: string; title: string }[]>(app, 'deals.list', {})).find(
          (d) => d.title === 'Globex renewal',
        )?.id,
        patch: { title: 'Globex renewal 2028' },
      });
      await callApi(app, 'deals.create', { title: 'Initech pilot' });
      // The reload's request has no token: the page reads the deals from the API, as they are now.
      await page.reload();
      await row(page, 'Initech pilot').waitFor();
      await row(page, 'Globex renewal 2028').waitFor();
      expect(await row(page, 'Globex renewal').count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
