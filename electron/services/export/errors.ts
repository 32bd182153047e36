import { UserError } from '../../../shared/ipc/userError';

/** Why an export could not be written or read; `message` is Chinese and says what to do. */
export type ExportErrorCode = 'EXISTS' | 'OPEN_ELSEWHERE' | 'WRITE_FAILED' | 'BAD_INPUT' | 'BAD_DRAFT';

export class ExportError extends UserError {
  override readonly name = 'ExportError';
  readonly ipcCode = 'EXPORT_FAILED';
  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const exportMessages = {
  exists: (path: string) => `${path} 已存在。要覆盖它，请加上 --force。`,
  openElsewhere: (path: string) => `${path} 正被 Word、WPS 或 LibreOffice 打开。请先关闭它，或换一个文件名。`,
  writeFailed: (path: string, reason: string) => `无法写入 ${path}：${reason}。请确认文件夹存在且有写入权限，文件没有被其他程序占用。`,
  diskFull: (path: string) => `磁盘空间已满，${path} 没有写入（已有的文件没有改动）。请清理磁盘，或存到空间充足的磁盘后重试。`,
  readOnlyDisk: (path: string) => `${path} 所在的磁盘只能读取（例如写保护的 U 盘或光盘），文件没有写入。请换一个可写的文件夹保存。`,
  badInput: (input: string) => `无法识别“${input}”：请给出 .txt 或 .docx 文件，或文稿编号（数字，可用 wengao drafts 查看）。`,
  badDraft: (reason: string) => `文稿内容无法导出：${reason}`,
};
