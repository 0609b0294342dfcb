import { basename } from 'node:path';
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions, shell } from 'electron';
import { sendMenuCommand } from './planExport';
import type { RecentExport } from './shellPreferences';

/** File ▸ Recent exports: each shows its file in the file manager (it may have moved since). */
function recentExportsMenu(recent: readonly RecentExport[]): MenuItemConstructorOptions {
  return {
    label: 'Recent exports',
    submenu: recent.length
      ? recent.map((entry) => ({ label: basename(entry.path), click: () => shell.showItemInFolder(entry.path) }))
      : [{ label: 'No exports yet', enabled: false }],
  };
}

/** The usual desktop menus, so Cut/Copy/Paste/Undo and zoom shortcuts work everywhere. */
export function installMenu(recentExports: readonly RecentExport[] = []): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        // The page knows which deal is open; it asks the main process for the save dialog.
        {
          label: 'Export PDF…',
          accelerator: 'CmdOrCtrl+Shift+E',
          click: () => sendMenuCommand(BrowserWindow.getFocusedWindow()?.webContents, 'export-pdf'),
        },
        {
          label: 'Print…',
          accelerator: 'CmdOrCtrl+P',
          click: () => sendMenuCommand(BrowserWindow.getFocusedWindow()?.webContents, 'print'),
        },
        recentExportsMenu(recentExports),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
