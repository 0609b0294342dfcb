import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTeamStore } from '../../team/store';
import { type BrowserModeApp, callApi, startBrowserMode } from '../support/browserMode';
import { launchChromium } from '../support/chromium';
import { shot } from '../support/shots';
import { type RunningTeamServer, startTeamServer } from '../support/teamServer';
import { makeTempDir } from '../support/tempDataDir';

/**
 * Two laptops (browser-mode instances with their own data folders) and a team server started
 * here: Ana, a library editor, shares a phrase from the Library screen and a debrief lesson
 * from its Debrief step; Ben, a reader, sees the phrase marked "Team" (with nothing to share)
 * and the lesson among the reminders of his next procurement deal.
 */
const temp = makeTempDir('parley-e2e-team-library-');
const PASSWORD = 'correct horse battery';
const PHRASE = 'What would make this work for your finance team?';
let server: RunningTeamServer;
let ana: BrowserModeApp;
let ben: BrowserModeApp;
let browser: Browser;
let anaPage: Page;
let benPage: Page;

beforeAll(async () => {
  const file = join(temp.dir, 'team.sqlite');
  const store = await openTeamStore({ file });
  await store.addUser('ana@example.com', 'Ana', PASSWORD);
  await store.addUser('ben@example.com', 'Ben', PASSWORD);
  await store.setLibraryRole('ana@example.com', 'editor');
  await store.close();
  [server, ana, ben, browser] = await Promise.all([
    startTeamServer(file),
    startBrowserMode(join(temp.dir, 'ana')),
    startBrowserMode(join(temp.dir, 'ben')),
    launchChromium(),
  ]);
  anaPage = await browser.newPage({ viewport: { width: 1300, height: 900 }, locale: 'en-US' });
  benPage = await browser.newPage({ viewport: { width: 1300, height: 900 }, locale: 'en-US' });
  // The address with the access token, once; then the app's own addresses.
  await Promise.all([anaPage.goto(ana.url), benPage.goto(ben.url)]);
  // The sign-in form itself is tested in teamShare.test.ts; here the app is signed in through its API.
  for (const [app, email] of [
    [ana, 'ana@example.com'],
    [ben, 'ben@example.com'],
  ] as const)
    await callApi(app, 'team.signIn', { server: server.http, email, password: PASSWORD });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([ana?.stop(), ben?.stop(), server?.kill()]);
  temp.remove();
});

describe('team library in the app', () => {
  it('an editor shares a phrase from the Library; a reader’s Library lists it as Team, with nothing to share', async () => {
    await callApi(ana, 'phrases.add', { purpose: 'calibrated_question', text: PHRASE });
    await anaPage.goto(`${ana.origin}/#/library/phrases`);
    await anaPage.getByRole('button', { name: `Share with team: ${PHRASE}` }).click();
    await anaPage.getByText(`“${PHRASE}” shared with the team`).waitFor();
    const anaRow = anaPage.locator('.phrase-row', {
      has: anaPage.getByRole('button', { name: `Remove from team: ${PHRASE}` }),
    });
    await anaRow.locator('.team-badge', { hasText: 'Team' }).waitFor();
    await shot(anaRow, 'team-library-shared-phrase');

    await benPage.goto(`${ben.origin}/#/library/phrases`);
    const benRow = benPage.locator('.phrase-row', { has: benPage.locator('.team-badge') });
    await benRow.waitFor();
    expect(await benRow.count()).toBe(1);
    expect(await benRow.getByRole('textbox', { name: 'Phrase' }).inputValue()).toBe(PHRASE);
    expect(await benPage.getByRole('button', { name: /^Share with team/ }).count()).toBe(0);
    expect(await benRow.getByRole('button', { name: /Remove from team/ }).count()).toBe(0);
    await shot(benRow, 'team-library-reader');
  });

  it('a lesson shared from the Debrief step shows in a colleague’s next procurement deal', async () => {
    const deal = await callApi<{ id: string }>(ana, 'deals.create', {
      title: 'Print contract',
      context: 'procurement',
    });
    await callApi(ana, 'rows.create', {
      table: 'debriefLessons',
      dealId: deal.id,
      fields: { text: 'Ask for the volume forecast before talking price', tag: 'price' },
    });
    await anaPage.goto(`${ana.origin}/#/deals/${deal.id}/debrief`);
    const lessonRow = anaPage.locator('.lesson-row');
    const toggle = lessonRow.getByLabel('Share with the team');
    await toggle.check();
    await expect
      .poll(async () => {
        const lessons = await callApi<{ shared: boolean }[]>(ana, 'rows.list', {
          table: 'debriefLessons',
          dealId: deal.id,
        });
        return lessons[0]?.shared;
      })
      .toBe(true);
    await shot(
      anaPage.locator('section', { has: anaPage.getByRole('heading', { name: 'Lessons for next time' }) }),
      'team-lesson-toggle',
    );

    const next = await callApi<{ id: string }>(ben, 'deals.create', { title: 'Toner supply', context: 'procurement' });
    const sales = await callApi<{ id: string }>(ben, 'deals.create', { title: 'Upsell', context: 'sales' });
    // The lesson travels through the team server: waited for on what the screen reads (no fixed wait).
    await expect
      .poll(
        async () => {
          const reminders = await callApi<{ lessons: { id: string }[] }>(ben, 'debrief.reminders', {
            dealId: next.id,
          });
          return reminders.lessons.length;
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    await benPage.goto(`${ben.origin}/#/deals/${next.id}/details`);
    const reminders = benPage.getByRole('complementary', { name: 'From your past deals' });
    await reminders.getByText('Ask for the volume forecast before talking price').waitFor();
    await reminders.getByText('Ana, from the team', { exact: false }).waitFor();
    await shot(reminders, 'team-lesson-reminder');

    await benPage.goto(`${ben.origin}/#/deals/${sales.id}/details`);
    await benPage.locator('h2.step-title').first().waitFor();
    expect(await benPage.getByText('Ask for the volume forecast before talking price').count()).toBe(0);
  });
});
