import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../support/bidSheets';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { type BrowserModeApp, callApi } from '../support/browserMode';
import { kestrelBids, kestrelTender, must } from '../support/kestrelTender';
import { pdfPageShot, shot } from '../support/shots';

let app: BrowserModeApp;
let browser: Browser;
let page: Page;
let e2e: BrowserApp;

const api = <T = unknown>(name: string, input: unknown) => callApi<T>(app, name, input);

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-tender-', { page: { viewport: { width: 1400, height: 950 } } });
  ({ app, browser, page } = e2e);
});

afterAll(() => e2e?.close());

/** The Kestrel tender as the category manager sets it up; returns the three filled bid sheets on disk. */
async function kestrelWithFilledSheets() {
  const fixture = kestrelTender();
  const deal = await api<{ id: string }>('deals.create', {
    title: 'Kestrel Foods: cold-chain transport tender 2027',
    counterparty: 'Three refrigerated carriers',
    context: 'procurement',
    ourSide: 'buying',
  });
  await api('tender.update', { dealId: deal.id, patch: { ...fixture.terms, minServiceLevelPct: 98.5 } });
  const lotIds = new Map<string, string>();
  for (const { id, ...fields } of fixture.lots)
    lotIds.set(id, (await api<{ id: string }>('rows.create', { table: 'tenderLots', dealId: deal.id, fields })).id);
  const files: { path: string; supplier: string }[] = [];
  for (const s of fixture.suppliers) {
    const fixtureBid = must(kestrelBids().find((b) => b.supplierId === s.id));
    const supplier = await api<{ id: string }>('rows.create', {
      table: 'tenderSuppliers',
      dealId: deal.id,
      fields: { name: s.name, incumbent: s.incumbent, qualityScore: fixtureBid.qualityScore },
    });
    const template = await api<{ contentBase64: string; fileName: string }>('tender.bidTemplate', {
      dealId: deal.id,
      supplierId: supplier.id,
    });
    const bid = {
      ...fixtureBid,
      supplierId: supplier.id,
      lines: fixtureBid.lines.map((l) => ({ ...l, lotId: must(lotIds.get(l.lotId)) })),
    };
    const filled = await fillTemplate(new Uint8Array(Buffer.from(template.contentBase64, 'base64')), bid);
    const path = join(e2e.dataDir, template.fileName);
    writeFileSync(path, filled);
    files.push({ path, supplier: s.name });
  }
  return { dealId: deal.id, files };
}

