import { contextBridge, ipcRenderer } from 'electron';
import { procedureNames } from '../api/contract';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '../api/shell';

/**
 * One function per procedure, nothing else: the page never gets `ipcRenderer` itself,
 * so it can only call what the contract declares.
 */
const bridge = Object.fromEntries(
  procedureNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`parley:${name}`, input)]),
);

contextBridge.exposeInMainWorld('parley', Object.freeze(bridge));

/** The desktop-only part: Export PDF… (save dialog + printToPDF) and menu commands. */
contextBridge.exposeInMainWorld(
  'parleyShell',
  Object.freeze({
    exportPdf: (request: unknown) => ipcRenderer.invoke('parley-shell:exportPdf', request),
    onMenuCommand: (callback: (command: string) => void) => {
      const listener = (_event: unknown, command: unknown) => {
        if (command === 'export-pdf' || command === 'print') callback(command);
      };
      ipcRenderer.on('parley-shell:menu', listener);
      return () => ipcRenderer.removeListener('parley-shell:menu', listener);
    },
    // The main process sends only OpenedFileResult objects on this channel; the page checks the shape it shows.
    onOpenedFile: (callback: (result: unknown) => void) => {
      const listener = (_event: unknown, result: unknown) => callback(result);
      ipcRenderer.on('parley-shell:openedFile', listener);
      return () => ipcRenderer.removeListener('parley-shell:openedFile', listener);
    },
    onFlushRequest: (callback: () => Promise<void>) => {
      ipcRenderer.on(FLUSH_REQUEST_CHANNEL, () => {
        void callback().finally(() => ipcRenderer.send(FLUSH_DONE_CHANNEL));
      });
    },
  }),
);
