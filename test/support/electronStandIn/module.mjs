// What `import … from 'electron'` resolves to under the stand-in (see loader.mjs).
const electron = globalThis.__parleyElectronStandIn;
if (!electron) throw new Error('the Electron stand-in was not installed before the bundle loaded');
export const {
  app,
  BrowserWindow,
  ipcMain,
  ipcRenderer,
  contextBridge,
  protocol,
  session,
  Menu,
  dialog,
  shell,
  webContents,
  nativeTheme,
} = electron;
export default electron;
