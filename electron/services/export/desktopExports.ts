import type { BrowserWindow, Dialog } from 'electron';
import { formatOfFile } from '../../../shared/export/formats';
import type { DesktopExports } from '../handlers';
import { writeExport } from './writeExport';

/** The save dialog's type list: the format the file name ends in. */
function filterFor(fileName: string): { name: string; extensions: string[] }[] {
  const format = formatOfFile(fileName);
  return format ? [{ name: format.dialogName, extensions: [format.extension.slice(1)] }] : [];
}

/**
 * Save dialogs and the PDF printer of the desktop app. The dialog already asked before replacing a
 * file, so the write is forced, but it is still whole-or-nothing (temporary file, then rename).
 */
export function desktopExports(dialog: Pick<Dialog, 'showSaveDialog'>, window: () => BrowserWindow | undefined): DesktopExports {
  const ask = async (fileName: string) => {
    const owner = window();
    const options = { title: '导出文稿', defaultPath: fileName, filters: filterFor(fileName) };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  return {
    async saveFile(fileName, data) {
      const path = await ask(fileName);
      if (!path) return null;
      writeExport(path, data, { force: true });
      return { path };
    },
    async savePdf(fileName) {
      const owner = window();
      if (!owner) return null;
      const path = await ask(fileName);
      if (!path) return null;
      // The page's print stylesheet lays the report out on A4 with GB/T 9704 margins and page numbers.
      const pdf = await owner.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: false });
      writeExport(path, new Uint8Array(pdf), { force: true });
      return { path };
    },
  };
}
