import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { openLibrary } from '../../../electron/library/open';
import { desktopExports } from '../../../electron/services/export/desktopExports';
import { createHandlers } from '../../../electron/services/handlers';
import { tempDir, tempLibraryPath } from '../helpers';

/** The save dialog and window of Electron, faked: the dialog answers with `answer`. */
function fakes(answer: string | null) {
  const showSaveDialog = vi.fn(async () => ({ canceled: answer === null, filePath: answer ?? '' }));
  const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 fake'));
  const window = { webContents: { printToPDF } } as unknown as BrowserWindow;
  return { exports: desktopExports({ showSaveDialog } as unknown as Pick<Dialog, 'showSaveDialog'>, () => window), showSaveDialog, printToPDF };
}

describe('saving exports in the desktop app', () => {
  it('asks where to save with the report title and a Word filter, then writes the file whole', async () => {
    const path = join(tempDir(), 'out.docx');
    const { exports, showSaveDialog } = fakes(path);
    expect(await exports.saveFile('2026年报告.docx', new Uint8Array([80, 75, 3, 4]))).toEqual({ path });
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ defaultPath: '2026年报告.docx', filters: [{ name: 'Word 文件', extensions: ['docx'] }] }),
    );
    expect([...readFileSync(path)]).toEqual([80, 75, 3, 4]);
  });

  it('writes nothing when the user cancels', async () => {
    const { exports, printToPDF } = fakes(null);
    expect(await exports.saveFile('a.txt', new Uint8Array([1]))).toBeNull();
    expect(await exports.savePdf('a.pdf')).toBeNull();
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it('prints the page to an A4 PDF using its print stylesheet', async () => {
    const path = join(tempDir(), 'out.pdf');
    const { exports, printToPDF } = fakes(path);
    expect(await exports.savePdf('报告.pdf')).toEqual({ path });
    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true }));
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('is refused in web mode, and bad file names are refused at the boundary', async () => {
    const library = openLibrary(tempLibraryPath());
    try {
      const handlers = createHandlers(library);
      const web = await dispatch(handlers, 'export:saveFile', { fileName: 'a.docx', dataBase64: '' });
      expect(web).toMatchObject({ ok: false, error: { code: 'EXPORT_FAILED', message: expect.stringContaining('桌面版') } });
      const bad = await dispatch(createHandlers(library, fakes(null).exports), 'export:saveFile', { fileName: 'a.exe', dataBase64: '' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    } finally {
      library.close();
    }
  });

  it('reads a report file for opening as a draft, and explains a broken one', async () => {
    const library = openLibrary(tempLibraryPath());
    try {
      const handlers = createHandlers(library);
      const ok = await dispatch(handlers, 'drafts:readFile', { source: { text: '2025年工作总结\n一、主要工作\n全年发布信息XX条。' } });
      expect(ok).toMatchObject({ ok: true, value: { title: '2025年工作总结' } });
      const broken = await dispatch(handlers, 'drafts:readFile', { source: { name: 'a.docx', dataBase64: Buffer.from('PK\u0003\u0004broken').toString('base64') } });
      expect(broken).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED', message: expect.stringContaining('.docx') } });
    } finally {
      library.close();
    }
  });
});

describe('the clipboard for the context menu’s 粘贴', () => {
  it('is read by the main process in the desktop app (the page may not read it)', async () => {
    const { exports } = fakes(null);
    const handlers = createHandlers(openLibrary(tempLibraryPath()), { ...exports, readClipboardText: () => '一、工作开展情况' });
    expect(await dispatch(handlers, 'drafts:readClipboard', {})).toEqual({ ok: true, value: '一、工作开展情况' });
  });

  it('is refused with a Chinese message in web mode, where the browser reads it itself', async () => {
    const result = await dispatch(createHandlers(openLibrary(tempLibraryPath())), 'drafts:readClipboard', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('只在桌面版中可用');
  });
});
