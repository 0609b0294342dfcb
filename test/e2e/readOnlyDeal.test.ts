import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserModeApp, callApi } from '../support/browserMode';
import { shot } from '../support/shots';
import { startTeamLaptops, TEAM_PASSWORD, type TeamLaptop } from '../support/teamApps';
import { makeTempDir } from '../support/tempDataDir';

/**
 * A deal shared with a viewer looks read-only from the start: three laptops (browser-mode
 * instances) and a team server started here. Ana owns the deal, Val is a viewer, Ed an editor.
 * On Val's laptop every step's fields and buttons are disabled under a banner, while the
 * comments and the plan's Print… still work; Ed's laptop shows the same steps editable.
 */
const temp = makeTempDir('parley-e2e-read-only-');
const NOTICE = 'Read-only: shared with you as a viewer — ask the owner to make you an editor.';
let team: Awaited<ReturnType<typeof startTeamLaptops>>;
let val: BrowserModeApp;
let ed: BrowserModeApp;
let valPage: Page;
let edPage: Page;
let dealId = '';

beforeAll(async () => {
  team = await startTeamLaptops(temp.dir, [
    { email: 'ana@example.com', name: 'Ana' },
    { email: 'val@example.com', name: 'Val' },
    { email: 'ed@example.com', name: 'Ed' },
  ]);
  const [{ app: ana }, { app: v, page: vp }, { app: e, page: ep }] = team.laptops as [
    TeamLaptop,
    TeamLaptop,
    TeamLaptop,
  ];
  [val, valPage, ed, edPage] = [v, vp, e, ep];
  // Sharing itself is covered by teamShare.test.ts: here it is set up through the same procedures.
  dealId = (await callApi<{ id: string }>(ana, 'deals.create', { title: 'Fleet renewal', counterparty: 'Globex' })).id;
  await callApi(ana, 'rows.create', { table: 'issues', dealId, fields: { name: 'Price per vehicle' } });
  await callApi(ana, 'rows.create', { table: 'batnaActions', dealId, fields: { text: 'Ask Initech for a quote' } });
  await callApi(ana, 'rows.create', {
    table: 'stakeholders',
    dealId,
    fields: { side: 'theirs', name: 'Dana Ruiz', interests: 'A fixed price for three years' },
  });
  await callApi(ana, 'team.signIn', { server: team.server.http, email: 'ana@example.com', password: TEAM_PASSWORD });
  await callApi(ana, 'team.share', { dealId });
  for (const [app, email, role] of [
    [val, 'val@example.com', 'viewer'],
    [ed, 'ed@example.com', 'editor'],
  ] as const) {
    await callApi(ana, 'team.invite', { dealId, email, role });
    await callApi(app, 'team.signIn', { server: team.server.http, email, password: TEAM_PASSWORD });
    await callApi(app, 'team.join', { dealId });
  }
}, 180_000);

afterAll(async () => {
  await team?.stop();
  temp.remove();
});

/** The step's own controls (the step screen, below its header), enabled or not. */
async function stepControls(page: Page, which = 'input, select, textarea, button') {
  return page
    .locator('main.step > .step-fieldset')
    .locator(which)
    .evaluateAll((nodes) =>
      nodes.map((n) => ({
        name: n.getAttribute('aria-label') ?? n.textContent?.trim() ?? '',
        disabled: n.matches(':disabled'),
      })),
    );
}

/** Opens a step of the shared deal and waits until its screen and the deal's team status are in. */
async function openStep(page: Page, app: BrowserModeApp, step: string, ready: (page: Page) => Promise<unknown>) {
  await page.goto(`${app.origin}/#/deals/${dealId}/${step}`);
  await page.getByRole('button', { name: /^Comments \(\d+\)$/ }).waitFor();
  await ready(page);
}

const STEPS: { step: string; ready: (page: Page) => Promise<unknown>; add: string | null }[] = [
  { step: 'details', ready: (p) => p.getByLabel('Counterparty').waitFor(), add: null },
  { step: 'batna', ready: (p) => p.getByRole('textbox', { name: 'Next-best course' }).waitFor(), add: '+ Add action' },
  { step: 'issues', ready: (p) => p.getByLabel('Issue name').first().waitFor(), add: '+ Add issue' },
];

