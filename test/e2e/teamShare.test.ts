import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamStatus } from '../../core/sharedDeal';
import { type BrowserModeApp, callApi } from '../support/browserMode';
import { startTeamLaptops, TEAM_PASSWORD, type TeamLaptop } from '../support/teamApps';
import type { RunningTeamServer } from '../support/teamServer';
import { makeTempDir } from '../support/tempDataDir';

/**
 * Two laptops (two browser-mode instances, each its own data folder) and a team server started
 * here on a free port: Ana shares a deal from the app, invites Maria, Maria opens it on her
 * laptop; an edit on each side shows on the other; a reservation both changed while offline is
 * listed on Ana's screen and resolved there. Then Ana copies a viewer invitation link for another
 * deal and Maria joins with it (once).
 */
const temp = makeTempDir('parley-e2e-team-');
const SHOTS = process.env.PARLEY_SCREENSHOT_DIR ?? join(temp.dir, 'shots');
const PASSWORD = TEAM_PASSWORD;
let team: Awaited<ReturnType<typeof startTeamLaptops>>;
let server: RunningTeamServer;
let ana: BrowserModeApp;
let maria: BrowserModeApp;
let anaPage: Page;
let mariaPage: Page;
let dealId = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  team = await startTeamLaptops(temp.dir, [
    { email: 'ana@example.com', name: 'Ana' },
    { email: 'maria@example.com', name: 'Maria' },
  ]);
  server = team.server;
  [{ app: ana, page: anaPage }, { app: maria, page: mariaPage }] = team.laptops as [TeamLaptop, TeamLaptop];
  dealId = (await callApi<{ id: string }>(ana, 'deals.create', { title: 'Fleet renewal', counterparty: 'Globex' })).id;
}, 120_000);

afterAll(async () => {
  await team?.stop();
  temp.remove();
});

async function signIn(page: Page, email: string) {
  const form = page.getByRole('form', { name: 'Sign in to the team server' });
  await form.getByLabel('Team server').fill(server.http);
  await form.getByLabel('E-mail').fill(email);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByLabel('Password').press('Enter');
  await form.waitFor({ state: 'detached' });
}

