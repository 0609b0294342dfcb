/**
 * Plan export of a large deal (20 issues, 30 stakeholders, 50 evidence items): time to
 * build the HTML (snapshot read + document) and to print it to PDF with Chromium, the
 * engine Electron's printToPDF uses. Target: the whole export well under two seconds.
 * Run: npm run bench planExport (or npx vite-node bench/planExport.bench.ts).
 */
import { performance } from 'node:perf_hooks';
import { invoke } from '../api/invoke';
import { openDatabase } from '../db/database';
import { launchChromium } from '../test/support/chromium';
import { seedDeal } from '../test/support/seedDeal';
import { MIGRATIONS_FOLDER, makeTempDir } from '../test/support/tempDataDir';
import { median, verdict } from './support';

const temp = makeTempDir('parley-bench-plan-');
const database = await openDatabase({ dataDir: temp.dir, migrationsFolder: MIGRATIONS_FOLDER });
const ctx = { db: database.db };
const api = async (name: string, input: unknown) => {
  const envelope = await invoke(ctx, name as never, input);
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.value;
};

try {
  const dealId = await seedDeal(api, { issues: 20, stakeholders: 30, evidence: 50 });
  const build = async (kind: 'plan' | 'offer_sheet') => {
    const start = performance.now();
    const answer = (await api('plan.document', { dealId, kind, pageSize: 'A4' })) as { html: string };
    return { ms: performance.now() - start, html: answer.html };
  };
  await build('plan'); // warm-up: module initialisation, Intl formatters
  const buildTimes: number[] = [];
  let html = '';
  for (let i = 0; i < 7; i++) {
    const run = await build('plan');
    buildTimes.push(run.ms);
    html = run.html;
  }
  const browser = await launchChromium();
  const pdfTimes: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ javaScriptEnabled: false });
      const start = performance.now();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      pdfTimes.push(performance.now() - start);
      bytes = pdf.length;
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const total = median(buildTimes) + median(pdfTimes);
  console.log(
    `plan export, 20 issues / 30 stakeholders / 50 evidence items: HTML ${median(buildTimes).toFixed(1)} ms (${(html.length / 1024).toFixed(0)} KB), PDF ${median(pdfTimes).toFixed(0)} ms (${(bytes / 1024).toFixed(0)} KB)`,
  );
  console.log(`  total ${total.toFixed(0)} ms (target < 2000 ms) ${verdict(total < 2000)}`);
} finally {
  database.close();
  temp.remove();
}
