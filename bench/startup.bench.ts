/**
 * Start-up: navigation → first deal row visible, the app with 100 deals vs a static HTML
 * page listing the same 100 rows, both served over loopback HTTP to the same Chromium,
 * measured alternately in one run (medians of RUNS, each in a fresh browser context, so
 * nothing is cached between loads). Prints the ratio (target ≤ 2).
 * Also prints what the first screen downloads: JavaScript and CSS bytes before the first row.
 * Run: npm run bench -- startup (or npx vite-node bench/startup.bench.ts after npm run build).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { escapeHtml } from '../core/html';
import { openDatabase } from '../db/database';
import { createDeal, listDeals } from '../db/repositories/deals';
import { startBrowserMode } from '../test/support/browserMode';
import { launchChromium } from '../test/support/chromium';
import { MIGRATIONS_FOLDER, makeTempDir } from '../test/support/tempDataDir';
import { median, verdict } from './support';

const DEALS = 100;
const RUNS = Number(process.env.PARLEY_BENCH_RUNS ?? 9);
const CONTEXTS = ['sales', 'procurement', 'partnership', 'hiring', 'other'] as const;

async function seed() {
  const temp = makeTempDir('parley-bench-startup-');
  const database = await openDatabase({ dataDir: temp.dir, migrationsFolder: MIGRATIONS_FOLDER });
  database.sqlite.transaction(() => {
    for (let i = 0; i < DEALS; i++) {
      createDeal(database.db, {
        title: `Deal ${i} — ${CONTEXTS[i % 5]} renewal ${2026 + (i % 4)}`,
        counterparty: `Counterparty ${i} Ltd`,
        context: CONTEXTS[i % 5],
        targetCloseDate: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
      });
    }
  })();
  const rows = listDeals(database.db, {});
  database.close();
  return { temp, rows };
}

/** The baseline: the same rows as a plain server-rendered page, no script at all. */
function staticPage(rows: { id: string; title: string; counterparty: string; context: string; status: string }[]) {
  const body = rows
    .map(
      (r) =>
        `<tr data-deal-id="${escapeHtml(r.id)}"><td>${escapeHtml(r.title)}</td><td>${escapeHtml(r.counterparty)}</td><td>${escapeHtml(r.context)}</td><td>${escapeHtml(r.status)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deals</title></head><body>
<table><thead><tr><th>Deal</th><th>Counterparty</th><th>Context</th><th>Status</th></tr></thead><tbody>
${body}
</tbody></table></body></html>`;
}

async function timeFirstRow(browser: Browser, url: string, rowSelector: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let bytes = 0;
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (/javascript|css/.test(type))
      void response.body().then(
        (b) => (bytes += b.length),
        () => {},
      );
  });
  try {
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(rowSelector).first().waitFor({ state: 'visible', timeout: 30_000 });
    const ms = performance.now() - start;
    return { ms, bytes };
  } finally {
    await context.close();
  }
}

const { temp, rows } = await seed();
const html = staticPage(rows);
const server = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(html);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const staticUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const app = await startBrowserMode(temp.dir);
const browser = await launchChromium();
try {
  // One warm-up each (Chromium's own start-up, the server's first request), not counted.
  await timeFirstRow(browser, app.url, '[role="row"][data-deal-id]');
  await timeFirstRow(browser, staticUrl, 'tr[data-deal-id]');
  const appTimes: number[] = [];
  const staticTimes: number[] = [];
  let appBytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const appRun = await timeFirstRow(browser, app.url, '[role="row"][data-deal-id]');
    appTimes.push(appRun.ms);
    appBytes = appRun.bytes;
    staticTimes.push((await timeFirstRow(browser, staticUrl, 'tr[data-deal-id]')).ms);
  }
  const appMs = median(appTimes);
  const staticMs = median(staticTimes);
  const ratio = appMs / staticMs;
  console.log(`start-up, navigation → first of ${DEALS} deal rows visible (medians of ${RUNS}, fresh context each):`);
  console.log(`  Parley ${appMs.toFixed(0)} ms, static HTML page ${staticMs.toFixed(0)} ms`);
  console.log(`  ratio Parley / static = ${ratio.toFixed(2)} (target ≤ 2) ${verdict(ratio <= 2)}`);
  console.log(`  JavaScript + CSS fetched for the deals list: ${(appBytes / 1024).toFixed(0)} KiB`);
} finally {
  await browser.close();
  await app.stop();
  server.close();
  temp.remove();
}
