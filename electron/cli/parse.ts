import type { Block, ParsedReport } from '../../shared/genre/types';
import type { AnalysedReport } from '../services/import/analyse';
import { PART_LABELS } from '../../shared/model/parts';

/** The documented `wengao parse --json` shape: no internal fields. */
export function parseJson(analysed: AnalysedReport) {
  const { report } = analysed;
  return {
    title: report.title,
    encoding: analysed.encoding ?? analysed.kind,
    blocks: report.blocks.map(blockJson),
    placeholders: report.placeholders,
    removed: report.removed.map(({ reason, text }) => ({ reason, text })),
  };
}

function blockJson(block: Block) {
  return {
    type: block.type,
    ...(block.level ? { level: block.level, number: block.number } : {}),
    text: block.text,
    part: block.part,
    ...(block.items ? { items: block.items.map(({ number, lead }) => ({ number, lead })) } : {}),
    ...(block.runIn ? { runIn: true } : {}),
  };
}

const partNames = { ...PART_LABELS, other: '' };
const typeNames: Record<Block['type'], string> = {
  title: '标题',
  addressee: '主送',
  preamble: '开头',
  heading: '',
  paragraph: '正文',
  table: '表格',
  attachment: '附件',
  closing: '结语',
  signature: '落款',
  date: '日期',
};

/** A readable outline for the terminal: levels indented, placeholders in 【】, removals listed. */
export function formatOutline(report: ParsedReport, encoding: string): string {
  const out = [`标题：${report.title ?? '（无标题）'}，编码：${encoding}`];
  if (report.replacedBytes?.length) {
    out.push(`注意：第 ${report.replacedBytes.map((r) => r.line).join('、')} 行有无法识别的字节，已替换为 �（文件可能在下载时损坏）。`);
  }
  report.blocks.forEach((block, index) => {
    if (block.type === 'title') return;
    const marked = markPlaceholders(block.text, report, index);
    const part = partNames[block.part] ? `［${partNames[block.part]}］` : '';
    if (block.type === 'heading') {
      out.push(`${'  '.repeat((block.level ?? 1) - 1)}${block.number}${marked}${block.runIn ? '（领起段）' : ''} ${part}`);
    } else {
      const short = [...marked].length > 40 ? `${[...marked].slice(0, 40).join('')}…` : marked;
      out.push(`    · ${typeNames[block.type]}：${short} ${part}`);
      for (const item of block.items ?? []) out.push(`        ${item.number}${item.lead}`);
    }
  });
  out.push(`占位符：${report.placeholders.length} 处`);
  if (report.removed.length > 0) {
    out.push(`已清除 ${report.removed.length} 处网站内容：`);
    for (const r of report.removed) out.push(`  - ${r.reason}：${r.text.slice(0, 40)}`);
  }
  return out.join('\n');
}

function markPlaceholders(text: string, report: ParsedReport, block: number): string {
  let result = text;
  const inBlock = report.placeholders.filter((p) => p.block === block).sort((a, b) => b.offset - a.offset);
  for (const p of inBlock) result = `${result.slice(0, p.offset)}【${p.text}】${result.slice(p.offset + p.text.length)}`;
  return result;
}
