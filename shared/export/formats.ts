import type { ReportDocument } from '../model/document';

/**
 * The files a report is handed in as, listed once: the 导出 menu, the browser download, the save
 * dialog's filter, the contract's file-name check and the CLI's export commands all read this list.
 * A new format is one entry here (and its writer beside this file).
 */
export interface FileFormat {
  id: 'docx' | 'txt' | 'pdf';
  extension: string;
  mime: string;
  /** In the 导出 menu. */
  menuLabel: string;
  /** The CLI's description of the format. */
  typeName: string;
  /** The save dialog's type list. */
  dialogName: string;
  /**
   * Writes the document as this format; loaded when first used, so a page that never exports does not
   * carry the Word library. PDF has none: it is the print view, printed.
   */
  write?: (doc: ReportDocument) => Promise<Uint8Array | string>;
}

export const FILE_FORMATS = [
  {
    id: 'docx',
    extension: '.docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    menuLabel: '导出 Word 文件（.docx）',
    typeName: 'Word 文件（GB/T 9704-2012 格式）',
    dialogName: 'Word 文件',
    write: async (doc) => (await import('./docx')).exportDocx(doc),
  },
  {
    id: 'txt',
    extension: '.txt',
    mime: 'text/plain;charset=utf-8',
    menuLabel: '导出纯文本（.txt）',
    typeName: '纯文本文件（UTF-8）',
    dialogName: '纯文本',
    write: async (doc) => (await import('./txt')).exportTxt(doc),
  },
  { id: 'pdf', extension: '.pdf', mime: 'application/pdf', menuLabel: '导出 PDF…', typeName: 'PDF 文件', dialogName: 'PDF 文件' },
] as const satisfies readonly FileFormat[];

export type FormatId = (typeof FILE_FORMATS)[number]['id'];

export function formatOf(id: FormatId): FileFormat {
  return FILE_FORMATS.find((f) => f.id === id) as FileFormat;
}

/** The format a file name ends in, if it is one of ours. */
export function formatOfFile(fileName: string): FileFormat | undefined {
  const lower = fileName.toLowerCase();
  return FILE_FORMATS.find((f) => lower.endsWith(f.extension));
}

/** A file name ending in one of these formats' extensions (any case). */
export function fileNamePattern(formats: readonly FileFormat[]): RegExp {
  return new RegExp(`(${formats.map((f) => f.extension.replace('.', '\\.')).join('|')})$`, 'iu');
}

/** The formats Wengao writes itself (every one but PDF, which is printed). */
export const WRITTEN_FORMATS: readonly FileFormat[] = FILE_FORMATS.filter((f: FileFormat) => f.write !== undefined);
