import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';

/**
 * Interests vs positions on the generic row family (`rows.*`): add from the keyboard,
 * delete with Undo (the row comes back in its place, with its links), and everything
 * still there after a reload.
 */
let page: Page;
let e2e: BrowserApp;

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-interests-', {
    page: { viewport: { width: 1280, height: 900 }, locale: 'en-US' },
  });
  page = e2e.page;
});

afterAll(() => e2e?.close());

/** Waits for a condition; generous, for a loaded machine (vitest's default is one second). */
const until = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

interface PageDom {
  document: {
    activeElement: { getAttribute(name: string): string | null } | null;
    body: { textContent: string | null };
  };
}

const rail = (name: RegExp) => page.getByRole('navigation', { name: 'Preparation steps' }).getByRole('link', { name });
const theirPositions = () => page.getByRole('list', { name: 'their positions' });
const theirInterests = () => page.getByRole('list', { name: 'their interests' });

async function waitForFocusOn(placeholder: string) {
  await until(() =>
    page.evaluate(() => (globalThis as unknown as PageDom).document.activeElement?.getAttribute('placeholder') ?? null),
  ).toBe(placeholder);
}

async function values(inputs: Locator): Promise<string[]> {
  return Promise.all((await inputs.all()).map((input) => input.inputValue()));
}

async function waitForSaves() {
  await page.waitForFunction(() => !(globalThis as unknown as PageDom).document.body.textContent?.includes('Saving…'));
  await page.waitForLoadState('networkidle');
}

/** Takes the delete back from its toast; says which toasts were there if it is not among them. */
async function undo(message: string) {
  const toast = page.locator('.toast', { hasText: message });
  await toast.waitFor({ timeout: 20_000 }).catch(async (error: Error) => {
    throw new Error(`${error.message}\nToasts shown: ${await page.locator('.toasts').textContent()}`);
  });
  await toast.getByRole('button', { name: 'Undo' }).click();
}

const positionTexts = () => values(theirPositions().getByLabel('Position (their)'));
const questionTexts = () => values(page.getByLabel('Question', { exact: true }));
const aimedAt = () => page.getByLabel('Aimed at').first();

describe('interests vs positions in real Chromium', () => {
  it('creates a deal and opens the step', async () => {
    await page.getByRole('button', { name: 'Create a deal' }).click();
    await page.getByLabel('Title').fill('Initech support renewal');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Initech support renewal' }).waitFor();
    await rail(/Interests vs positions/).click();
    await page.getByRole('heading', { name: 'Their side' }).waitFor();
  });

  it('adds their positions from the keyboard: Enter adds the next row below', async () => {
    await page.getByRole('button', { name: '+ Add their position' }).click();
    await waitForFocusOn('e.g. no price increase this year');
    await page.keyboard.type('No price increase this year');
    await page.keyboard.press('Enter');
    await until(() => theirPositions().getByLabel('Position (their)').count()).toBe(2);
    await waitForFocusOn('e.g. no price increase this year');
    await page.keyboard.type('Net 60 payment terms');
    await page.keyboard.press('Tab');
    await waitForSaves();
    await until(positionTexts).toEqual(['No price increase this year', 'Net 60 payment terms']);
    // Enter on the first row puts the new row between the two.
    await theirPositions().getByLabel('Position (their)').first().focus();
    await page.keyboard.press('Enter');
    await until(() => theirPositions().getByLabel('Position (their)').count()).toBe(3);
    await waitForFocusOn('e.g. no price increase this year');
    await page.keyboard.type('A named account manager');
    await page.keyboard.press('Tab');
    await waitForSaves();
    await until(positionTexts).toEqual([
      'No price increase this year',
      'A named account manager',
      'Net 60 payment terms',
    ]);
  });

  it('adds their interest with a priority and the shared flag, and a question aimed at it', async () => {
    await page.getByRole('button', { name: '+ Add their interest' }).click();
    await waitForFocusOn('e.g. show savings to their CFO');
    await page.keyboard.type('Show savings to their CFO');
    await page.keyboard.press('Tab');
    await waitForSaves();
    const interest = theirInterests().getByRole('listitem').first();
    await interest.getByLabel('Priority').selectOption('high');
    await interest.getByRole('checkbox', { name: 'Shared' }).check();
    await waitForSaves();
    await page.locator('.common-ground').getByText('Show savings to their CFO').waitFor();

    await page.getByRole('button', { name: '+ Add question' }).click();
    await waitForFocusOn('e.g. What would make this a success for you by year end?');
    await page.keyboard.type('What does the CFO have to show by March?');
    await page.keyboard.press('Tab');
    await waitForSaves();
    await aimedAt().selectOption({ label: 'Theirs: Show savings to their CFO' });
    await page.getByLabel('Answer').first().fill('A 5 % saving against last year');
    await page.getByLabel('Answer').first().press('Tab');
    await waitForSaves();
    await until(questionTexts).toEqual(['What does the CFO have to show by March?']);
  });

  it('deletes a position and takes it back with Undo, in its place', async () => {
    await page.getByRole('button', { name: 'Delete position A named account manager' }).click();
    await page.getByRole('dialog', { name: 'Delete position?' }).getByRole('button', { name: 'Delete' }).click();
    // Undo at once: on a loaded machine the re-read list can take longer than the toast stays.
    await undo('Deleted position “A named account manager”');
    await until(positionTexts).toEqual([
      'No price increase this year',
      'A named account manager',
      'Net 60 payment terms',
    ]);
  });

  it('deletes the interest: the question reads as unlinked; Undo brings both back linked', async () => {
    await page.getByRole('button', { name: 'Delete interest Show savings to their CFO' }).click();
    await page.getByRole('dialog', { name: 'Delete interest?' }).getByRole('button', { name: 'Delete' }).click();
    await until(() => theirInterests().getByRole('listitem').count()).toBe(0);
    await until(() => aimedAt().inputValue()).toBe('');
    await undo('Deleted interest “Show savings to their CFO”');
    await until(() => theirInterests().getByRole('listitem').count()).toBe(1);
    await until(() => aimedAt().inputValue()).toMatch(/^interest:/);
  });

  it('deletes an empty question at once, without asking', async () => {
    await page.getByRole('button', { name: '+ Add question' }).click();
    await until(() => page.getByLabel('Question', { exact: true }).count()).toBe(2);
    await page.getByRole('button', { name: 'Delete question', exact: true }).click();
    await until(questionTexts).toEqual(['What does the CFO have to show by March?']);
    await waitForSaves();
  });

  it('shows every value again after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Their side' }).waitFor();
    await until(positionTexts).toEqual([
      'No price increase this year',
      'A named account manager',
      'Net 60 payment terms',
    ]);
    const interest = theirInterests().getByRole('listitem').first();
    expect(await interest.getByLabel('Interest (their)').inputValue()).toBe('Show savings to their CFO');
    expect(await interest.getByLabel('Priority').inputValue()).toBe('high');
    expect(await interest.getByRole('checkbox', { name: 'Shared' }).isChecked()).toBe(true);
    expect(await questionTexts()).toEqual(['What does the CFO have to show by March?']);
    expect(await aimedAt().inputValue()).toMatch(/^interest:/);
    expect(await page.getByLabel('Answer').first().inputValue()).toBe('A 5 % saving against last year');
    await until(() => rail(/Interests vs positions/).getAttribute('data-progress')).not.toBe('empty');
  });
});
