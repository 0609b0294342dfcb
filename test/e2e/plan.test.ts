import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { type BrowserModeApp, callApi } from '../support/browserMode';
import { SECRETS, seedDeal } from '../support/seedDeal';
import { pdfPageShot, shot } from '../support/shots';

let app: BrowserModeApp;
let browser: Browser;
let page: Page;
let e2e: BrowserApp;
const HOSTILE = '<img src=x onerror=alert(1)>';

const api = <T = unknown>(name: string, input: unknown) => callApi<T>(app, name, input);

/**
 * Prints HTML the way Electron's printToPDF does (Chromium, page size from the document's
 * @page rule, backgrounds on, no header template: the document draws its own), and reads
 * the PDF back as text.
 */
async function printToPdf(html: string, name: string): Promise<{ file: string; text: string; pages: number }> {
  const printer = await browser.newPage({ javaScriptEnabled: false });
  try {
    await printer.setContent(html, { waitUntil: 'load' });
    const pdf = await printer.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
    const file = join(e2e.dataDir, `${name}.pdf`);
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    return { file, text, pages };
  } finally {
    await printer.close();
  }
}

const planHtml = async (dealId: string, kind: 'plan' | 'offer_sheet', pageSize: 'A4' | 'Letter' = 'A4') =>
  ((await api('plan.document', { dealId, kind, pageSize })) as { html: string }).html;

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-plan-', { page: { viewport: { width: 1400, height: 950 } }, open: false });
  ({ app, browser, page } = e2e);
  // The first visit hands the page its API token (kept for the tab).
  await page.goto(app.url);
});

const openStep = async (dealId: string, step: string) => {
  await page.goto(`${app.origin}/#/deals/${dealId}/${step}`);
};

afterAll(() => e2e?.close());

