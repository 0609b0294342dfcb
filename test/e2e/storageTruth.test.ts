import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { createDeal } from '../../db/repositories/deals';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { MIGRATIONS_FOLDER } from '../support/tempDataDir';

let e2e: BrowserApp | undefined;
afterEach(async () => {
  await e2e?.close();
  e2e = undefined;
});

/** Parley on a data folder that holds a deal made before the server starts (no page open yet). */
async function openWithDeal(title: string, fileSizeLimitKb?: number): Promise<BrowserApp> {
  e2e = await openBrowserApp('parley-e2e-storage-', {
    open: false,
    fileSizeLimitKb,
    fill: async (dataDir) => {
      const database = await openDatabase({ dataDir, migrationsFolder: MIGRATIONS_FOLDER });
      createDeal(database.db, { title });
      database.close();
    },
  });
  return e2e;
}

/** The deal opened on its details step in a fresh page. */
async function openDeal({ browser, app }: BrowserApp, title: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(app.url);
  await page.locator('[role="row"][data-deal-id]', { hasText: title }).dblclick();
  await page.getByRole('heading', { name: title }).waitFor();
  return page;
}

describe('storage never lies, seen in real Chromium', () => {
  it('refuses the second window’s save over a newer value, shows it, and keeps the typed text', async () => {
    const opened = await openWithDeal('Fabrikam renewal');
    const first = await openDeal(opened, 'Fabrikam renewal');
    const second = await openDeal(opened, 'Fabrikam renewal');

    await first.getByLabel('Counterparty', { exact: true }).fill('Fabrikam Ltd');
    await first.getByLabel('Counterparty', { exact: true }).blur();
    await first.getByText('Saved', { exact: true }).waitFor();

    // The second window still shows the old, empty value and saves over it.
    const counterparty = second.getByLabel('Counterparty', { exact: true });
    expect(await counterparty.inputValue()).toBe('');
    await counterparty.fill('Fabrikam Holdings');
    await counterparty.blur();
    await second.getByText(/changed in another window/).waitFor();
    await second.getByText('Not saved', { exact: true }).waitFor();
    // The newer value is shown, and what was typed here is kept beside it.
    await expect.poll(() => counterparty.inputValue()).toBe('Fabrikam Ltd');
    await second.getByText('Fabrikam Holdings').waitFor();
    expect(await second.getByText('Saved', { exact: true }).count()).toBe(0);

    // Having seen both, the user keeps theirs: it saves over the newer value knowingly.
    await second.getByRole('button', { name: 'Use mine' }).click();
    await second.getByText('Saved', { exact: true }).waitFor();
    await first.reload();
    await expect.poll(() => first.getByLabel('Counterparty', { exact: true }).inputValue()).toBe('Fabrikam Holdings');
  });

  it('shows a save that the full disk refused as not saved, keeps the text and says why', async () => {
    // 400 KiB per file: the write-ahead log is full after a few long notes.
    const page = await openDeal(await openWithDeal('Contoso supply', 400), 'Contoso supply');
    const notes = page.getByLabel('Notes', { exact: true });
    let typed = '';
    for (let attempt = 0; attempt < 40; attempt++) {
      typed = `Attempt ${attempt}: ${'walk-away terms and why '.repeat(800)}`;
      const answer = page.waitForResponse((response) => response.url().includes('/api/deals.update'));
      await notes.fill(typed);
      await notes.blur();
      if (!((await (await answer).json()) as { ok: boolean }).ok) break;
    }
    await page.getByText('Not saved', { exact: true }).waitFor();
    // A file-size limit fails the write as an I/O error (a truly full disk reads "The disk is full").
    await page.getByText(/could not write to the disk .* your last change was not saved/).waitFor();
    expect(await notes.inputValue()).toBe(typed);
  });
});