describe('Tender step', () => {
  it('imports three bid sheets, compares them, picks a split award and prints the comparison', async () => {
    const { dealId, files } = await kestrelWithFilledSheets();
    await page.goto(`${app.origin}/#/deals/${dealId}/tender`);
    await page.getByRole('heading', { name: 'Import a filled bid sheet' }).waitFor();

    for (const file of files) {
      await page.locator('input[type=file]').setInputFiles(file.path);
      const dialog = page.getByRole('dialog');
      await dialog.getByText(`Bid from ${file.supplier}.`).waitFor();
      // The preview shows what it read, cell by cell, before anything is saved.
      await dialog.getByRole('cell', { name: 'Payment terms: days after invoice' }).waitFor();
      await dialog.getByRole('button', { name: 'Import this bid' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Bid from ${file.supplier} imported` })
        .waitFor();
    }

    const bids = page.getByRole('table', { name: 'Bids compared' });
    // Each supplier's row shows money once its bid is in (the comparison is re-read after each import).
    for (const file of files)
      await bids.getByRole('row').filter({ hasText: file.supplier }).filter({ hasText: '€' }).waitFor();

    const split = page.getByRole('article', { name: 'Split award by lot' });
    await split.getByText('Lane 2 — Lyon → Bilbao → Frigo Sud Transports').waitFor();
    await split.getByRole('button', { name: 'Pick split award by lot' }).click();
    await split.getByText('picked for the plan').waitFor();

    for (const width of [1024, 1920]) {
      // Tall enough for the whole step: the workspace scrolls inside, which a full-page shot does not see.
      await page.setViewportSize({ width, height: 3400 });
      await shot(page, `tender-${width}`, { fullPage: true });
    }

    // "Print comparison…" prints this document; print it the way Electron's printToPDF does.
    const { html } = await api<{ html: string }>('tender.comparisonDocument', { dealId, pageSize: 'A4' });
    const printer = await browser.newPage({ javaScriptEnabled: false });
    await printer.setContent(html, { waitUntil: 'load' });
    const pdfFile = join(e2e.dataDir, 'tender-comparison.pdf');
    writeFileSync(pdfFile, await printer.pdf({ preferCSSPageSize: true, printBackground: true }));
    await printer.close();
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    for (const file of files) expect(text).toContain(file.supplier);
    expect(text).toMatch(/Split award by lot \(picked\)/);
    expect(text).toMatch(/Total cost\s+€[\d,]+/);
    expect(text).toMatch(/savings €[\d,]+ \([\d.]+ %\)/);
    expect(text).toContain('Baseline: €2,699,200 over 24 months');
    pdfPageShot(pdfFile, 1, 'tender-comparison');

    // The same page travels in the plan.
    const plan = await api<{ html: string }>('plan.document', { dealId, kind: 'plan', pageSize: 'A4' });
    expect(plan.html).toContain('Tender comparison');
    expect(plan.html).toContain('Split award by lot <strong>(picked)</strong>');

    // Remove a supplier and a lot, then Undo: the tender comes back exactly, bids and prices included.
    await page.setViewportSize({ width: 1400, height: 950 });
    const rowsBefore = await api('tender.get', { dealId });
    const comparisonBefore = await api('tender.comparison', { dealId });
    const supplier = must(files[0]).supplier;
    const supplierRow = page.locator('section[aria-labelledby="tender-suppliers"] tbody tr').first();
    await supplierRow.getByRole('button', { name: 'Remove' }).click();
    const supplierToast = page.locator('.toast').filter({ hasText: `Deleted supplier ${supplier}` });
    await supplierToast.waitFor();
    await bids.getByRole('row').filter({ hasText: supplier }).waitFor({ state: 'detached' });
    await supplierToast.getByRole('button', { name: 'Undo' }).click();
    await bids.getByRole('row').filter({ hasText: supplier }).filter({ hasText: '€' }).waitFor();

    const lot = must(kestrelTender().lots[0]).name;
    const lotRow = page.locator('section[aria-labelledby="tender-lots"] tbody tr').first();
    await lotRow.getByRole('button', { name: 'Remove' }).click();
    const lotToast = page.locator('.toast').filter({ hasText: `Deleted lot ${lot}` });
    await lotToast.waitFor();
    await page
      .locator('section[aria-labelledby="tender-lots"] tbody tr')
      .nth(kestrelTender().lots.length - 1)
      .waitFor({ state: 'detached' });
    expect(await api('tender.comparison', { dealId })).not.toEqual(comparisonBefore);
    await shot(page, 'tender-lot-deleted');
    await lotToast.getByRole('button', { name: 'Undo' }).click();
    await page
      .locator('section[aria-labelledby="tender-lots"] tbody tr')
      .nth(kestrelTender().lots.length - 1)
      .waitFor();
    await expect.poll(() => api('tender.get', { dealId })).toEqual(rowsBefore);
    expect(await api('tender.comparison', { dealId })).toEqual(comparisonBefore);
  }, 240_000);

  it('refuses a sheet with text in a price cell, naming the row and column, and saves nothing', async () => {
    const { dealId, files } = await kestrelWithFilledSheets();
    const broken = join(e2e.dataDir, 'broken.csv');
    writeFileSync(
      broken,
      'Line ID;Item;Unit;Volume per year;Your offer\r\nlot:unknown;Lane 9;EUR per pallet;100;about ninety\r\n',
    );
    await page.goto(`${app.origin}/#/deals/${dealId}/tender`);
    await page.locator('input[type=file]').setInputFiles(broken);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Row 2, column A: “Lane 9” is not a lot of this tender').waitFor();
    await expect(dialog.getByRole('button', { name: 'Import this bid' }).isDisabled()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const rows = await api<{ bids: unknown[] }>('tender.get', { dealId });
    expect(rows.bids).toEqual([]);
    expect(files).toHaveLength(3);
  }, 120_000);
});
