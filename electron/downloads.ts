import { join } from 'node:path';
import type { Session } from 'electron';
import type { ShellPreferences } from './shellPreferences';

/**
 * Downloads the page starts (deal files, evidence files) go through Electron's own save
 * dialog; it opens in the folder the user last saved a download to, and remembers the new one.
 */
export function rememberDownloadFolders(session: Session, preferences: ShellPreferences, onSaved: () => void): void {
  session.on('will-download', (_event, item) => {
    const folder = preferences.folderFor('download');
    if (folder) item.setSaveDialogOptions({ defaultPath: join(folder, item.getFilename()) });
    item.once('done', (_done, state) => {
      const path = item.getSavePath();
      if (state === 'completed' && path) void preferences.remember('download', path).then(onSaved, () => {});
    });
  });
}
