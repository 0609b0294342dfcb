import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** One element whose content is wider than its box (or the page scrolling sideways). */
export interface Overflow {
  what: string;
  scrollWidth: number;
  clientWidth: number;
}

const OVERFLOWS_SOURCE = readFileSync(join(import.meta.dirname, 'inPage', 'findOverflows.js'), 'utf8');

/**
 * Every visible control (fields, selects, buttons, links, table cells, labels, dialogs,
 * headings) whose content is wider than its box, i.e. text the user cannot see without
 * scrolling inside it; plus the page itself when it scrolls sideways. A one-pixel slack
 * absorbs sub-pixel rounding.
 */
export function findOverflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(OVERFLOWS_SOURCE) as Promise<Overflow[]>;
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const runAxe = (rules: string[] | undefined) => `(async () => {
  const result = await axe.run(document, {
    resultTypes: ['violations'],
    ${rules ? `runOnly: { type: 'rule', values: ${JSON.stringify(rules)} },` : ''}
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
})()`;

/**
 * Runs axe-core (its own source, injected) and returns the serious and critical violations,
 * of every rule or only of the rules named (e.g. ['color-contrast']).
 */
export async function seriousAxeViolations(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated over the DevTools protocol, so the app's strict script policy stays as it is.
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(axeSource);
  return page.evaluate(runAxe(rules)) as Promise<AxeViolation[]>;
}

/** Relative luminance (0 black … 1 white) of the page's background, as painted at its root. */
export function pageBackgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/[\\d.]+/g).map(Number);
    const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  })()`) as Promise<number>;
}
