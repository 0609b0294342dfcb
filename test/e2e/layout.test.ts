/**
 * Every screen, filled with realistic long content, at the widths desktop users run:
 * nothing may be cut off (no visible control wider inside than its box, no sideways page
 * scroll), and axe-core finds no serious or critical accessibility violation.
 * PARLEY_SCREENSHOTS=<folder> keeps a PNG of every screen and width to look at (test/support/shots).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_STEPS } from '../../core/steps';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { findOverflows, pageBackgroundLuminance, seriousAxeViolations } from '../support/layoutProbe';
import { seedLongDeal } from '../support/longDeal';
import { SCREENSHOTS, shot } from '../support/shots';

let e2e: BrowserApp;
let lightPage: Page;
let dealId = '';
const WIDTHS = [1024, 1366, 1920] as const;

interface Screen {
  name: string;
  hash: () => string;
  /** A locator text that appears once the screen's data has arrived. */
  ready: (page: Page) => Promise<void>;
  /** Optional: what to open on the screen before measuring (a dialog). */
  open?: (page: Page) => Promise<void>;
}

// Nothing still loading, and no result greyed out while it is being recomputed (MESO grid).
const noLoading = (page: Page) => expect.poll(() => page.locator('.loading, .stale').count()).toBe(0);

const SCREENS: Screen[] = [
  {
    name: 'deals',
    hash: () => '#/',
    ready: (p) => p.locator('[role="row"][data-deal-id]').first().waitFor(),
  },
  {
    name: 'new-deal-dialog',
    hash: () => '#/',
    ready: (p) => p.locator('[role="row"][data-deal-id]').first().waitFor(),
    open: async (p) => {
      await p.getByRole('button', { name: 'New deal' }).click();
      await p.getByRole('dialog').waitFor();
    },
  },
  ...ALL_STEPS.map(
    (step): Screen => ({
      name: `step-${step.id}`,
      hash: () => `#/deals/${dealId}/${step.id}`,
      ready: async (p) => {
        await p.locator('h2.step-title', { hasText: step.label }).waitFor();
        await noLoading(p);
      },
    }),
  ),
  {
    name: 'live',
    hash: () => `#/deals/${dealId}/live`,
    ready: async (p) => {
      await p.getByRole('heading', { name: 'At the table' }).waitFor();
      await noLoading(p);
    },
  },
  { name: 'insights', hash: () => '#/insights', ready: (p) => p.getByRole('heading', { name: 'Insights' }).waitFor() },
  ...(['templates', 'tradeables', 'phrases'] as const).map(
    (tab): Screen => ({
      name: `library-${tab}`,
      hash: () => (tab === 'templates' ? '#/library' : `#/library/${tab}`),
      ready: async (p) => {
        await p.getByRole('heading', { name: 'Library' }).waitFor();
        await noLoading(p);
      },
    }),
  ),
  { name: 'data', hash: () => '#/data', ready: (p) => p.getByRole('heading', { name: /Data/ }).first().waitFor() },
];

async function show(screen: Screen, width: number, page: Page = lightPage, shotSuffix = ''): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${e2e.app.origin}/${screen.hash()}`);
  await screen.ready(page);
  await screen.open?.(page);
  // Charts and auto-growing fields settle after layout; two frames are enough.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  if (SCREENSHOTS) {
    // The workspace scrolls inside its step pane: grow the window to show all of it.
    const height = (await page.evaluate(
      "Math.max(900, ...Array.from(document.querySelectorAll('.step, .screen')).map((el) => el.scrollHeight + 80))",
    )) as number;
    await page.setViewportSize({ width, height: Math.min(height, 6000) });
    await shot(page, `${screen.name}${shotSuffix}-${width}`);
    await page.setViewportSize({ width, height: 900 });
  }
}

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-layout-', {
    page: { viewport: { width: 1366, height: 900 }, colorScheme: 'light' },
    open: false,
  });
  lightPage = e2e.page;
  dealId = await seedLongDeal(e2e.api);
  await lightPage.goto(e2e.app.url);
}, 120_000);

afterAll(() => e2e?.close());

describe('layout from 1024 to 1920 px with long content', () => {
  for (const width of WIDTHS) {
    it(`cuts nothing off at ${width} px on any screen`, async () => {
      const problems: string[] = [];
      for (const screen of SCREENS) {
        await show(screen, width);
        for (const o of await findOverflows(lightPage)) {
          problems.push(`${screen.name}: ${o.what} (${o.scrollWidth} > ${o.clientWidth})`);
        }
      }
      expect(problems).toEqual([]);
    }, 240_000);
  }
});

describe('accessibility (axe-core)', () => {
  it('finds no serious or critical violation on any screen', async () => {
    const problems: string[] = [];
    for (const screen of SCREENS) {
      await show(screen, 1366);
      for (const v of await seriousAxeViolations(lightPage)) {
        problems.push(`${screen.name}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(' | ')}`);
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);
});

describe('dark theme (follows the system setting)', () => {
  it('paints every screen dark with AA colour contrast, and prints light', async () => {
    const dark = await e2e.browser.newPage({ viewport: { width: 1366, height: 900 }, colorScheme: 'dark' });
    await dark.goto(e2e.app.url);
    const problems: string[] = [];
    for (const screen of SCREENS) {
      await show(screen, 1366, dark, '-dark');
      const luminance = await pageBackgroundLuminance(dark);
      if (luminance > 0.05)
        problems.push(`${screen.name}: page background is light (luminance ${luminance.toFixed(2)})`);
      for (const v of await seriousAxeViolations(dark, ['color-contrast'])) {
        problems.push(`${screen.name}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(' | ')}`);
      }
    }
    // The plan preview shows the printed document, which is always light.
    await dark.goto(`${e2e.app.origin}/#/deals/${dealId}/plan`);
    const planBody = dark.frameLocator('[data-testid="plan-frame"]').locator('body');
    await planBody.locator('h1').first().waitFor();
    type Styles = { getComputedStyle(element: unknown): { backgroundColor: string } };
    const planBackground = await planBody.evaluate(
      (body) => (globalThis as unknown as Styles).getComputedStyle(body).backgroundColor,
    );
    if (planBackground !== 'rgb(255, 255, 255)') problems.push(`plan preview: background ${planBackground}`);
    // Printing (the browser's print dialog, Electron's PDF) keeps the light palette.
    await dark.emulateMedia({ media: 'print' });
    const printed = await pageBackgroundLuminance(dark);
    if (printed < 0.8) problems.push(`print: page background is dark (luminance ${printed.toFixed(2)})`);
    await dark.close();
    expect(problems).toEqual([]);
  }, 240_000);
});
