import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { type BrowserWindow, dialog } from 'electron';
import type { ApiContext } from '../api/context';
import { invoke } from '../api/invoke';
import type { OpenedFileResult } from '../api/shell';
import { MAX_DEAL_FILE_BYTES } from '../core/dealFileLimits';
import { DEAL_FILE_EXTENSION } from '../db/dealFiles/format';

export const OPENED_FILE_CHANNEL = 'parley-shell:openedFile';

/** Deal files named on a command line (a double-click on Windows and Linux starts `Parley <file>`). */
export function dealFilesIn(argv: readonly string[], workingDirectory = process.cwd()): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(DEAL_FILE_EXTENSION))
    .map((arg) => resolve(workingDirectory, arg));
}

/**
 * Imports the deal files the OS hands us (file association: command line, a second launch,
 * macOS `open-file`). Files may arrive before the database is open; they wait until then.
 * When a deal in the file already exists the user chooses: replace it, import a copy, or not.
 */
export class DealFileOpener {
  private waiting: string[] = [];
  private target: { ctx: ApiContext; window: () => BrowserWindow | null } | null = null;
  private running: Promise<void> = Promise.resolve();

  open(paths: readonly string[]): void {
    this.waiting.push(...paths);
    this.drain();
  }

  /** The database is open and a window exists: import what waited. */
  ready(ctx: ApiContext, window: () => BrowserWindow | null): void {
    this.target = { ctx, window };
    this.drain();
  }

  /** Resolves once every file handed over so far has been dealt with (tests, quitting). */
  settled(): Promise<void> {
    return this.running;
  }

  private drain(): void {
    const target = this.target;
    if (!target) return;
    const paths = this.waiting.splice(0);
    for (const path of paths) {
      this.running = this.running.then(() => this.importOne(target.ctx, target.window(), path));
    }
  }

  private async importOne(ctx: ApiContext, window: BrowserWindow | null, path: string): Promise<void> {
    const result = await importDealFileAt(ctx, window, path);
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    window.webContents.send(OPENED_FILE_CHANNEL, result);
  }
}

async function importDealFileAt(
  ctx: ApiContext,
  window: BrowserWindow | null,
  path: string,
): Promise<OpenedFileResult> {
  const file = basename(path);
  let text: string;
  try {
    const info = await stat(path);
    if (info.size > MAX_DEAL_FILE_BYTES) {
      return { ok: false, file, message: `${file} is larger than 8 MB; Parley reads deal files up to 8 MB.` };
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, file, message: `${file} could not be read: ${(error as Error).message}` };
  }
  const inspected = await invoke(ctx, 'dealFiles.inspect', { text });
  if (!inspected.ok) return { ok: false, file, message: `${file}: ${inspected.error.message}` };
  let onConflict: 'fail' | 'copy' | 'replace' = 'fail';
  const existing = inspected.value.deals.filter((deal) => deal.exists);
  if (existing.length > 0) {
    const options = {
      type: 'question' as const,
      title: 'Parley',
      message: `${file} holds ${existing.length === 1 ? 'a deal' : `${existing.length} deals`} you already have`,
      detail: `${existing.map((deal) => `• ${deal.title}`).join('\n')}\n\nImport the file’s deals as copies beside yours, or replace yours with the file’s version?`,
      buttons: ['Import as copies', 'Replace', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
    };
    const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
    if (response === 2) return { ok: false, file, message: `${file} was not imported.`, cancelled: true };
    onConflict = response === 1 ? 'replace' : 'copy';
  }
  const imported = await invoke(ctx, 'dealFiles.import', { text, onConflict });
  if (!imported.ok) return { ok: false, file, message: `${file}: ${imported.error.message}` };
  return { ok: true, file, deals: imported.value.deals };
}
