import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { type BrowserModeApp, callApi } from '../support/browserMode';
import { SECRETS, seedDeal } from '../support/seedDeal';
import { shot } from '../support/shots';

/**
 * The reported bug of the "one deal model" issue: a prepared deal exported, deleted and
 * imported again came back without its BATNA, interests and questions. Here a rep's deal
 * makes that trip through the real UI and the steps' screens show what was prepared.
 */
const TITLE = 'Contoso round trip';

let app: BrowserModeApp;
let page: Page;
let e2e: BrowserApp;

const api = <T = unknown>(name: string, input: unknown) => callApi<T>(app, name, input);

const dealIdsTitled = async (title: string) =>
  ((await api('deals.list', {})) as { id: string; title: string }[]).filter((d) => d.title === title).map((d) => d.id);

/** Every value typed into the screen's fields (inputs and text areas), as the user sees them. */
const fieldValues = () =>
  page
    .locator('main input, main textarea')
    .evaluateAll((fields) => fields.map((field) => (field as unknown as { value: string }).value));

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-roundtrip-', {
    page: { viewport: { width: 1280, height: 900 }, acceptDownloads: true },
  });
  ({ app, page } = e2e);
});

afterAll(() => e2e?.close());

describe('a prepared deal survives export → delete → import', () => {
  let file = '';

  it('exports the prepared deal from the Data screen', async () => {
    await seedDeal(api, { title: TITLE });
    await page.goto(`${app.origin}/#/data`);
    await page.reload();
    await page.getByRole('checkbox', { name: TITLE }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export deal' }).click(),
    ]);
    file = readFileSync(await download.path(), 'utf8');
    expect(file).toContain(SECRETS.batna);
  });

  it('deletes it for good, then imports the file from the Data screen', async () => {
    const [id] = await dealIdsTitled(TITLE);
    await api('deals.delete', { id });
    await api('deals.purge', { id });
    expect(await dealIdsTitled(TITLE)).toEqual([]);

    await page.reload();
    await page.getByLabel('Deal file to import').setInputFiles({
      name: 'contoso-round-trip.parley.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await page.locator('.toast', { hasText: `Imported “${TITLE}”` }).waitFor();
    expect(await dealIdsTitled(TITLE)).toHaveLength(1);
  });

  it('shows the BATNA, reservation and target on the BATNA screen', async () => {
    const [id] = await dealIdsTitled(TITLE);
    await page.goto(`${app.origin}/#/deals/${id}/batna`);
    await page.getByRole('heading', { name: 'Our BATNA', exact: true }).waitFor();
    await expect.poll(() => page.getByLabel('Description').first().inputValue()).toBe(SECRETS.batna);
    expect(await page.getByLabel('Next-best course').inputValue()).toBe('Resell the capacity to Contoso');
    expect(await page.getByLabel('Our reservation point').inputValue()).toBe(String(SECRETS.reservation));
    expect(await page.getByLabel('Our target').inputValue()).toBe(String(SECRETS.target));
  });

  it('shows the interests, positions and questions on the Interests screen', async () => {
    const [id] = await dealIdsTitled(TITLE);
    await page.goto(`${app.origin}/#/deals/${id}/interests`);
    await expect.poll(fieldValues).toContain(SECRETS.interest);
    const values = await fieldValues();
    expect(values).toContain('Multi-year revenue');
    expect(values).toContain('Price must drop 10 %');
    expect(values).toContain(SECRETS.question);
    await shot(page, 'deal-file-round-trip', { fullPage: true });
  });
});