describe('a deal shared read-only', () => {
  it('a viewer sees every step’s fields and buttons disabled, under a banner', async () => {
    for (const { step, ready, add } of STEPS) {
      await openStep(valPage, val, step, ready);
      await valPage.getByRole('status').filter({ hasText: NOTICE }).waitFor();
      // Disabled from the start: nothing to type into and be refused later.
      await expect.poll(async () => (await stepControls(valPage)).filter((c) => !c.disabled)).toEqual([]);
      expect((await stepControls(valPage)).length).toBeGreaterThan(3);
      if (add) expect(await valPage.getByRole('button', { name: add }).isDisabled()).toBe(true);
      await shot(valPage, `read-only-viewer-${step}`, { fullPage: true });
    }
    expect(await valPage.getByLabel('Issue name').first().inputValue()).toBe('Price per vehicle');
    expect(await valPage.getByRole('button', { name: 'Suggest issues…' }).isDisabled()).toBe(true);
    // Nothing to drag either: the drag handle is not shown.
    expect(await valPage.locator('.issue-card .drag-handle').first().isVisible()).toBe(false);

    // "Show details" cannot be pressed: a viewer's rows show their details as they are.
    await openStep(valPage, val, 'counterparty', (p) => p.getByLabel('Their interests').waitFor());
    expect(await valPage.getByLabel('Their interests').inputValue()).toBe('A fixed price for three years');
    expect(await valPage.getByLabel('Their interests').isDisabled()).toBe(true);
  });

  it('the viewer still comments from the keyboard and prints the plan', async () => {
    await openStep(valPage, val, 'batna', (p) => p.getByRole('textbox', { name: 'Next-best course' }).waitFor());
    // From the keyboard: Enter on "Comments (0)" opens the panel with the focus in its box.
    const toggle = valPage.getByRole('button', { name: 'Comments (0)' });
    await toggle.focus();
    await valPage.keyboard.press('Enter');
    const panel = valPage.getByRole('region', { name: 'Comments on this step' });
    const box = panel.getByLabel('Comment', { exact: true });
    await expect.poll(() => box.evaluate((n) => n.matches(':focus'))).toBe(true);
    await valPage.keyboard.type('Please check the quote date', { delay: 5 });
    await valPage.keyboard.press('Control+Enter');
    await panel.getByText('Please check the quote date').waitFor();
    await valPage.getByRole('button', { name: 'Comments (1)' }).waitFor();

    await openStep(valPage, val, 'plan', (p) => p.locator('[data-testid="plan-frame"]').waitFor());
    await valPage.getByRole('status').filter({ hasText: NOTICE }).waitFor();
    // The plan only shows the deal: its tabs, paper and Print… stay usable.
    await valPage.getByRole('tab', { name: 'Meeting brief' }).click();
    await expect
      .poll(() => valPage.locator('[data-testid="plan-frame"]').getAttribute('title'))
      .toBe('Meeting brief preview');
    await valPage.getByRole('tab', { name: 'Plan' }).click();
    // Count print() calls on the print frame instead of opening a real dialog.
    await valPage.evaluate(() => {
      // This file is type-checked without the DOM library: the few page types it touches.
      type Frame = {
        tagName: string;
        onload: ((event: unknown) => void) | null;
        contentWindow: { print(): void } | null;
      };
      type PageGlobals = {
        __prints: number;
        document: { body: unknown };
        MutationObserver: new (
          seen: (records: { addedNodes: Iterable<unknown> }[]) => void,
        ) => { observe(target: unknown, options: { childList: boolean }): void };
      };
      const g = globalThis as unknown as PageGlobals;
      g.__prints = 0;
      new g.MutationObserver((records) => {
        for (const node of records.flatMap((r) => [...r.addedNodes]) as Frame[]) {
          if (node.tagName !== 'IFRAME') continue;
          // The frame prints from its onload: count instead, before that handler runs.
          const onload = node.onload;
          node.onload = (event) => {
            if (node.contentWindow)
              node.contentWindow.print = () => {
                g.__prints += 1;
              };
            onload?.call(node, event);
          };
        }
      }).observe(g.document.body, { childList: true });
    });
    // Tab from the paper size reaches Print…, and Enter prints.
    await valPage.getByRole('combobox', { name: /Paper/ }).focus();
    await valPage.keyboard.press('Tab');
    await expect
      .poll(() => valPage.getByRole('button', { name: 'Print…' }).evaluate((n) => n.matches(':focus')))
      .toBe(true);
    await valPage.keyboard.press('Enter');
    await expect.poll(() => valPage.evaluate(() => (globalThis as unknown as { __prints: number }).__prints)).toBe(1);
    expect(await valPage.getByText(/Printing failed/).count()).toBe(0);
    await shot(valPage, 'read-only-viewer-plan');
  });

  it('an editor of the same deal sees the fields enabled and no banner', async () => {
    for (const { step, ready, add } of STEPS) {
      await openStep(edPage, ed, step, ready);
      // Its fields are all open to typing (a button may be disabled for reasons of its own, as Move up on the first row).
      await expect
        .poll(async () => (await stepControls(edPage, 'input, select, textarea')).filter((c) => c.disabled))
        .toEqual([]);
      expect((await stepControls(edPage, 'input, select, textarea')).length).toBeGreaterThan(1);
      if (add) expect(await edPage.getByRole('button', { name: add }).isEnabled()).toBe(true);
      expect(await edPage.getByText(NOTICE).count()).toBe(0);
    }
    await shot(edPage, 'read-only-editor-issues', { fullPage: true });
  });
});
