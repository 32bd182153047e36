import type { DoctorReport } from '../services/doctor';

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
  if (report.recovery) lines.push(`恢复：${report.recovery}`);
  if (report.error) lines.push(`错误：${report.error.message}`);
  return lines.join('\n');
}
