import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, type WebContents } from 'electron';
import type { ApiContext } from '../api/context';
import { invoke } from '../api/invoke';
import type { PlanExportRequest, PlanExportResult } from '../api/shell';
import { planExportRequestSchema } from '../api/shell';
import { isAppUrl } from './security';
import type { ShellPreferences } from './shellPreferences';

export const EXPORT_PDF_CHANNEL = 'parley-shell:exportPdf';
export const MENU_COMMAND_CHANNEL = 'parley-shell:menu';

/**
 * Prints the plan (or offer sheet) HTML built by the API to a PDF with Chromium's
 * printToPDF — the same engine and the same HTML as the preview and the tests. The page
 * size comes from the document's @page rule (preferCSSPageSize), so A4/Letter is the
 * user's choice in the Plan screen.
 */
export async function printPlanToPdf(html: string): Promise<Buffer> {
  // Never shown, runs no script: it exists only to lay the document out for printing.
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    return await window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
    });
  } finally {
    window.destroy();
  }
}

/** Where exports are remembered (last folder, File ▸ Recent exports), and who to tell. */
export interface ExportMemory {
  preferences: ShellPreferences;
  onSaved: () => void;
}

const EXPORT_TITLES: Record<PlanExportRequest['kind'], string> = {
  plan: 'Export plan as PDF',
  offer_sheet: 'Export offer sheet as PDF',
  meeting_brief: 'Export meeting brief as PDF',
};

async function exportPdf(
  ctx: ApiContext,
  memory: ExportMemory,
  owner: BrowserWindow | null,
  request: PlanExportRequest,
): Promise<PlanExportResult> {
  const answer = await invoke(ctx, 'plan.document', request);
  if (!answer.ok) return { ok: false, message: answer.error.message };
  const options = {
    title: EXPORT_TITLES[request.kind],
    defaultPath: memory.preferences.defaultPath('pdf', answer.value.fileName, app.getPath('documents')),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: true, path: null };
  try {
    const started = Date.now();
    await writeFile(choice.filePath, await printPlanToPdf(answer.value.html));
    // The PDF is written; remembering where is a convenience that must not turn it into a failure.
    await memory.preferences.remember('pdf', choice.filePath).then(memory.onSaved, () => {});
    app.addRecentDocument(choice.filePath);
    return { ok: true, path: choice.filePath, ms: Date.now() - started + answer.value.buildMs };
  } catch (error) {
    return {
      ok: false,
      message: `The PDF could not be written: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Registers the Export PDF… path. Only the app's own top-level page may ask for it. */
export function registerPlanExport(ctx: ApiContext, memory: ExportMemory): void {
  ipcMain.handle(EXPORT_PDF_CHANNEL, async (event, input: unknown): Promise<PlanExportResult> => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url))
      return { ok: false, message: 'Refused: unknown caller.' };
    const parsed = planExportRequestSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: 'The export request was not understood.' };
    return exportPdf(ctx, memory, BrowserWindow.fromWebContents(event.sender), parsed.data);
  });
}

/** Menu items the page acts on (it knows which deal is open). */
export function sendMenuCommand(contents: WebContents | undefined, command: 'export-pdf' | 'print'): void {
  contents?.send(MENU_COMMAND_CHANNEL, command);
}
