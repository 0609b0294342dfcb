import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';

let page: Page;
let e2e: BrowserApp;

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-prep-', { page: { viewport: { width: 1280, height: 900 }, locale: 'en-US' } });
  page = e2e.page;
});

afterAll(() => e2e?.close());

const rail = (name: RegExp) => page.getByRole('navigation', { name: 'Preparation steps' }).getByRole('link', { name });
const zopa = () => page.locator('svg.zopa-picture');

/** Types a value and leaves the field, which saves it; waits until the save is done. */
async function fillAndLeave(field: Locator, value: string) {
  await field.fill(value);
  await field.press('Tab');
}

/** The little of the page's DOM the tests read (the test's Node typings have no DOM). */
interface PageDom {
  document: {
    activeElement: { getAttribute(name: string): string | null } | null;
    body: { textContent: string | null };
  };
}

/** The cursor is in a field with this placeholder (a new row got the focus). */
async function waitForFocusOn(placeholder: string) {
  await expect
    .poll(() =>
      page.evaluate(
        () => (globalThis as unknown as PageDom).document.activeElement?.getAttribute('placeholder') ?? null,
      ),
    )
    .toBe(placeholder);
}

/** What a list of inputs shows, in order. */
async function values(inputs: Locator): Promise<string[]> {
  return Promise.all((await inputs.all()).map((input) => input.inputValue()));
}

async function waitForSaves() {
  await page.waitForFunction(() => !(globalThis as unknown as PageDom).document.body.textContent?.includes('Saving…'));
  await page.waitForLoadState('networkidle');
}

/**
 * Counts coloured pixels in a screenshot of the ZOPA picture, decoded by the page's own
 * canvas: green for the shaded zone, red for the hatched gap.
 */
async function zopaColours(): Promise<{ green: number; red: number }> {
  const png = (await zopa().screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    // Runs in the page: the test's Node typings have no DOM, so reach it through globalThis.
    const { document, Image } = globalThis as unknown as {
      document: { createElement(tag: 'canvas'): CanvasLike };
      Image: new () => { src: string; width: number; height: number; decode(): Promise<void> };
    };
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let green = 0;
    let red = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
      if (g > r + 15 && g > b + 5) green += 1;
      // Red, not the orange of their markers: green and blue stay close together.
      if (r > g + 60 && Math.abs(g - b) < 15) red += 1;
    }
    return { green, red };
  }, png);
}

interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): {
    drawImage(image: unknown, x: number, y: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> };
  } | null;
}

