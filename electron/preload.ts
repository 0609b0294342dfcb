import { contextBridge, ipcRenderer } from 'electron';
import { procedureNames } from '../api/contract';

/**
 * One function per procedure, nothing else: the page never gets `ipcRenderer` itself,
 * so it can only call what the contract declares.
 */
const bridge = Object.fromEntries(
  procedureNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`parley:${name}`, input)]),
);

contextBridge.exposeInMainWorld('parley', Object.freeze(bridge));
