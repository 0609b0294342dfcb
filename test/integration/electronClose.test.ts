import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ElectronShell, startElectronShell } from '../support/electronShell';

/**
 * Closing the window must not lose the last keystrokes: the built main process (run against
 * the recording Electron stand-in) asks the page to flush its pending edits and closes only
 * once the page says they are written, or after its time limit when the page hangs.
 */
interface WindowState {
  destroyed: boolean;
  closeCalls: number;
  flushRequests: number;
  flushesSent: number;
  flushAcks: number;
}

let dataDir: string;
let shell: ElectronShell | undefined;
const start = async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'parley-close-'));
  shell = await startElectronShell(dataDir);
  return shell;
};
afterEach(async () => {
  await shell?.stop();
  shell = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('closing the window (built bundle, stand-in Electron)', () => {
  it('waits for the page to flush its pending edits, then closes', async () => {
    const app = await start();
    await app.send('holdFlush');
    const asked = await app.send<WindowState>('closeWindow');
    // The close was held back and the page was asked to send what it still holds.
    expect(asked).toMatchObject({ destroyed: false, flushesSent: 1, flushRequests: 1, flushAcks: 0 });
    // Still open while the page's saves are on their way.
    expect(await app.send<WindowState>('windowState')).toMatchObject({ destroyed: false, flushAcks: 0 });
    await app.send('finishFlush');
    const closed = await app.send<WindowState>('windowClosed');
    // One ack from the page; the main process then closed the window itself, without asking again.
    expect(closed).toMatchObject({ destroyed: true, flushAcks: 1, flushesSent: 1, closeCalls: 2 });
  });

  it('closes after its time limit when the page never answers', async () => {
    const app = await start();
    await app.send('holdFlush');
    const started = Date.now();
    expect(await app.send<WindowState>('closeWindow')).toMatchObject({ destroyed: false, flushesSent: 1 });
    const closed = await app.send<WindowState>('windowClosed');
    expect(closed).toMatchObject({ destroyed: true, flushAcks: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
  }, 40_000);
});
