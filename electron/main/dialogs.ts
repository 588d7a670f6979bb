import { BrowserWindow, dialog } from 'electron';
import type { HostDialogs } from '../services/types';

/** Native open and save dialogs, attached to the focused window when there is one. */
export function createElectronDialogs(): HostDialogs {
  return {
    async showOpen({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showSave({ title, defaultName, filters }) {
      const options = { title, defaultPath: defaultName, filters };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
