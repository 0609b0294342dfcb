import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { type BrowserModeApp, callApi } from '../support/browserMode';
import { keepText, pdfPageShot, shot } from '../support/shots';

let app: BrowserModeApp;
let browser: Browser;
let page: Page;
let e2e: BrowserApp;

const api = <T = unknown>(name: string, input: unknown) => callApi<T>(app, name, input);
let dealId = '';

interface Item {
  id: string;
  title: string;
  phase: string;
  minutes: number | null;
}

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-meeting-', {
    page: { viewport: { width: 1400, height: 950 }, locale: 'en-US' },
  });
  ({ app, browser, page } = e2e);
  const deal = await api<{ id: string }>('deals.create', {
    title: 'Fabrikam 3PL tender',
    counterparty: 'Fabrikam Logistics',
    ourSide: 'buying',
    currency: 'EUR',
    targetCloseDate: '2027-03-31',
  });
  dealId = deal.id;
  await api('rows.create', {
    table: 'diagnosticQuestions',
    dealId,
    fields: { text: 'Which lanes are hardest for you to staff in peak season?' },
  });
});

afterAll(() => e2e?.close());

const items = () => api<Item[]>('rows.list', { table: 'agendaItems', dealId });

describe('the meeting plan', () => {
  it('plans a meeting with an agenda of three items, a question and a next step, kept across a reload', async () => {
    await page.goto(`${app.origin}/#/deals/${dealId}/meeting`);
    await page.getByRole('heading', { name: 'Meetings' }).waitFor();
    await page.getByText('No meeting planned yet.').waitFor();

    const addMeeting = page.getByLabel('New meeting', { exact: true });
    await addMeeting.fill('Commercial workshop');
    await addMeeting.press('Enter');
    await expect.poll(async () => (await api<unknown[]>('rows.list', { table: 'meetings', dealId })).length).toBe(1);
    const panel = page.locator('section.meeting');
    await panel.waitFor();

    await panel.getByLabel('Date', { exact: true }).fill('2027-02-10');
    await panel.getByLabel('Date', { exact: true }).blur();
    const time = panel.getByLabel('Time', { exact: true });
    await time.fill('09:30');
    await time.press('Enter');
    const length = panel.getByLabel('Length', { exact: true });
    await length.fill('45');
    await length.press('Enter');
    const opening = panel.getByLabel('Opening statement', { exact: true });
    await opening.fill('Thank you for coming. We want a partner for the next three peaks, not only a price.');
    await opening.blur();
    await expect
      .poll(async () => (await api<Record<string, unknown>[]>('rows.list', { table: 'meetings', dealId }))[0])
      .toMatchObject({ date: '2027-02-10', time: '09:30', durationMinutes: 45 });

    // Three agenda items, Enter after each, like every list.
    const addItem = panel.getByLabel('New agenda item', { exact: true });
    for (const title of ['Their peak-season constraints', 'Two packages on the table', 'Rate against volume']) {
      await addItem.fill(title);
      await addItem.press('Enter');
    }
    await expect.poll(async () => (await items()).length).toBe(3);
    const rows = panel.locator('table[aria-label="Agenda of Commercial workshop"] > tbody > tr.data-row');
    await rows.nth(1).getByLabel('Phase').selectOption('propose');
    await rows.nth(2).getByLabel('Phase').selectOption('trade');
    for (const [n, minutes] of [
      [0, '20'],
      [1, '15'],
      [2, '20'],
    ] as const) {
      const cell = rows.nth(n).getByLabel('Minutes');
      await cell.fill(minutes);
      await cell.press('Enter');
    }
    await expect
      .poll(async () => (await items()).map((i) => [i.phase, i.minutes]))
      .toEqual([
        ['explore', 20],
        ['propose', 15],
        ['trade', 20],
      ]);
    // 55 minutes in a 45-minute meeting: said under the agenda, in the warning colour.
    const timing = panel.getByRole('status', { name: 'Agenda time against the meeting’s length' });
    await expect.poll(() => timing.textContent()).toContain('55 min planned, 10 min over the 45 min meeting.');
    expect(await timing.locator('.flag').count()).toBeGreaterThan(0);

    // A diagnostic question from Interests under the first item.
    await rows.nth(0).getByRole('button', { name: 'Show details' }).click();
    await panel
      .getByLabel('Ask a question from Interests')
      .selectOption({ label: 'Which lanes are hardest for you to staff in peak season?' });
    await expect
      .poll(
        async () =>
          (await api<{ questionId: string | null }[]>('rows.list', { table: 'agendaQuestions', dealId })).length,
      )
      .toBe(1);
    await panel.getByText('1 question to ask').waitFor();

    // The next step we want them to commit to.
    const addStep = panel.getByLabel('New next step', { exact: true });
    await addStep.fill('They send the 2026 peak volumes per lane');
    await addStep.press('Enter');
    await expect.poll(async () => (await api<unknown[]>('rows.list', { table: 'commitments', dealId })).length).toBe(1);
    const step = panel.locator('table[aria-label="Next steps of Commercial workshop"] tr.data-row').first();
    await step.getByLabel('Who').selectOption('them');
    await expect
      .poll(async () => (await api<{ party: string }[]>('rows.list', { table: 'commitments', dealId }))[0]?.party)
      .toBe('them');

    // Time fixed: 35 minutes of agenda fit in 45.
    const last = rows.nth(2).getByLabel('Minutes');
    await last.fill('10');
    await last.press('Enter');
    await expect.poll(() => timing.textContent()).toContain('45 min of 45 min planned.');

    await page.reload();
    const again = page.locator('section.meeting');
    await again.getByRole('heading', { name: /Commercial workshop/ }).waitFor();
    await expect
      .poll(() => again.getByLabel('Opening statement', { exact: true }).inputValue())
      .toContain('partner for the next three peaks');
    const agenda = again.locator('table[aria-label="Agenda of Commercial workshop"] > tbody > tr.data-row');
    await expect.poll(() => agenda.count()).toBe(3);
    expect(await agenda.nth(2).getByLabel('Item').inputValue()).toBe('Rate against volume');
    await again.getByText('1 question to ask').waitFor();
    await shot(page, 'meeting-step', { fullPage: true });
  });

  it('a disclosure that names our reservation is flagged in place and in readiness', async () => {
    await api('batna.update', { dealId, patch: { ourReservation: 1_200_000 } });
    await page.reload();
    const panel = page.locator('section.meeting');
    const disclose = panel.getByLabel('What we disclose', { exact: true });
    await disclose.fill('Our budget ceiling of 1,200,000 for the three years');
    await disclose.blur();
    await panel.getByText('This names our reservation point (“1,200,000”)').waitFor();
    await page.goto(`${app.origin}/#/deals/${dealId}/plan`);
    const check = page.locator('li[data-check="disclosing_internal_values"]');
    await check.waitFor();
    expect(await check.textContent()).toContain('“Commercial workshop”: “1,200,000” is our reservation point.');
  });

  it('prints the meeting brief from the Plan screen: agenda, time boxes and opening statement', async () => {
    await page.goto(`${app.origin}/#/deals/${dealId}/plan`);
    await page.getByRole('tab', { name: 'Meeting brief' }).click();
    const frame = page.frameLocator('iframe[title="Meeting brief preview"]');
    await frame.getByRole('heading', { name: 'Commercial workshop' }).waitFor();
    await page.getByText('Internal — do not hand out.').first().waitFor();

    const { html, fileName } = await api<{ html: string; fileName: string }>('plan.document', {
      dealId,
      kind: 'meeting_brief',
      pageSize: 'A4',
    });
    expect(fileName).toBe('fabrikam-3pl-tender-meeting-brief.pdf');
    const printer = await browser.newPage({ javaScriptEnabled: false });
    const file = join(e2e.dataDir, 'brief.pdf');
    try {
      await printer.setContent(html, { waitUntil: 'load' });
      writeFileSync(file, await printer.pdf({ preferCSSPageSize: true, printBackground: true }));
    } finally {
      await printer.close();
    }
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    keepText('meeting-brief', text);
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])).toBe(1);
    expect(text).toContain('INTERNAL — DO NOT HAND OUT');
    expect(text).toContain('Thank you for coming. We want a partner for the next three peaks');
    for (const line of [
      /09:30–09:50\s+Their peak-season constraints\s+Explore interests\s+20 min/,
      /09:50–10:05\s+Two packages on the table\s+Put MESOs on the table\s+15 min/,
      /10:05–10:15\s+Rate against volume\s+Trade\s+10 min/,
    ]) {
      expect(text).toMatch(line);
    }
    expect(text).toContain('Which lanes are hardest for you to staff in peak season?');
    expect(text).toContain('They send the 2026 peak volumes per lane');
    pdfPageShot(file, 1, 'meeting-brief', 80);
  });
});
