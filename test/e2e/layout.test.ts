/**
 * Every screen, filled with realistic long content, at the widths desktop users run:
 * nothing may be cut off (no visible control wider inside than its box, no sideways page
 * scroll), and axe-core finds no serious or critical accessibility violation.
 * PARLEY_SCREENSHOTS=<folder> keeps a PNG of every screen and width to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_STEPS } from '../../core/steps';
import { type BrowserModeApp, startBrowserMode } from '../support/browserMode';
import { launchChromium } from '../support/chromium';
import { findOverflows, seriousAxeViolations } from '../support/layoutProbe';
import { seedLongDeal } from '../support/longDeal';
import { makeTempDir } from '../support/tempDataDir';

let app: BrowserModeApp;
let browser: Browser;
let page: Page;
let dealId = '';
const temp = makeTempDir('parley-e2e-layout-');
const SHOTS = process.env.PARLEY_SCREENSHOTS;
const WIDTHS = [1024, 1366, 1920] as const;

async function api(name: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${app.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Parley-Token': app.token },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message}`);
  return envelope.value;
}

interface Screen {
  name: string;
  hash: () => string;
  /** A locator text that appears once the screen's data has arrived. */
  ready: (page: Page) => Promise<void>;
  /** Optional: what to open on the screen before measuring (a dialog). */
  open?: (page: Page) => Promise<void>;
}

const noLoading = (page: Page) => expect.poll(() => page.locator('.loading').count()).toBe(0);

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

async function show(screen: Screen, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${app.origin}/${screen.hash()}`);
  await screen.ready(page);
  await screen.open?.(page);
  // Charts and auto-growing fields settle after layout; two frames are enough.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    // The workspace scrolls inside its step pane: grow the window to show all of it.
    const height = (await page.evaluate(
      "Math.max(900, ...Array.from(document.querySelectorAll('.step, .screen')).map((el) => el.scrollHeight + 80))",
    )) as number;
    await page.setViewportSize({ width, height: Math.min(height, 6000) });
    await page.screenshot({ path: join(SHOTS, `${screen.name}-${width}.png`) });
    await page.setViewportSize({ width, height: 900 });
  }
}

beforeAll(async () => {
  app = await startBrowserMode(temp.dir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  dealId = await seedLongDeal(api);
  await page.goto(app.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  temp.remove();
});

describe('layout from 1024 to 1920 px with long content', () => {
  for (const width of WIDTHS) {
    it(`cuts nothing off at ${width} px on any screen`, async () => {
      const problems: string[] = [];
      for (const screen of SCREENS) {
        await show(screen, width);
        for (const o of await findOverflows(page)) {
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
      for (const v of await seriousAxeViolations(page)) {
        problems.push(`${screen.name}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(' | ')}`);
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);
});