describe('team workspace in the app', () => {
  it('shares a deal, a colleague opens it, edits cross, a conflict is resolved', async () => {
    // Ana: Share deal… → sign in → share → invite Maria.
    await anaPage.goto(`${ana.origin}/#/deals/${dealId}/details`);
    await anaPage.getByRole('button', { name: 'Share deal…' }).click();
    const anaDialog = anaPage.getByRole('dialog', { name: 'Share deal' });
    await signIn(anaPage, 'ana@example.com');
    await anaPage.screenshot({ path: join(SHOTS, 'team-share.png') });
    await anaDialog.getByRole('button', { name: 'Share this deal' }).click();
    const shared = anaPage.getByRole('dialog', { name: 'Shared deal' });
    await shared.getByRole('status').filter({ hasText: 'Synced' }).waitFor();
    await shared.getByLabel('Invite by e-mail').fill('maria@example.com');
    await shared.getByLabel('As').selectOption('editor');
    await shared.getByRole('button', { name: 'Invite' }).click();
    await shared.getByText('maria@example.com').waitFor();

    // Maria: Shared with me… → sign in → open it on her laptop.
    await mariaPage.getByRole('button', { name: 'Shared with me…' }).click();
    await signIn(mariaPage, 'maria@example.com');
    await mariaPage.getByRole('button', { name: 'Open on this laptop' }).click();
    await mariaPage.getByText('No deal is waiting for you').waitFor();
    await mariaPage.getByRole('dialog', { name: 'Shared with me' }).getByRole('button', { name: 'Close' }).click();
    await mariaPage.goto(`${maria.origin}/#/deals/${dealId}/details`);
    await mariaPage.getByRole('heading', { name: 'Fleet renewal', level: 1 }).waitFor();
    // Who is online, on Ana's screen.
    await shared.getByText('Online now: Maria').waitFor();
    await anaPage.screenshot({ path: join(SHOTS, 'team-shared.png') });

    // An edit on each side shows on the other's screen.
    await callApi(maria, 'deals.update', { id: dealId, patch: { title: 'Fleet renewal 2027' } });
    await anaPage.getByRole('heading', { name: 'Fleet renewal 2027', level: 1 }).waitFor();
    await callApi(ana, 'deals.update', { id: dealId, patch: { counterparty: 'Globex Europe' } });
    await mariaPage.getByText('Globex Europe').first().waitFor();

    // Both offline (signed out), both change the reservation, both back.
    await Promise.all([callApi(ana, 'team.signOut', {}), callApi(maria, 'team.signOut', {})]);
    await shared.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
    await callApi(ana, 'batna.update', { dealId, patch: { ourReservation: 410_000 } });
    await callApi(maria, 'batna.update', { dealId, patch: { ourReservation: 420_000 } });
    await shared.getByRole('status').filter({ hasText: '1 change kept on this laptop' }).waitFor();
    await shared.getByText('Sign in to sync').click();
    await signIn(anaPage, 'ana@example.com');
    await callApi(maria, 'team.signIn', { server: server.http, email: 'maria@example.com', password: PASSWORD });
    // The value the merge kept is named first.
    await shared
      .getByText(/^BATNA · Our reservation: (you 410,000 · Maria 420,000|Maria 420,000 · you 410,000) — keep which\?$/)
      .waitFor()
      .catch(async (error) => {
        await anaPage.screenshot({ path: join(SHOTS, 'team-conflict-missing.png') });
        throw error;
      });
    await anaPage.screenshot({ path: join(SHOTS, 'team-conflict.png') });
    await shared.getByRole('button', { name: 'Keep Maria’s: 420,000' }).click();
    await shared.getByText('No conflicts: every change merged.').waitFor();
    await expect
      .poll(async () =>
        Promise.all(
          [ana, maria].map(
            async (app) => (await callApi<{ ourReservation: number }>(app, 'batna.get', { dealId })).ourReservation,
          ),
        ),
      )
      .toEqual([420_000, 420_000]);
    // Maria listed the same conflict: Ana's pick takes it off her list too.
    await expect
      .poll(async () => (await callApi<TeamStatus>(maria, 'team.status', { dealId })).shared?.conflicts)
      .toEqual([]);
    await shared.getByRole('status').filter({ hasText: 'Synced' }).waitFor();
  });

  it('invites by link: the owner copies a viewer link, the colleague joins with it once', async () => {
    const depot = (await callApi<{ id: string }>(ana, 'deals.create', { title: 'Depot lease' })).id;
    await callApi(ana, 'team.share', { dealId: depot });
    await anaPage.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ana.origin });
    await anaPage.goto(`${ana.origin}/#/deals/${depot}/details`);
    await anaPage.getByRole('button', { name: 'Team…' }).click();
    const form = anaPage.getByRole('dialog', { name: 'Shared deal' }).getByRole('form', { name: 'Invitation link' });
    await form.getByLabel('Link for').selectOption('viewer');
    await form.getByRole('button', { name: 'Copy invitation link' }).click();
    // "Copied" once the clipboard holds it, and it holds the link shown.
    await form
      .getByRole('status')
      .filter({ hasText: /^Copied: .*as viewer, once, until/ })
      .waitFor();
    const link = await form.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(new RegExp(`^${server.http}/invite/[A-Za-z0-9_-]{43}$`));
    expect(await anaPage.evaluate('navigator.clipboard.readText()')).toBe(link);
    await anaPage.screenshot({ path: join(SHOTS, 'team-invitation-link.png') });

    await mariaPage.goto(maria.url);
    await mariaPage.getByRole('button', { name: 'Shared with me…' }).click();
    const joinForm = mariaPage
      .getByRole('dialog', { name: 'Shared with me' })
      .getByRole('form', { name: 'Join with a link' });
    await joinForm.getByLabel('Join with a link').fill(link);
    await joinForm.getByRole('button', { name: 'Join' }).click();
    await joinForm.getByRole('status').filter({ hasText: 'Joined “Depot lease” as viewer' }).waitFor();
    await mariaPage.screenshot({ path: join(SHOTS, 'team-join-link.png') });
    await joinForm.getByLabel('Join with a link').fill(link);
    await joinForm.getByRole('button', { name: 'Join' }).click();
    await joinForm.getByText('This invitation link has already been used.').waitFor();
    await mariaPage.goto(`${maria.origin}/#/deals/${depot}/details`);
    await mariaPage.getByRole('heading', { name: 'Depot lease', level: 1 }).waitFor();
  });
});
