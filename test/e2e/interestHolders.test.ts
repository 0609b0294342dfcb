import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { type BrowserModeApp, callApi } from '../support/browserMode';
import { shot } from '../support/shots';

/**
 * Interests held by a person on the other side, and the anchor worksheet reading its target
 * from the issue: a CIO whose interest is recorded under Interests is no longer "without
 * interests" once it is linked to her.
 */
let app: BrowserModeApp;
let page: Page;
let e2e: BrowserApp;
const api = <T = unknown>(name: string, input: unknown) => callApi<T>(app, name, input);

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-holders-', {
    page: { viewport: { width: 1280, height: 900 }, locale: 'en-US' },
  });
  ({ app, page } = e2e);
});
afterAll(() => e2e?.close());

describe('interests linked to stakeholders', () => {
  it('links an interest to the CIO, and readiness stops asking for her interests', async () => {
    const deal = await api<{ id: string }>('deals.create', { title: 'Renewal', ourSide: 'selling', currency: 'EUR' });
    await api('rows.create', {
      table: 'stakeholders',
      dealId: deal.id,
      fields: { side: 'theirs', name: 'Dana Ruiz', title: 'CIO', role: 'decision_maker', influence: 5 },
    });
    await api('rows.create', {
      table: 'interests',
      dealId: deal.id,
      fields: { party: 'them', text: 'Fewer vendors to manage' },
    });
    const finding = async () =>
      (await api<{ checks: { id: string; status: string }[] }>('plan.readiness', { dealId: deal.id })).checks.find(
        (c) => c.id === 'key_stakeholder_without_interests',
      )?.status;
    expect(await finding()).toBe('fail');

    await page.goto(`${app.origin}/#/deals/${deal.id}/interests`);
    const their = page.getByRole('list', { name: 'their interests' });
    await their.getByLabel('Held by').selectOption({ label: 'Dana Ruiz, CIO' });
    await expect.poll(finding, { timeout: 20_000 }).toBe('pass');
    // Our side has nobody on the map: no picker there, a pointer to the map instead.
    await expect.poll(() => page.getByRole('list', { name: 'our interests' }).getByLabel('Held by').count()).toBe(0);
    await shot(page.locator('.step-body'), 'interests-held-by');
  });

  it("shows an anchor's target from its issue, edits it there, and says when no main issue is chosen", async () => {
    const deal = await api<{ id: string }>('deals.create', { title: 'Tender', ourSide: 'buying', currency: 'EUR' });
    const support = await api<{ id: string }>('rows.create', {
      table: 'issues',
      dealId: deal.id,
      fields: { name: 'Support hours' },
    });
    await api('rows.update', { table: 'issues', id: support.id, patch: { target: 40 } });
    await api('rows.create', {
      table: 'anchors',
      dealId: deal.id,
      fields: { issueId: support.id, issueLabel: 'Support hours' },
    });
    await page.goto(`${app.origin}/#/deals/${deal.id}/anchors`);
    const card = page.getByRole('region', { name: 'Anchor: Support hours' });
    const target = card.getByLabel('Target', { exact: true });
    await expect.poll(() => target.inputValue(), { timeout: 20_000 }).toBe('40');
    await card.getByText('No main issue chosen').waitFor();
    await target.fill('36');
    await target.press('Tab');
    await expect
      .poll(
        async () =>
          (await api<{ id: string; target: number | null }[]>('rows.list', { table: 'issues', dealId: deal.id }))[0]
            ?.target,
        {
          timeout: 20_000,
        },
      )
      .toBe(36);
    await shot(card, 'anchor-target');
  });
});
