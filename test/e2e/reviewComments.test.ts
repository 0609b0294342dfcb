import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewComment } from '../../core/reviewComments';
import { type BrowserModeApp, callApi } from '../support/browserMode';
import { shot } from '../support/shots';
import { startTeamLaptops, TEAM_PASSWORD, type TeamLaptop } from '../support/teamApps';
import type { RunningTeamServer } from '../support/teamServer';
import { makeTempDir } from '../support/tempDataDir';

/**
 * Manager review in the app: two laptops (browser-mode instances) and a team server started
 * here. Val, a viewer, comments on the BATNA step from the keyboard; Ana, the owner, sees it on
 * the same step and resolves it; Val's screen shows it resolved and offers Val no Resolve. A
 * second comment, on the plan, is printed in Ana's plan preview only with "Include open comments".
 */
const temp = makeTempDir('parley-e2e-review-');
const COMMENT = 'Is the fallback supplier’s quote still valid?';
const PLAN_COMMENT = 'PLAN-REVIEW-7373 tighten the summary';
let team: Awaited<ReturnType<typeof startTeamLaptops>>;
let server: RunningTeamServer;
let ana: BrowserModeApp;
let val: BrowserModeApp;
let anaPage: Page;
let valPage: Page;
let dealId = '';

beforeAll(async () => {
  team = await startTeamLaptops(temp.dir, [
    { email: 'ana@example.com', name: 'Ana' },
    { email: 'val@example.com', name: 'Val' },
  ]);
  server = team.server;
  [{ app: ana, page: anaPage }, { app: val, page: valPage }] = team.laptops as [TeamLaptop, TeamLaptop];
  // Sharing itself is covered by teamShare.test.ts: here it is set up through the same procedures.
  dealId = (await callApi<{ id: string }>(ana, 'deals.create', { title: 'Fleet renewal', counterparty: 'Globex' })).id;
  await callApi(ana, 'team.signIn', { server: server.http, email: 'ana@example.com', password: TEAM_PASSWORD });
  await callApi(ana, 'team.share', { dealId });
  await callApi(ana, 'team.invite', { dealId, email: 'val@example.com', role: 'viewer' });
  await callApi(val, 'team.signIn', { server: server.http, email: 'val@example.com', password: TEAM_PASSWORD });
  await callApi(val, 'team.join', { dealId });
}, 120_000);

afterAll(async () => {
  await team?.stop();
  temp.remove();
});

const comments = (app: BrowserModeApp) => callApi<ReviewComment[]>(app, 'team.comments', { dealId });

describe('manager review in the app', () => {
  it('a viewer comments on a step; the owner sees it there and resolves it', async () => {
    await valPage.goto(`${val.origin}/#/deals/${dealId}/batna`);
    const valToggle = valPage.getByRole('button', { name: 'Comments (0)' });
    await valToggle.click();
    const valPanel = valPage.getByRole('region', { name: 'Comments on this step' });
    await valPanel.getByText('No open comments on this step.').waitFor();
    // The box has the focus when the panel opens; Ctrl+Enter sends.
    await valPage.keyboard.type(COMMENT, { delay: 5 });
    await valPage.keyboard.press('Control+Enter');
    await valPanel.getByText(COMMENT).waitFor();
    await valPage.getByRole('button', { name: 'Comments (1)' }).waitFor();
    await expect.poll(() => valPanel.getByLabel('Comment', { exact: true }).inputValue()).toBe('');
    // A viewer is offered no Resolve.
    expect(await valPanel.getByRole('button', { name: /Resolve/ }).count()).toBe(0);
    await shot(valPage, 'review-viewer-commented');

    await anaPage.goto(`${ana.origin}/#/deals/${dealId}/batna`);
    await anaPage.getByRole('button', { name: 'Comments (1)' }).click();
    const anaPanel = anaPage.getByRole('region', { name: 'Comments on this step' });
    await anaPanel.getByText(COMMENT).waitFor();
    await anaPanel.getByText(/^Val · /).waitFor();
    await shot(anaPage, 'review-owner-sees');
    await anaPanel.getByRole('button', { name: 'Resolve Val’s comment' }).click();
    await anaPage.getByRole('button', { name: 'Comments (0)' }).waitFor();
    await anaPanel.getByText('1 resolved').waitFor();
    expect((await comments(ana))[0]).toMatchObject({ body: COMMENT, resolvedBy: 'Ana' });

    // Val's screen follows through the sync: the comment is resolved there too.
    await valPage.getByRole('button', { name: 'Comments (0)' }).waitFor();
    await valPanel.getByText('1 resolved').click();
    await valPanel.getByText(/resolved by Ana/).waitFor();
    expect((await comments(val))[0]).toMatchObject({ body: COMMENT, resolvedBy: 'Ana' });
    await shot(valPage, 'review-viewer-sees-resolved');
  });

  it('an open comment on the plan is printed only with “Include open comments”', async () => {
    await valPage.goto(`${val.origin}/#/deals/${dealId}/plan`);
    await valPage.getByRole('button', { name: 'Comments (0)' }).click();
    const valPanel = valPage.getByRole('region', { name: 'Comments on the plan' });
    await valPanel.getByRole('combobox', { name: /^On/ }).selectOption({ label: 'Summary' });
    await valPanel.getByLabel('Comment', { exact: true }).fill(PLAN_COMMENT);
    await valPanel.getByRole('button', { name: 'Add comment' }).click();
    await valPanel.getByText(PLAN_COMMENT).waitFor();

    await anaPage.goto(`${ana.origin}/#/deals/${dealId}/plan`);
    await anaPage.getByRole('button', { name: 'Comments (1)' }).waitFor();
    const frame: FrameLocator = anaPage.frameLocator('[data-testid="plan-frame"]');
    await frame.locator('#summary').waitFor();
    expect(await frame.locator('body').textContent()).not.toContain('PLAN-REVIEW-7373');
    await anaPage.getByLabel('Include open comments').check();
    await frame
      .locator('#summary .review-comments')
      .getByText(/PLAN-REVIEW-7373/)
      .waitFor();
    await shot(anaPage, 'review-plan-with-comments');
    await shot(frame.locator('#summary .review-comments'), 'review-plan-comment-block');
    // The offer sheet never carries them, with the box ticked or not.
    await anaPage.getByRole('tab', { name: 'Offer sheet' }).click();
    await expect
      .poll(async () => anaPage.locator('[data-testid="plan-frame"]').getAttribute('title'))
      .toBe('Offer sheet preview');
    const sheet = anaPage.frameLocator('[data-testid="plan-frame"]');
    await sheet.getByText('Options for Globex').waitFor();
    expect(await sheet.locator('body').textContent()).not.toContain('PLAN-REVIEW');
  });
});
