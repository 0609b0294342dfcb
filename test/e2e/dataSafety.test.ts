import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEAL_FILE_VERSION } from '../../db/dealFiles/format';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import type { BrowserModeApp } from '../support/browserMode';
import { shot } from '../support/shots';

const WEB_ENTRY = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'web.js');
/** Markup a user might paste (or a hostile deal file might carry) into any text field. */
const PAYLOADS = {
  title: '<img src=x onerror="window.__xss=1">Hostile deal',
  counterparty: '"><svg onload="window.__xss=2"></svg>',
  notes: '<script>window.__xss=3</script><iframe src="javascript:window.__xss=4"></iframe>',
};

let app: BrowserModeApp;
let page: Page;
let e2e: BrowserApp;

async function api(name: string, input: unknown) {
  const response = await fetch(`${app.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Parley-Token': app.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

/** Opens a screen fresh: data written through the API above must be re-read. */
async function show(hash: string) {
  await page.goto(`${app.origin}/${hash}`);
  await page.reload();
}

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-data-', {
    page: { viewport: { width: 1280, height: 900 }, acceptDownloads: true },
  });
  ({ app, page } = e2e);
});

afterAll(() => e2e?.close());

describe('one Parley per data folder', () => {
  it('a second browser-mode server on the same folder refuses with one clear line', async () => {
    const second = spawn(process.execPath, [WEB_ENTRY], {
      env: { ...process.env, PARLEY_DATA_DIR: e2e.dataDir, PARLEY_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    second.stdout?.on('data', (chunk) => {
      stdout += String(chunk);
    });
    second.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const code = await new Promise<number | null>((done) => second.once('exit', done));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      new RegExp(`Another Parley \\(process ${app.process.pid}\\) is already using the data folder`),
    );
  });
});

describe('user text is never rendered as markup', () => {
  it('shows hostile text literally in the list, the workspace and the data screen', async () => {
    const created = (await api('deals.create', PAYLOADS)) as { ok: boolean; value: { id: string } };
    expect(created.ok).toBe(true);
    await show('#/');
    await page.getByText(PAYLOADS.title).first().waitFor();
    await show(`#/deals/${created.value.id}/details`);
    await page.getByLabel('Notes').waitFor();
    expect(await page.getByLabel('Notes').inputValue()).toBe(PAYLOADS.notes);
    await show('#/data');
    await page.getByText(PAYLOADS.title).first().waitFor();
    expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload], iframe, script:not([src])').count()).toBe(0);
    await api('deals.delete', { id: created.value.id });
    await api('deals.purge', { id: created.value.id });
  });
});

describe('Data & backups screen', () => {
  it('backs up, restores with confirmation, and undoes the restore', async () => {
    await api('deals.create', { title: 'In the backup' });
    await show('#/data');
    await page.getByRole('heading', { name: 'Data & backups' }).waitFor();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.locator('.toast', { hasText: 'Backed up' }).waitFor();
    await page.locator('tr', { hasText: 'Backed up by you' }).first().waitFor();

    await api('deals.create', { title: 'Made after the backup' });
    await page.locator('tr', { hasText: 'Backed up by you' }).first().getByRole('button', { name: 'Restore…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    await dialog.getByText('Your current data is backed up first').waitFor();
    await dialog.getByRole('button', { name: 'Restore' }).click();
    const toast = page.locator('.toast', { hasText: 'Restored the backup from' });
    await toast.waitFor();
    let titles = (await api('deals.list', {})) as { value: { title: string }[] };
    expect(titles.value.map((d) => d.title)).toEqual(['In the backup']);
    await page.locator('tr', { hasText: 'Before a restore' }).waitFor();

    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.toast', { hasText: 'Restore undone' }).waitFor();
    titles = (await api('deals.list', {})) as { value: { title: string }[] };
    expect(titles.value.map((d) => d.title).sort()).toEqual(['In the backup', 'Made after the backup']);
  });

  it('exports a deal to a file and imports it back as a copy', async () => {
    await show('#/data');
    await page.getByRole('checkbox', { name: 'In the backup' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export deal' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('in-the-backup.parley.json');
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'parley-deals', version: DEAL_FILE_VERSION });

    await page.getByLabel('Deal file to import').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const dialog = page.getByRole('dialog', { name: 'Some deals are already here' });
    await dialog.getByText('“In the backup” from in-the-backup.parley.json is already in Parley.').waitFor();
    await dialog.getByRole('button', { name: 'Import as copy' }).click();
    await page.locator('.toast', { hasText: 'Imported “In the backup (copy)”' }).waitFor();
    await page.getByRole('checkbox', { name: 'In the backup (copy)' }).waitFor();
    await shot(page, 'data-safety', { fullPage: true });
  });

  it('explains a damaged file instead of importing it', async () => {
    await page.getByLabel('Deal file to import').setInputFiles({
      name: 'broken.parley.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"parley-deals","version":1,"deals":[{"deal":'),
    });
    await page.locator('.toast-error', { hasText: 'This deal file cannot be imported' }).waitFor();
  });
});
