import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { ApiContext } from '../api/context';
import { procedureNames } from '../api/contract';
import { invoke } from '../api/invoke';
import type { Envelope } from '../api/procedure';
import { isAppUrl } from './security';

export const channelFor = (name: string) => `parley:${name}`;

/**
 * Only our own top-level page may call the API: a frame from anywhere else (an injected
 * iframe, a navigated-away page) gets refused before its input is even parsed.
 */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** Registers every procedure of the contract on its own IPC channel. */
export function registerIpc(ctx: ApiContext): void {
  for (const name of procedureNames) {
    ipcMain.handle(channelFor(name), async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'Refused: unknown caller.', fieldErrors: {} } };
      }
      return invoke(ctx, name, input);
    });
  }
}
