import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAcmeRenewal } from '../support/acmeRenewal';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { type BrowserModeApp, startBrowserMode } from '../support/browserMode';
import { shot } from '../support/shots';

let e2e: BrowserApp;
/** The server the page talks to: the fixture's, then the one started after it was killed. */
let app: BrowserModeApp;
let page: Page;
let dealId = '';

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-live-', {
    page: { viewport: { width: 1280, height: 800 }, locale: 'en-US' },
    open: false,
  });
  ({ app, page } = e2e);
  // Selling: price matters most to us, support to them (the debrief test's deal).
  ({ dealId } = await seedAcmeRenewal(e2e.api, { ourReservation: 110000, ourValuePoints: 30 }));
});

afterAll(async () => {
  if (app !== e2e?.app) await app?.stop();
  await e2e?.close();
});

const latestUs = () => page.locator('[aria-label^="Latest"] [data-testid="live-value-us"]').textContent();
const latestFrontier = () => page.locator('[aria-label^="Latest"] [data-testid="live-frontier"]').textContent();
const offerCount = () => page.getByTestId('live-offer').count();

/** Leave any field, pick the side by its key, type each issue's text, Tab between, Enter logs. */
async function logOffer(side: 'o' | 't', texts: string[]) {
  await page.keyboard.press('Escape');
  await page.keyboard.press(side);
  for (const [i, text] of texts.entries()) {
    if (text) await page.keyboard.type(text, { delay: 15 });
    await page.keyboard.press(i === texts.length - 1 ? 'Enter' : 'Tab');
  }
}

/** The page text without clock readings (timer, entry times), which are not internal. */
const textWithoutClocks = async () =>
  ((await page.locator('body').textContent()) ?? '').replace(/\d{1,2}:\d{2}(:\d{2})?/g, ' ');

describe('at the table, keyboard only, in real Chromium', () => {
  it('logs six alternating offers, scores each, survives a server kill and fills the debrief', async () => {
    await page.goto(app.url);
    await page.goto(`${app.url.split('#')[0]}#/deals/${dealId}/details`);
    await page.getByRole('heading', { name: 'Acme renewal' }).waitFor();
    await page.keyboard.press('Alt+l');
    await page.getByRole('heading', { name: 'At the table' }).waitFor();

    // Price, Support; an empty text carries the issue over from the offer before.
    const offers: { side: 'o' | 't'; texts: string[]; us: string; onFrontier: boolean }[] = [
      { side: 'o', texts: ['140', 'bas'], us: '100', onFrontier: true },
      { side: 't', texts: ['120', 'st'], us: '50', onFrontier: false },
      { side: 'o', texts: ['140', ''], us: '80', onFrontier: true },
      { side: 't', texts: ['100', ''], us: '20', onFrontier: false },
      { side: 'o', texts: ['140', 'prem'], us: '60', onFrontier: true },
      { side: 't', texts: ['€120', ''], us: '30', onFrontier: true },
    ];
    for (const [i, offer] of offers.entries()) {
      if (i === 4) {
        // An authority limit of 70 points to us, set from the keyboard, for this sitting.
        await page.keyboard.press('Escape');
        await page.keyboard.press('a');
        await page.keyboard.type('70', { delay: 15 });
        await page.keyboard.press('Enter');
        await page.getByText('Authority limit saved').waitFor();
        // Our offer crossing the walk-away is held back with a warning first.
        await logOffer('o', ['100', 'prem']);
        await page.getByText('crosses your walk-away').first().waitFor();
        expect(await offerCount()).toBe(4);
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Control+a');
        await page.keyboard.type('140', { delay: 15 });
        await page.keyboard.press('Tab');
        // Worth 60 to us: inside the walk-away but below the authority limit, so held back again.
        await page.keyboard.press('Enter');
        await page.getByText('below your authority limit').first().waitFor();
        expect(await offerCount()).toBe(4);
        await page.keyboard.press('Enter'); // logged anyway, on purpose
      } else {
        await logOffer(offer.side, offer.texts);
      }
      await expect.poll(offerCount).toBe(i + 1);
      await expect.poll(latestUs).toBe(offer.us);
      await expect
        .poll(latestFrontier)
        .toMatch(offer.onFrontier ? /^On the frontier/ : /^Off the frontier .*better for both/);
      if (i === 1) {
        await page.keyboard.press('Escape');
        await page.keyboard.press('1'); // a moment from the catalogue, one key
      }
    }
    expect(await latestFrontier()).toBe('On the frontier: no package is better for both.');
    expect(await page.getByTestId('live-value-them').last().textContent()).toBe('90');
    // Concession sizes per round: ours 100→80→60 (20, 20), theirs 50→60→90 in their value (−10, −30).
    expect(await page.getByTestId('live-reciprocity').textContent()).toBe('0');

    await page.keyboard.press('Escape');
    await page.keyboard.press('3');
    await page.keyboard.press('n');
    await page.keyboard.type('CFO joins at eleven', { delay: 10 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('live-entry').count()).toBe(3);
    await shot(page, 'live-1280');

    // Opaque: one key takes every internal figure out of the page.
    await page.keyboard.press('Escape');
    await page.keyboard.press('h');
    await page.getByRole('button', { name: /Opaque on/ }).waitFor();
    expect(await page.getByTestId('live-value-us').count()).toBe(0);
    const text = await textWithoutClocks();
    for (const internal of ['100', '50', '80', '20', '60', '30', '40', '90', '110,000', '140,000', 'vs BATNA']) {
      expect(text, `"${internal}" is on the page in opaque mode`).not.toMatch(
        new RegExp(`(^|[^\\w€])${internal}($|[^\\w])`),
      );
    }
    expect(await page.locator('svg.dance-chart').count()).toBe(0);
    await shot(page, 'live-opaque');
    await page.keyboard.press('Alt+h');
    await page.getByRole('button', { name: /Opaque off/ }).waitFor();

    // The server dies mid-session; a new one on the same data folder has every offer.
    app.process.kill('SIGKILL');
    await new Promise((done) => app.process.once('exit', done));
    app = await startBrowserMode(e2e.dataDir);
    await page.goto(app.url);
    await page.goto(`${app.url.split('#')[0]}#/deals/${dealId}/live`);
    await page.getByRole('heading', { name: 'At the table' }).waitFor();
    await expect.poll(offerCount).toBe(6);
    await expect.poll(latestUs).toBe('30');
    await expect.poll(() => page.getByTestId('live-entry').count()).toBe(3);

    // Ending fills the debrief: the final package as the agreement, the moments, the offers.
    await page.keyboard.press('e');
    const dialog = page.getByRole('dialog', { name: 'End the session and fill the debrief' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Agreed Price').locator('option:checked').textContent()).toBe('€120k');
    expect(await dialog.getByLabel('Agreed Support').locator('option:checked').textContent()).toBe('Premium');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/debrief$/);
    await page.getByRole('heading', { name: 'At the table: offer history' }).waitFor();
    expect(await page.getByLabel('Agreed option for Price').locator('option:checked').textContent()).toBe('€120k');
    expect(await page.getByLabel('Agreed option for Support').locator('option:checked').textContent()).toBe('Premium');
    expect(await page.getByTestId('live-offer').count()).toBe(6);
    const moments = page.locator('section[aria-labelledby="debrief-moments"]');
    await expect
      .poll(() => moments.locator('option:checked').allTextContents())
      .toEqual(expect.arrayContaining(['Flexibility signalled too early', 'Silence after a proposal — held']));
    await page.getByText('Note: CFO joins at eleven').waitFor();
    await shot(page, 'debrief-1280', { fullPage: true });
  });
});