describe('plan PDF', () => {
  let dealId: string;
  beforeAll(async () => {
    dealId = await seedDeal(api, { issues: 6 });
  });

  it('prints the plan with its sections, values, header, marking and page numbers on every page', async () => {
    const { file, text, pages } = await printToPdf(await planHtml(dealId, 'plan'), 'plan-a4');
    expect(pages).toBeGreaterThanOrEqual(3);
    for (const heading of [
      'Negotiation plan',
      'What matters to them',
      'Top risks',
      'BATNA & ZOPA',
      'Issues & tradeables',
      'Interests vs positions',
      'Planned moments & questions',
      'Counterparty map & decision path',
      'Leverage',
      'Evidence',
      'Anchors & concession ladder',
      'MESO offers & frontier',
      'Concessions & safeguards',
      'Readiness checklist',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('€918,273');
    expect(text).toContain('€1,250,000');
    expect(text).toContain(SECRETS.batna);
    expect(text).toContain(SECRETS.interest);
    expect(text).toContain(SECRETS.question);
    expect(text).toContain('Annual price');
    // Header, marking and page number on every page.
    expect(text.match(/Northwind renewal/g)?.length ?? 0).toBeGreaterThanOrEqual(pages);
    expect(text.match(/CONFIDENTIAL — INTERNAL/g)?.length).toBe(pages);
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`);
    // The summary page shows the readiness score the API computes.
    const readiness = (await api('plan.readiness', { dealId })) as { score: number };
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], { encoding: 'utf8' });
    expect(firstPage).toMatch(new RegExp(`\\b${readiness.score}\\b`));
    expect(firstPage).toContain('READINESS / 100');
    pdfPageShot(file, 1, 'plan-page1');
    pdfPageShot(file, Math.ceil(pages / 2), 'plan-middle');
  });

  it('lists only the failed checks: passed ones are one count, never their problem titles', async () => {
    const { file } = await printToPdf(await planHtml(dealId, 'plan'), 'plan-checks');
    // In content order, so a title wrapped inside its table cell reads as one run of words.
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    const readiness = (await api('plan.readiness', { dealId })) as {
      checks: { title: string; status: string }[];
    };
    const passed = readiness.checks.filter((k) => k.status === 'pass');
    const failed = readiness.checks.filter((k) => k.status === 'fail');
    expect(passed.length).toBeGreaterThan(0);
    const flat = text.replace(/\s+/g, ' ');
    // A title shared with a failed check (or a section heading) cannot tell the two apart.
    const failedTitles = new Set(failed.map((k) => k.title));
    for (const k of passed.filter((k) => !failedTitles.has(k.title))) expect(flat).not.toContain(k.title);
    for (const k of failed) expect(flat).toContain(k.title);
    expect(flat).toContain(`${passed.length} checks passed`);
    expect(flat).not.toMatch(/\bOK\b/);
  });

  it('draws the charts as vectors (SVG), not as pictures', async () => {
    const html = await planHtml(dealId, 'plan');
    expect(html).toContain('<svg class="chart zopa"');
    expect(html).toContain('<svg class="chart matrix"');
    expect(html).toContain('<svg class="chart power"');
    expect(html).toContain('<svg class="chart frontier"');
    const { file } = await printToPdf(html, 'plan-vectors');
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toEqual([]);
  });

  it('prints on US Letter when asked', async () => {
    const { file } = await printToPdf(await planHtml(dealId, 'plan', 'Letter'), 'plan-letter');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/);
    const a4 = await printToPdf(await planHtml(dealId, 'plan', 'A4'), 'plan-a4-size');
    expect(execFileSync('pdfinfo', [a4.file], { encoding: 'utf8' })).toMatch(
      /Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/,
    );
  });
});

describe('offer sheet', () => {
  it('carries the sender, date, validity and basis the user filled in', async () => {
    const dealId = await seedDeal(api, { title: 'Offer details deal' });
    await api('meso.updateSettings', {
      dealId,
      patch: {
        offerSender: 'Anna Berg, Key account manager',
        offerDate: '2027-01-15',
        offerValidUntil: '2027-02-28',
        offerBasis: '14 000 pallets a year over 3 lanes, 24-month term',
      },
    });
    const { file, text } = await printToPdf(await planHtml(dealId, 'offer_sheet'), 'offer-details');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('From Anna Berg, Key account manager');
    expect(flat).toMatch(/Date 15 Jan(uary)? 2027|Date Jan(uary)? 15, 2027/);
    expect(flat).toMatch(/Valid until 28 Feb(ruary)? 2027|Valid until Feb(ruary)? 28, 2027/);
    expect(flat).toContain('14 000 pallets a year over 3 lanes, 24-month term');
    pdfPageShot(file, 1, 'offer-details');
  });

  it('never contains BATNA, reservation, target, weights, scores or notes', async () => {
    const dealId = await seedDeal(api, { title: 'Leak test deal' });
    const { file, text } = await printToPdf(await planHtml(dealId, 'offer_sheet'), 'offer-sheet');
    expect(text).toContain('Northwind Traders');
    expect(text).toContain('Option A');
    expect(text).toContain('Option B');
    expect(text).toContain('€1.2m');
    expect(text).toContain('2 years');
    expect(text).toMatch(/If monthly uptime is below 99\.9 % per month, then a 5 % service credit\./);
    const secrets = [
      SECRETS.stakeholderNote,
      SECRETS.stakeholderInterest,
      SECRETS.leverage,
      SECRETS.evidence,
      SECRETS.anchorRationale,
      SECRETS.exitTerms,
      'Dana Whitfield',
      'Counter',
      'procurement',
      'Monitoring',
      SECRETS.batna,
      SECRETS.dealNote,
      SECRETS.issueNote,
      SECRETS.interest,
      SECRETS.question,
      'Contoso',
      'Build in-house',
      'Leak test deal',
      '918',
      '1,250,000',
      '1,100,000',
      '900,000',
      '37',
      '63',
      'Readiness',
      'BATNA',
      'reservation',
      'points',
    ];
    for (const secret of secrets) expect(text.toLowerCase()).not.toContain(String(secret).toLowerCase());
    pdfPageShot(file, 1, 'offer-sheet');
  });
});

describe('hostile text', () => {
  it('appears as text in the PDF and never as an element in the preview', async () => {
    const dealId = await seedDeal(api, { text: HOSTILE });
    const { text } = await printToPdf(await planHtml(dealId, 'plan'), 'hostile');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openStep(dealId, 'plan');
    const frame = page.frameLocator('[data-testid="plan-frame"]');
    await frame.locator('#summary').waitFor();
    expect(await page.locator('[data-testid="plan-frame"]').getAttribute('sandbox')).toBe('');
    expect(await frame.locator('img').count()).toBe(0);
    expect(await frame.locator('script').count()).toBe(0);
    expect(await frame.locator('h1').textContent()).toContain(HOSTILE);
    await page.getByRole('tab', { name: 'Offer sheet' }).click();
    await page.locator('iframe[title="Offer sheet preview"]').waitFor();
    await frame.locator('h1').waitFor();
    expect(await frame.locator('h1').textContent()).toContain(HOSTILE);
    expect(await frame.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

describe('Plan step', () => {
  it('shows the readiness score and checks that link to the step that fixes them', async () => {
    const deal = (await api('deals.create', { title: 'Fresh deal' })) as { id: string };
    await openStep(deal.id, 'plan');
    const score = page.getByTestId('readiness-score');
    await score.waitFor();
    const value = Number((await score.locator('.readiness-number').textContent()) ?? 'NaN');
    expect(value).toBeLessThanOrEqual(50);
    const noBatna = page.locator('[data-check="no_batna"]');
    await expect.poll(() => noBatna.textContent()).toContain('No BATNA');
    await page.locator('[data-testid="plan-frame"]').waitFor();
    await shot(page, 'plan-step-screen');
    await noBatna.getByRole('link', { name: /Fix in BATNA/ }).click();
    await expect.poll(() => page.url()).toMatch(/\/batna$/);
  });

  it('Print… prints the document shown, through a frame that runs no script', async () => {
    const deal = (await api('deals.create', { title: 'Print me' })) as { id: string };
    await openStep(deal.id, 'plan');
    await page.locator('[data-testid="plan-frame"]').waitFor();
    // Count print() calls on the short-lived print frame instead of opening a real dialog.
    await page.evaluate(() => {
      const g = globalThis as unknown as {
        __prints: number;
        document: { body: { append: (node: unknown) => void } };
        HTMLIFrameElement: { prototype: { addEventListener: unknown } };
      };
      g.__prints = 0;
      const original = g.document.body.append.bind(g.document.body);
      g.document.body.append = (node: unknown) => {
        const frame = node as {
          getAttribute(n: string): string | null;
          onload: null | (() => void);
          contentWindow: { print: () => void } | null;
        };
        const onload = frame.onload;
        frame.onload = () => {
          if (frame.contentWindow)
            frame.contentWindow.print = () => {
              g.__prints += 1;
            };
          onload?.();
        };
        original(node);
      };
    });
    await page.getByRole('button', { name: 'Print…' }).click();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { __prints: number }).__prints)).toBe(1);
    const sandbox = await page.evaluate(() =>
      (
        globalThis as unknown as {
          document: { querySelector(s: string): { getAttribute(n: string): string | null } | null };
        }
      ).document
        .querySelector('iframe[aria-hidden="true"]')
        ?.getAttribute('sandbox'),
    );
    expect(sandbox).toBe('allow-same-origin allow-modals');
    expect(await page.getByText(/Printing failed/).count()).toBe(0);
  });

  it('the deals table shows readiness and sorts by it', async () => {
    await page.goto(`${app.origin}/#/`);
    const header = page.getByRole('columnheader', { name: /Readiness/ });
    await header.waitFor();
    // The list first shows what the page cached before this file's API-created deals; wait for the re-read.
    const values = page.locator('[role="row"][data-deal-id] .readiness-value');
    await expect.poll(() => values.count()).toBeGreaterThan(1);
    await header.getByRole('button').click();
    // The rows re-render after the click (and scores may still arrive): wait for the order.
    const sortedEnds = async () => {
      const numbers = (await page.locator('[role="row"][data-deal-id] .readiness-value').allTextContents()).map(Number);
      const first = numbers[0];
      return numbers.length > 1 && (first === Math.max(...numbers) || first === Math.min(...numbers));
    };
    await expect.poll(sortedEnds, { timeout: 20_000 }).toBe(true);
  });
});

describe('Offer sheet guard', () => {
  it('stays silent on a clean deal and lets the sheet be printed', async () => {
    const dealId = await seedDeal(api);
    await openStep(dealId, 'plan');
    await page.getByRole('tab', { name: 'Offer sheet' }).click();
    await page.locator('iframe[title="Offer sheet preview"]').waitFor();
    await page.getByRole('button', { name: 'Print…' }).waitFor();
    expect(await page.getByRole('region', { name: 'Internal values on the offer sheet' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Print…' }).isEnabled()).toBe(true);
  });

  it('lists internal values planted in an issue name, an option label and a clause, until each is confirmed', async () => {
    const dealId = await seedDeal(api);
    const [price] = (await api('rows.list', { table: 'issues', dealId })) as {
      id: string;
      options: { id: string }[];
    }[];
    if (!price) throw new Error('seed changed');
    await api('rows.update', {
      table: 'issues',
      id: price.id,
      patch: { name: `Annual price (reservation ${SECRETS.reservation})` },
    });
    await api('rows.update', {
      table: 'issueOptions',
      id: price.options[1]?.id,
      patch: { label: `€1.2m (our target ${SECRETS.target})` },
    });
    const [clause] = (await api('rows.list', { table: 'contingentClauses', dealId })) as { id: string }[];
    await api('rows.update', {
      table: 'contingentClauses',
      id: clause?.id,
      patch: { remedy: 'the lanes move to Contoso' },
    });

    await openStep(dealId, 'plan');
    await page.getByRole('tab', { name: 'Offer sheet' }).click();
    const guard = page.getByRole('region', { name: 'Internal values on the offer sheet' });
    await guard.waitFor();
    const items = guard.getByRole('listitem');
    const lines = await items.allTextContents();
    const expectLine = (pattern: RegExp) => expect(lines.some((line) => pattern.test(line))).toBe(true);
    expectLine(/“918273” in Issue name .* from Our reservation point/);
    expectLine(/“1250000” in Option in A .* from Our target/);
    expectLine(/“Contoso” in Clause .* from BATNA: next-best course/);
    expect(await page.getByRole('button', { name: 'Print…' }).isDisabled()).toBe(true);

    // Confirming every finding releases printing; fixing one removes it.
    for (;;) {
      const confirm = guard.getByRole('button', { name: 'Fine to send' }).first();
      if ((await confirm.count()) === 0) break;
      await confirm.click();
    }
    await guard.getByText('Every finding is confirmed as fine to send').waitFor();
    expect(await page.getByRole('button', { name: 'Print…' }).isEnabled()).toBe(true);
    await guard.getByRole('link', { name: 'Fix in Concessions & safeguards' }).first().click();
    await expect.poll(() => page.url()).toMatch(/\/concessions$/);
  });
});
