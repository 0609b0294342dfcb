import { z } from 'zod';
import { PAGE_SIZES } from '../core/plan/styles';
import { entityId } from '../core/text';
import { PLAN_KINDS } from './contracts/plan';

/**
 * What only the desktop shell can do (a save dialog and a PDF written to disk), declared
 * here so the preload, the main process and the renderer agree on the shapes. Not part of
 * the API contract: browser mode has no such path and prints through the browser instead.
 */
export const planExportRequestSchema = z.strictObject({
  dealId: entityId('Deal id'),
  kind: z.enum(PLAN_KINDS),
  pageSize: z.enum(PAGE_SIZES),
  meetingId: entityId('Meeting id').optional(),
  /** The internal plan: open review comments under their section. */
  includeComments: z.boolean().optional(),
});
export type PlanExportRequest = z.infer<typeof planExportRequestSchema>;

export type PlanExportResult = { ok: true; path: string | null; ms?: number } | { ok: false; message: string };

export type MenuCommand = 'export-pdf' | 'print';

/** `window.parleyShell`, present only in Electron. */
export interface ShellBridge {
  exportPdf(request: PlanExportRequest): Promise<PlanExportResult>;
  /** Calls back on menu commands; answers a function that stops listening. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  /** Calls back when a deal file opened from the file manager has been imported (or not). */
  onOpenedFile(callback: (result: OpenedFileResult) => void): () => void;
  /**
   * The window is closing: the callback sends every pending edit and resolves when they are
   * saved (or failed); the main process waits for it before the window goes.
   */
  onFlushRequest(callback: () => Promise<void>): void;
}

/** A deal file the OS opened with Parley (double-click, "Open with"), after its import. */
export type OpenedFileResult =
  | { ok: true; file: string; deals: { id: string; title: string; as: 'new' | 'copy' | 'replace' }[] }
  | { ok: false; file: string; message: string; cancelled?: boolean };

/** Channels of the close handshake between the main process and the page. */
export const FLUSH_REQUEST_CHANNEL = 'parley-shell:flush';
export const FLUSH_DONE_CHANNEL = 'parley-shell:flushed';
