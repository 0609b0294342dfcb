import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/**
 * Pictures of what a test saw, for a person to look at: `PARLEY_SCREENSHOTS=<folder>` keeps
 * them as <folder>/<name>.png; unset, nothing is taken or written (see README, "Run every test").
 */
export const SCREENSHOTS = process.env.PARLEY_SCREENSHOTS || undefined;

function folder(): string | undefined {
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
  return SCREENSHOTS;
}

/** A screenshot of the page (`fullPage`: all of it) or of one element, as <name>.png. */
export async function shot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const dir = folder();
  if (!dir) return;
  const path = join(dir, `${name}.png`);
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false });
  else await target.screenshot({ path });
}

/** One page of a printed PDF as <name>-<n>.png (pdftoppm), to see what the printer made. */
export function pdfPageShot(pdfFile: string, pageNumber: number, name: string, dpi = 60): void {
  const dir = folder();
  if (!dir) return;
  const n = String(pageNumber);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', n, '-l', n, pdfFile, join(dir, name)]);
}

/** A text the test read (a PDF's text), kept beside the pictures as <name>.txt. */
export function keepText(name: string, text: string): void {
  const dir = folder();
  if (dir) writeFileSync(join(dir, `${name}.txt`), text);
}
