import type { LibraryInfo } from '../../shared/model/library';
import { LibraryError } from '../library/errors';
import { libraryInfo } from '../library/info';
import { LATEST_SCHEMA_VERSION } from '../library/migrations';
import { integrityProblems, openLibrary } from '../library/open';

export interface DoctorReport {
  healthy: boolean;
  path: string;
  integrity: string;
  latestSchemaVersion: number;
  info?: LibraryInfo;
  error?: { code: string; message: string };
}

/** Opens (creating and seeding if needed) the library and reports its health. */
export function runDoctor(path: string, nativeBinding?: string): DoctorReport {
  try {
    const library = openLibrary(path, { nativeBinding });
    try {
      const problems = integrityProblems(library.db);
      return {
        healthy: problems.length === 0,
        path,
        integrity: problems.length === 0 ? 'ok' : problems.join('; '),
        latestSchemaVersion: LATEST_SCHEMA_VERSION,
        info: libraryInfo(library),
      };
    } finally {
      library.close();
    }
  } catch (error) {
    if (!(error instanceof LibraryError)) throw error;
    return {
      healthy: false,
      path,
      integrity: 'failed',
      latestSchemaVersion: LATEST_SCHEMA_VERSION,
      error: { code: error.code, message: error.message },
    };
  }
}

export function formatDoctor(report: DoctorReport): string {
  const lines = [
    `素材库：${report.path}`,
    `状态：${report.healthy ? '正常' : '有问题'}`,
    `完整性检查：${report.integrity === 'ok' ? '通过 (ok)' : report.integrity}`,
  ];
  if (report.info) {
    const { schemaVersion, seedVersion, counts } = report.info;
    lines.push(
      `结构版本：${schemaVersion}（本程序最新 ${report.latestSchemaVersion}）`,
      `内置素材版本：${seedVersion}`,
      `骨架：${counts.skeletons}，短语：${counts.phrases}（${counts.phraseCategories} 类），文稿：${counts.drafts}`,
      `已导入报告：${counts.sources}，段落：${counts.paragraphs}`,
    );
  }
  if (report.error) lines.push(`错误：${report.error.message}`);
  return lines.join('\n');
}