describe('preparation steps in real Chromium', () => {
  it('creates a procurement deal, so lower prices are better for us', async () => {
    await page.getByRole('button', { name: 'Create a deal' }).click();
    await page.getByLabel('Title').fill('Globex licences 2027');
    await page.getByLabel('Context').selectOption('procurement');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Globex licences 2027' }).waitFor();
    await expect.poll(() => rail(/BATNA & reservation/).getAttribute('data-progress')).toBe('empty');
  });

  it('fills a BATNA and both reservation points; the ZOPA picture follows', async () => {
    await rail(/BATNA & reservation/).click();
    await fillAndLeave(page.getByLabel('Next-best course'), 'Renew with Initech');
    await fillAndLeave(page.getByLabel('Value', { exact: true }), '118000');
    await page.getByLabel('Confidence', { exact: true }).selectOption('medium');
    await fillAndLeave(page.getByLabel('Our reservation point'), '125000');
    await waitForSaves();
    await zopa().waitFor();
    expect(await zopa().getAttribute('data-zopa-status')).toBe('incomplete');
    expect((await zopaColours()).green).toBeLessThan(50);

    await fillAndLeave(page.getByLabel('Our target'), '98000');
    await fillAndLeave(page.getByLabel('Their reservation point (estimate)'), '104000');
    await fillAndLeave(page.getByLabel('Their target (estimate)'), '135000');
    await page.locator('svg.zopa-picture[data-zopa-status="overlap"]').waitFor();
    await waitForSaves();
    const overlap = await zopaColours();
    expect(overlap.green).toBeGreaterThan(2000);
    expect(overlap.red).toBeLessThan(50);
    expect(await page.getByTestId('zopa-explanation').textContent()).toMatch(
      /A deal is possible anywhere between €104,000 and €125,000/,
    );
    // The reservation is above the BATNA's cost plus switching: the check says so beside the field.
    await page.getByText('Your reservation is worse than your BATNA').waitFor();

    // Their floor moves above our ceiling: the zone empties and the picture says so.
    await fillAndLeave(page.getByLabel('Their reservation point (estimate)'), '130000');
    await page.locator('svg.zopa-picture[data-zopa-status="empty"]').waitFor();
    await waitForSaves();
    const empty = await zopaColours();
    expect(empty.green).toBeLessThan(50);
    expect(empty.red).toBeGreaterThan(500);
    expect(await page.getByTestId('zopa-explanation').textContent()).toMatch(/No zone of possible agreement/);
    await fillAndLeave(page.getByLabel('Their reservation point (estimate)'), '104000');
    await page.locator('svg.zopa-picture[data-zopa-status="overlap"]').waitFor();
    await waitForSaves();
  });

  it('keeps every BATNA value after a reload, and shows the step as started in the rail', async () => {
    await page.reload();
    await zopa().waitFor();
    expect(await page.getByLabel('Next-best course').inputValue()).toBe('Renew with Initech');
    expect(await page.getByLabel('Our reservation point').inputValue()).toBe('125000');
    expect(await page.getByLabel('Our target').inputValue()).toBe('98000');
    expect(await page.getByLabel('Their reservation point (estimate)').inputValue()).toBe('104000');
    expect(await page.getByLabel('Their target (estimate)').inputValue()).toBe('135000');
    expect(await page.getByLabel('Confidence', { exact: true }).inputValue()).toBe('medium');
    expect(await zopa().getAttribute('data-zopa-status')).toBe('overlap');
    await expect.poll(() => rail(/BATNA & reservation/).getAttribute('data-progress')).toBe('started');
  });

  it('adds three issues with options and scores from the keyboard', async () => {
    await rail(/Issues & options/).click();
    await page.getByRole('button', { name: '+ Add issue' }).click();
    // Enter in a name adds the next issue below and puts the cursor in it.
    await waitForFocusOn('e.g. Payment terms');
    await page.keyboard.type('Price');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.issue-card').count()).toBe(2);
    await waitForFocusOn('e.g. Payment terms');
    await page.keyboard.type('Payment terms');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.issue-card').count()).toBe(3);
    await waitForFocusOn('e.g. Payment terms');
    await page.keyboard.type('Support level');
    await page.keyboard.press('Tab');

    const plan = [
      {
        weights: ['50', '40'],
        options: [
          ['€100k', '100', '0'],
          ['€110k', '50', '50'],
          ['€120k', '0', '100'],
        ],
      },
      {
        weights: ['10', '35'],
        options: [
          ['30 days', '0', '100'],
          ['45 days', '40', '60'],
          ['60 days', '100', '0'],
        ],
      },
      {
        weights: ['40', '25'],
        options: [
          ['Standard', '0', '80'],
          ['Priority', '70', '40'],
          ['Dedicated', '100', '0'],
        ],
      },
    ];
    for (const [index, issue] of plan.entries()) {
      const card = page.locator('.issue-card').nth(index);
      await fillAndLeave(card.getByLabel('Our weight'), issue.weights[0] as string);
      await fillAndLeave(card.getByLabel('Their weight'), issue.weights[1] as string);
      await card.getByRole('button', { name: '+ Add option' }).click();
      for (const [n, [label, us, them]] of issue.options.entries()) {
        await expect.poll(() => card.getByLabel('Option', { exact: true }).count()).toBe(n + 1);
        await waitForFocusOn('e.g. 45 days');
        await page.keyboard.type(label as string);
        await page.keyboard.press('Tab');
        await page.keyboard.type(us as string);
        await page.keyboard.press('Tab');
        await page.keyboard.type(them as string);
        await page.keyboard.press(n < issue.options.length - 1 ? 'Enter' : 'Tab');
      }
    }
    await waitForSaves();
    expect(await page.getByTestId('sum-us').textContent()).toMatch(/100/);
    expect(await page.getByTestId('sum-them').textContent()).toMatch(/100/);
    await expect.poll(() => rail(/Issues & options/).getAttribute('data-progress')).toBe('complete');
    // Payment terms: cheap for us, valuable to them. The weights only suggest it; the
    // Tradeable tick makes it trade material.
    await page.locator('.trade-suggested-list').getByRole('button', { name: 'Payment terms' }).waitFor();
    expect(await page.locator('.matrix-point.trade-material').count()).toBe(0);
    const payment = page.locator('.issue-card', {
      has: page.locator('.issue-name textarea', { hasText: 'Payment terms' }),
    });
    // From the keyboard, like the rest of this walk: on a loaded machine a click can land where
    // the box was while the card above it still changes height after the last saves.
    const tradeable = payment.getByRole('checkbox', { name: 'Tradeable' });
    await tradeable.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => tradeable.isChecked()).toBe(true);
    await page.locator('.matrix-point.trade-material').waitFor();
    expect(await page.locator('.matrix-point.trade-material').getAttribute('aria-label')).toMatch(
      /^Payment terms: Trade away/,
    );
    expect(await page.locator('.trade-suggested-list').count()).toBe(0);
  });

  it('shows everything again after a reload', async () => {
    await page.reload();
    await page.locator('.issue-card').first().waitFor();
    const cards = page.locator('.issue-card');
    expect(await cards.count()).toBe(3);
    const names = await values(page.locator('.issue-card .issue-name textarea'));
    expect(names).toEqual(['Price', 'Payment terms', 'Support level']);
    const payment = cards.nth(1);
    expect(await values(payment.getByLabel('Option', { exact: true }))).toEqual(['30 days', '45 days', '60 days']);
    expect(await values(payment.getByLabel('Our score'))).toEqual(['0', '40', '100']);
    expect(await values(payment.getByLabel('Their score'))).toEqual(['100', '60', '0']);
    expect(await payment.getByLabel('Our weight').inputValue()).toBe('10');
  });

  it('refuses a score of 140 with a visible message, and does not save it', async () => {
    const score = page.locator('.issue-card').nth(1).getByLabel('Our score').nth(1);
    await score.fill('140');
    await page.getByText('Our score must be between 0 and 100').waitFor();
    await score.press('Tab');
    await page.waitForTimeout(600);
    await page.reload();
    await page.locator('.issue-card').first().waitFor();
    expect(await page.locator('.issue-card').nth(1).getByLabel('Our score').nth(1).inputValue()).toBe('40');
  });

  it('moves an issue with Alt+Arrow, and takes a delete back with Undo', async () => {
    const names = () => values(page.locator('.issue-card .issue-name textarea'));
    await page.locator('.issue-card .issue-name textarea').first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(names).toEqual(['Payment terms', 'Price', 'Support level']);

    // The card's options and both sides' scores, as typed: Undo must bring back exactly these.
    const support = page.locator('.issue-card').nth(2);
    const optionsAndScores = async () => ({
      options: await values(support.getByLabel('Option', { exact: true })),
      ours: await values(support.getByLabel('Our score', { exact: true })),
      theirs: await values(support.getByLabel('Their score', { exact: true })),
    });
    const before = await optionsAndScores();
    expect(before.options).toHaveLength(3);

    await page.getByRole('button', { name: 'Delete issue Support level' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete issue?' });
    const toast = page.locator('.toast', { hasText: 'Deleted issue “Support level”' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    // The toast's 10 s start when the delete answers, before the list is read again: on a
    // loaded machine the list can take most of them, so the toast is awaited from the click.
    await Promise.all([toast.waitFor(), expect.poll(names).toEqual(['Payment terms', 'Price'])]);
    if (process.env.PARLEY_SCREENSHOT_DIR)
      await page.screenshot({ path: `${process.env.PARLEY_SCREENSHOT_DIR}/issues-deleted-undo.png` });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(names).toEqual(['Payment terms', 'Price', 'Support level']);
    await expect.poll(optionsAndScores).toEqual(before);
  });
});
