/**
 * Deals list at scale. Prints ratios measured in this one run:
 *  1. UI: navigation → first rows visible, 10,000 deals vs 100 (target ≤ 2), and how many
 *     row elements exist in the DOM with 10,000 deals (target ≤ 100: rows are virtualized).
 *  2. API: deals.list over browser-mode HTTP vs the repository call directly.
 * Run: npm run bench (or npx vite-node bench/dealsList.bench.ts after npm run build).
 */
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/database';
import { createDeal, listDeals } from '../db/repositories/deals';
import { type BrowserModeApp, startBrowserMode } from '../test/support/browserMode';
import { launchChromium } from '../test/support/chromium';
import { MIGRATIONS_FOLDER, makeTempDir } from '../test/support/tempDataDir';
import { startWebServer } from '../web/server';
import { median, verdict } from './support';

const CONTEXTS = ['sales', 'procurement', 'partnership', 'hiring', 'other'] as const;
const STATUSES = ['preparing', 'live', 'won', 'lost', 'walked_away', 'paused'] as const;

async function seed(count: number) {
  const temp = makeTempDir('parley-bench-');
  const database = await openDatabase({ dataDir: temp.dir, migrationsFolder: MIGRATIONS_FOLDER });
  database.sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      createDeal(database.db, {
        title: `Deal ${i} — ${CONTEXTS[i % 5]} renewal ${2026 + (i % 4)}`,
        counterparty: `Counterparty ${i % 997} Ltd`,
        context: CONTEXTS[i % 5],
        status: STATUSES[i % 6],
        targetCloseDate: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
        notes: 'Prepared with Parley. '.repeat(5),
      });
    }
  })();
  return { temp, database };
}

async function timeToRows(app: BrowserModeApp, runs: number) {
  const browser = await launchChromium();
  const times: number[] = [];
  let rowElements = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const start = performance.now();
      await page.goto(app.url);
      await page.locator('[role="row"][data-deal-id]').first().waitFor();
      times.push(performance.now() - start);
      rowElements = await page.locator('[role="row"][data-deal-id]').count();
      // Scrolling to the end must also work without creating more rows.
      await page.getByTestId('deals-body').evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      await page.waitForTimeout(100);
      rowElements = Math.max(rowElements, await page.locator('[role="row"][data-deal-id]').count());
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { ms: median(times), rowElements };
}

async function uiBench() {
  const results: Record<number, { ms: number; rowElements: number }> = {};
  for (const count of [100, 10_000]) {
    const { temp, database } = await seed(count);
    database.close();
    const app = await startBrowserMode(temp.dir);
    try {
      results[count] = await timeToRows(app, 5);
    } finally {
      await app.stop();
      temp.remove();
    }
  }
  const small = results[100];
  const large = results[10_000];
  if (!small || !large) throw new Error('missing results');
  const ratio = large.ms / small.ms;
  console.log(
    `deals list, navigation → rows visible: 100 deals ${small.ms.toFixed(0)} ms, 10,000 deals ${large.ms.toFixed(0)} ms`,
  );
  console.log(`  ratio 10,000 / 100 = ${ratio.toFixed(2)} (target ≤ 2) ${verdict(ratio <= 2)}`);
  console.log(
    `  row elements in the DOM with 10,000 deals: ${large.rowElements} (target ≤ 100) ${verdict(large.rowElements <= 100)}`,
  );
}

async function apiBench() {
  const { temp, database } = await seed(10_000);
  const server = await startWebServer({ ctx: { db: database.db, dataDir: temp.dir }, staticDir: temp.dir, port: 0 });
  try {
    const direct: number[] = [];
    const overHttp: number[] = [];
    for (let i = 0; i < 15; i++) {
      let start = performance.now();
      const rows = listDeals(database.db, { includeArchived: true });
      direct.push(performance.now() - start);
      start = performance.now();
      const response = await fetch(`http://127.0.0.1:${server.port}/api/deals.list`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Parley-Token': server.token },
        body: JSON.stringify({ includeArchived: true }),
      });
      const envelope = (await response.json()) as { ok: boolean; value: unknown[] };
      overHttp.push(performance.now() - start);
      if (!envelope.ok || envelope.value.length !== rows.length) throw new Error('HTTP and direct results differ');
    }
    const ratio = median(overHttp) / median(direct);
    console.log(
      `deals.list with 10,000 deals: repository ${median(direct).toFixed(1)} ms, over HTTP ${median(overHttp).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`,
    );
  } finally {
    await server.close();
    database.close();
    temp.remove();
  }
}

await uiBench();
await apiBench();
