/**
 * The README's screenshots of a realistic deal, taken from the built app in real Chromium:
 * `npm run screenshots` (builds first when the build is stale). The deal is the Vinterberg
 * Hotels renewal of the shared scenarios (test/support/longDeal.ts), with a few offers
 * logged at the table. Writes docs/<name>.png; `-- --out <folder>` writes elsewhere.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { callApi, startBrowserMode } from '../test/support/browserMode';
import { launchChromium } from '../test/support/chromium';
import { seedLongDeal } from '../test/support/longDeal';
import { makeTempDir } from '../test/support/tempDataDir';
// @ts-expect-error: a plain ES module without types
import { buildIfStale } from './build-if-stale.mjs';

const outAt = process.argv.indexOf('--out');
const OUT = resolve(outAt > 0 ? (process.argv[outAt + 1] ?? 'docs') : resolve(import.meta.dirname, '..', 'docs'));

interface IssueRow {
  id: string;
  name: string;
  options: { id: string; label: string }[];
}

/** The step pane scrolls inside the window: grow the window to the content, up to `max` px. */
async function fitHeight(page: Page, width: number, max: number) {
  const height = (await page.evaluate(
    "Math.max(820, ...Array.from(document.querySelectorAll('.step, .screen')).map((el) => el.scrollHeight + 80))",
  )) as number;
  await page.setViewportSize({ width, height: Math.min(height, max) });
}

async function settle(page: Page) {
  // Nothing still loading, no result greyed out while it is recomputed (the MESO worker).
  for (let k = 0; k < 300 && (await page.locator('.loading, .stale').count()) > 0; k++) await page.waitForTimeout(100);
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
}

async function main() {
  buildIfStale();
  mkdirSync(OUT, { recursive: true });
  const temp = makeTempDir('parley-screenshots-');
  const app = await startBrowserMode(temp.dir);
  const browser = await launchChromium();
  try {
    const api = <T = unknown>(name: string, input: unknown) => callApi<T>(app, name, input);
    const dealId = await seedLongDeal(api);
    // The seed also fills the debrief (deal won); the README shows it still being negotiated.
    await api('deals.update', { id: dealId, patch: { status: 'live' } });
    // Our offers come from "Suggest offers" below: the scenario's hand-made ones make way.
    const grid = await api<{ offers: { id: string; kind: string }[] }>('meso.grid', { dealId });
    for (const offer of grid.offers.filter((o) => o.kind === 'ours')) await api('meso.deleteOffer', { id: offer.id });
    await api('meso.updateSettings', { dealId, patch: { targetPoints: 65, tolerance: 16, suggestCount: 3 } });
    const page = await browser.newPage({
      viewport: { width: 1360, height: 820 },
      locale: 'en-US',
      colorScheme: 'light',
    });
    await page.goto(app.url);

    // MESO grid: "Suggest offers" replaces the scenario's hand-made offers with three of equal
    // value from the frontier; then the grid, their values and the frontier chart.
    await page.goto(`${app.origin}/#/deals/${dealId}/meso`);
    await page.locator('h2.step-title', { hasText: 'MESO grid' }).waitFor();
    await settle(page);
    await page.getByRole('button', { name: 'Suggest offers' }).click();
    const toast = page.locator('.toast', { hasText: /Suggested \d offer\(s\)/ });
    await toast.waitFor();
    await toast.getByRole('button').last().click();
    await toast.waitFor({ state: 'detached' });
    await settle(page);
    await fitHeight(page, 1360, 1900);
    await page.screenshot({ path: join(OUT, 'meso.png') });

    // Meeting plan: the Oslo workshop, its agenda against the clock.
    await page.setViewportSize({ width: 1360, height: 820 });
    await page.goto(`${app.origin}/#/deals/${dealId}/meeting`);
    await page.locator('h2.step-title', { hasText: 'Meeting plan' }).waitFor();
    await settle(page);
    await fitHeight(page, 1360, 1500);
    await page.screenshot({ path: join(OUT, 'meeting.png') });

    // At the table: four offers logged in turn, as they were spoken, then the cockpit at 1280×800.
    const issues = await api<IssueRow[]>('issues.list', { dealId });
    const { session } = await api<{ session: { id: string } }>('live.open', { dealId });
    const pick = (indexes: number[]) =>
      Object.fromEntries(
        issues.flatMap((issue, i) => {
          const option = issue.options[Math.min(indexes[i] ?? 0, issue.options.length - 1)];
          return option ? [[issue.id, option.id]] : [];
        }),
      );
    for (const [side, indexes, note] of [
      ['ours', [2, 2, 0, 0, 2], 'List price, 36 months, 4-hour response'],
      ['theirs', [0, 0, 1, 2, 0], 'Their CFO: walk-away price, 12 months, net 60'],
      ['ours', [1, 2, 1, 1, 2], 'Price down for the 36-month term'],
      ['theirs', [1, 1, 1, 2, 1], ''],
    ] as const) {
      await api('live.addOffer', { sessionId: session.id, fields: { side, choices: pick([...indexes]), note } });
    }
    await api('live.addEntry', {
      sessionId: session.id,
      fields: { kind: 'note', phase: 'trade', text: 'Ingrid Solberg joins at eleven; capex freeze confirmed' },
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${app.origin}/#/deals/${dealId}/live`);
    await page.getByRole('heading', { name: 'At the table' }).waitFor();
    await settle(page);
    await page.screenshot({ path: join(OUT, 'live.png') });

    if (process.argv.includes('--rail')) {
      // The step rail with its progress marks (not in the README: to look at).
      await page.setViewportSize({ width: 1360, height: 820 });
      await page.goto(`${app.origin}/#/deals/${dealId}/plan`);
      await page.getByRole('navigation', { name: 'Preparation steps' }).waitFor();
      await settle(page);
      await page.getByRole('navigation', { name: 'Preparation steps' }).screenshot({ path: join(OUT, 'rail.png') });
    }
    console.log(`Screenshots written to ${OUT}: meso.png, meeting.png, live.png`);
  } finally {
    await browser.close();
    await app.stop();
    temp.remove();
  }
}

await main();
