import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserApp, openBrowserApp } from '../support/browserApp';
import { type BrowserModeApp, callApi } from '../support/browserMode';

let app: BrowserModeApp;
let page: Page;
let e2e: BrowserApp;

const api = <T = unknown>(name: string, input: unknown) => callApi<T>(app, name, input);

beforeAll(async () => {
  e2e = await openBrowserApp('parley-e2e-team-', { page: { viewport: { width: 1400, height: 950 }, locale: 'en-US' } });
  ({ app, page } = e2e);
});

afterAll(() => e2e?.close());

describe('our team and authority', () => {
  it('a concession beyond the rep’s authority shows who must approve', async () => {
    const deal = await api<{ id: string }>('deals.create', { title: 'Renewal', ourSide: 'selling', currency: 'EUR' });
    const price = await api<{ id: string }>('rows.create', {
      table: 'issues',
      dealId: deal.id,
      fields: { name: 'Licence fee', category: 'price', numericKind: 'money', unit: 'per_year' },
    });
    await api('rows.update', { table: 'issues', id: price.id, patch: { walkAway: 400_000, target: 480_000 } });

    // The team is typed in the Team step like every list: a name, Enter.
    await page.goto(`${app.origin}/#/deals/${deal.id}/team`);
    const add = page.getByLabel('New team member');
    for (const name of ['Sam Rep', 'Dana Reyes']) {
      await add.fill(name);
      await add.press('Enter');
      await page
        .locator('table[aria-label="Our team"] tr.data-row', { hasText: '' })
        .nth(name === 'Sam Rep' ? 0 : 1)
        .waitFor();
    }
    await expect
      .poll(async () => (await api<unknown[]>('rows.list', { table: 'teamMembers', dealId: deal.id })).length)
      .toBe(2);
    const members = await api<{ id: string; name: string }[]>('rows.list', { table: 'teamMembers', dealId: deal.id });
    const rep = members.find((m) => m.name === 'Sam Rep');
    const director = members.find((m) => m.name === 'Dana Reyes');
    await api('rows.update', {
      table: 'teamMembers',
      id: director?.id,
      patch: { title: 'Sales director', role: 'approver' },
    });
    for (const [member, limit] of [
      [rep, 441_600],
      [director, 408_000],
    ] as const) {
      await api('rows.create', {
        table: 'authorityLimits',
        dealId: deal.id,
        fields: { issueId: price.id, memberId: member?.id, limit, note: 'discount authority' },
      });
    }
    await api('rows.create', {
      table: 'concessions',
      dealId: deal.id,
      fields: { give: 'Price to 420k', get: 'Three-year term', issueId: price.id, value: 420_000 },
    });

    await page.goto(`${app.origin}/#/deals/${deal.id}/concessions`);
    const flag = page.locator('.row-flags .flag', { hasText: 'Needs approval' });
    await flag.waitFor();
    expect(await flag.textContent()).toContain(
      "€420,000 per year is beyond Sam Rep's authority — needs approval by Dana Reyes (Sales director)",
    );

    // The approval path on the Team step lists the rep first, then the director.
    await page.goto(`${app.origin}/#/deals/${deal.id}/team`);
    const path = page.locator('.approval-path li');
    await expect
      .poll(() => path.allTextContents())
      .toEqual(['Sam Rep: as far as €441,600 per year', 'Dana Reyes (Sales director): as far as €408,000 per year']);
  });
});
