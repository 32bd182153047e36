import { UserError } from '../../../shared/ipc/userError';
import { MAX_REPORT_MB, PARSE_LIMITS } from '../../../shared/model/limits';

/** Why one file could not be imported; `message` is Chinese and says what to do. */
export type ImportErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'CORRUPT_DOCX'
  | 'NOT_DOCX'
  | 'DOCX_TOO_COMPLEX'
  | 'LEGACY_DOC'
  | 'UNREADABLE'
  | 'UNSUPPORTED'
  | 'NO_TEXT'
  | 'PREVIEW_EXPIRED'
  | 'NOT_GUESSED'
  | 'PARSE_TIMEOUT'
  | 'PARSE_OUT_OF_MEMORY'
  | 'CANCELLED';

export const importMessages: Record<ImportErrorCode, string> = {
  EMPTY: '文件是空的，没有可导入的内容。',
  BINARY: '这不是文本文件（看起来是图片、压缩包或其他二进制文件）。请导入 .txt 或 .docx 报告。',
  TOO_LARGE: `文件超过 ${MAX_REPORT_MB} MB，不像是一份报告。请确认选对了文件，或把它拆分后再导入。`,
  CORRUPT_DOCX: '无法读取这个 .docx 文件，它可能已损坏。请用 Word 或 WPS 打开后重新保存，再导入。',
  NOT_DOCX: '这不是 Word 文件：名字以 .docx 结尾，里面却是别的（如图片或其他文件改了扩展名）。请选择真正的 Word 报告（.docx）再导入。',
  DOCX_TOO_COMPLEX: '这个 .docx 文件的结构异常（解压后过大、部件过多，或一个段落里有过多的格式片段），不像是一份正常的报告；为免程序卡住，未读取它。请用 Word 或 WPS 打开后另存为新文件再导入。',
  LEGACY_DOC: '这是旧版 Word 文件（.doc），请另存为 .docx 后导入。',
  UNREADABLE: '无法读取这个文件，请确认它存在并且有读取权限。',
  UNSUPPORTED: '不支持这种文件类型，请导入 .txt 或 .docx 报告。',
  NO_TEXT: '清理广告和网站信息后没有剩下正文，未导入。',
  PREVIEW_EXPIRED: '这份报告的预览已失效（程序重新启动过，或预览的报告太多）。请把它从列表中移除后重新添加。',
  NOT_GUESSED: '只有标有“分界为推测”的标题才能调整标题与正文的分界。请关闭预览后重新添加这份报告再试。',
  PARSE_TIMEOUT: `读取这个文件超过 ${PARSE_LIMITS.timeMs / 1000} 秒仍未完成，已停止，未导入。正常的报告只需不到一秒；请用 Word 或 WPS 打开后另存为新文件再导入。`,
  PARSE_OUT_OF_MEMORY: `读取这个文件需要超过 ${PARSE_LIMITS.memoryMb} MB 内存，已停止，未导入。它不像是一份正常的报告；请用 Word 或 WPS 打开后另存为新文件再导入。`,
  CANCELLED: '已取消读取这个文件，未导入。',
};

/**
 * The same reasons when the file was being opened as a draft (打开), not imported into the
 * library: every message names what the user did.
 */
export const openMessages = Object.fromEntries(
  Object.entries(importMessages).map(([code, message]) => [code, message.replaceAll('导入', '打开')]),
) as Record<ImportErrorCode, string>;

export class ImportError extends UserError {
  override readonly name = 'ImportError';
  readonly ipcCode = 'IMPORT_REJECTED';
  constructor(
    readonly code: ImportErrorCode,
    message: string = importMessages[code],
  ) {
    super(message);
  }

  /** This error as 打开 says it. */
  forOpening(): ImportError {
    return new ImportError(this.code, openMessages[this.code]);
  }
}
