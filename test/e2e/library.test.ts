import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { shot } from '../support/shots';

let page: Page;
let e2e: BrowserApp;

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-library-', {
    page: { viewport: { width: 1440, height: 900 }, locale: 'en-US' },
  });
  page = e2e.page;
});

afterAll(() => e2e?.close());

const shoot = (name: string) => shot(page, name, { fullPage: true });
const rail = (name: RegExp) => page.getByRole('navigation', { name: 'Preparation steps' }).getByRole('link', { name });
const issueNames = () =>
  page
    .getByRole('list', { name: 'Issues' })
    .getByLabel('Issue name')
    .evaluateAll((inputs) => inputs.map((input) => (input as unknown as { value: string }).value));

describe('library in real Chromium', () => {
  it('shows the built-in templates, tradeables and phrases', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    const templates = page.getByRole('list', { name: 'Templates' });
    for (const name of [
      'B2B sale',
      'Procurement / vendor management',
      'Partnership / business development',
      'Hiring offer',
    ]) {
      await templates.getByRole('heading', { name: new RegExp(`^${name.replace('/', '\\/')}`) }).waitFor();
    }
    await shoot('library-templates');
    await page.getByRole('navigation', { name: 'Library sections' }).getByRole('link', { name: 'Tradeables' }).click();
    await page.getByRole('list', { name: 'Tradeables' }).getByRole('listitem', { name: 'Audit rights' }).waitFor();
    await shoot('library-tradeables');
    await page.getByRole('navigation', { name: 'Library sections' }).getByRole('link', { name: 'Phrases' }).click();
    await page.getByRole('region', { name: 'Conditional trade' }).waitFor();
    await shoot('library-phrases');
  });

  it('creates a deal from the procurement template, with its issues, people and questions', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deals' }).click();
    await page.getByRole('button', { name: 'Create a deal' }).click();
    const dialog = page.getByRole('dialog', { name: 'New deal' });
    await dialog.getByLabel('Title').fill('Office furniture 2027');
    await dialog.getByLabel('Counterparty').fill('Seatwell');
    await dialog.getByLabel('Start from').selectOption({ label: 'Template: Procurement / vendor management' });
    await expect.poll(() => dialog.getByLabel('Our side').inputValue()).toBe('buying');
    await dialog.getByRole('button', { name: 'Create deal' }).click();
    await page.getByRole('heading', { name: 'Office furniture 2027' }).waitFor();
    await rail(/Issues & options/).click();
    await page.getByRole('list', { name: 'Issues' }).waitFor();
    expect(await issueNames()).toEqual([
      'Unit price',
      'Volume and tiers',
      'Delivery lead time',
      'Payment terms',
      'Service credits',
      'Termination for convenience',
      'Data ownership and exit',
    ]);
    await expect.poll(() => rail(/Counterparty map/).getAttribute('data-progress')).not.toBe('empty');
  });

  it('adds a tradeable from the library to the deal in two clicks', async () => {
    await page.getByRole('button', { name: 'Add from library…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add from the tradeables library' });
    // Already in the deal from the template: offered as done, not twice.
    await dialog.getByRole('button', { name: 'Payment terms is already in this deal' }).waitFor();
    await dialog.getByRole('button', { name: 'Add Rollout phases' }).click();
    await dialog.getByRole('button', { name: 'Rollout phases is already in this deal' }).waitFor();
    await shoot('issues-add-from-library');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(issueNames).toContain('Rollout phases');
    const card = page.locator('li.issue-card', { has: page.locator('textarea', { hasText: 'Rollout phases' }) });
    await expect
      .poll(() =>
        card
          .locator('.options-table textarea, table textarea, .options-table input, table input')
          .evaluateAll((inputs) => inputs.map((input) => (input as unknown as { value: string }).value)),
      )
      .toEqual(expect.arrayContaining(['Big bang', 'Two waves', 'Pilot, then wider rollout']));
  });

  it('finds a stakeholder by a word from their notes, and the result opens the counterparty map', async () => {
    await rail(/Counterparty map/).click();
    // The template put its people on the map under their roles; open one from the map.
    const map = page.getByRole('group', { name: /Power and stance map of 5 stakeholders/ });
    await map.getByRole('button', { name: /^Budget owner:/ }).click();
    await page.getByLabel('Relationship notes').fill('Met her at the Zanzibar offsite; prefers short calls');
    await page.getByLabel('Relationship notes').blur();
    await page.getByText('Saved').first().waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deals' }).click();
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search everything' });
    await expect
      .poll(() =>
        box.evaluate(
          (el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
        ),
      )
      .toBe(true);
    await page.keyboard.type('zanzib');
    const results = page.getByRole('listbox', { name: 'Search results' });
    const hit = results.getByRole('group', { name: 'Stakeholders' }).getByRole('option');
    await hit.first().waitFor();
    expect(await hit.count()).toBe(1);
    await expect.poll(() => hit.first().textContent()).toContain('Budget owner');
    expect(await hit.first().locator('mark').textContent()).toBe('Zanzibar');
    await shoot('search-results');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Office furniture 2027' }).waitFor();
    await page.getByRole('heading', { name: 'Counterparty map' }).waitFor();
    expect(page.url()).toMatch(/#\/deals\/[^/]+\/counterparty$/);
  });

  it('inserts a phrase filled from the deal into "What to say", and saves the deal as a template', async () => {
    await rail(/Deal details/).click();
    await page.getByRole('button', { name: 'Insert a phrase…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Insert a phrase' });
    await dialog
      .getByLabel('Phrase')
      .selectOption({ label: 'What makes {issue} so important for {counterparty} right now?' });
    await dialog.getByLabel('Issue we move on').selectOption({ label: 'Delivery lead time' });
    await expect
      .poll(() => dialog.getByTestId('phrase-preview').textContent())
      .toBe('What makes Delivery lead time so important for Seatwell right now?');
    await shoot('insert-phrase');
    await dialog.getByRole('button', { name: 'Insert' }).click();
    await expect
      .poll(() => page.getByLabel('What to say').inputValue())
      .toBe('What makes Delivery lead time so important for Seatwell right now?');

    await page.getByRole('button', { name: 'Save as template…' }).click();
    const save = page.getByRole('dialog', { name: 'Save this deal as a template' });
    await save.getByLabel('Template name').fill('Furniture buying');
    await save.getByRole('button', { name: 'Save template' }).click();
    await page.locator('.toast', { hasText: 'Saved the template “Furniture buying”' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    const card = page.getByRole('list', { name: 'Templates' }).getByRole('listitem', { name: 'Furniture buying' });
    await card.waitFor();
    expect(await card.textContent()).toContain('8 issues');
    expect(await card.textContent()).not.toContain('Seatwell');
  });
});
