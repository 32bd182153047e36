/** User-facing texts for IPC failures: what went wrong and what to do. */
import type { ErrorCode } from './contract';

export const ipcMessages: Record<ErrorCode, string> = {
  UNKNOWN_CHANNEL: '未知的请求类型，请升级或重新安装文稿助手。',
  INVALID_INPUT: '请求内容不符合要求',
  FORBIDDEN: '此请求来源不受信任，已拒绝。',
  NOT_FOUND: '要找的内容不存在，可能已被删除。',
  LIBRARY_CORRUPT: '素材库文件已损坏，请从备份恢复。',
  LIBRARY_UNAVAILABLE: '素材库暂时无法使用，请关闭其他正在使用素材库的程序后重试。',
  IMPORT_REJECTED: '这个文件无法导入。',
  DUPLICATE: '已经有相同的内容了。',
  EXPORT_FAILED: '导出失败，请换一个文件名或文件夹后重试。',
  INTERNAL: '程序内部出错，请重试；如仍出错，请重启文稿助手。',
};
