import { describe, expect, it } from 'vitest';
import { exportPagedHtml } from '../../../shared/export/pagedHtml';
import { layoutDocument } from '../../../shared/export/pages';
import type { DocBlock, ReportDocument } from '../../../shared/model/document';

const block = (kind: DocBlock['kind'] & ('title' | 'paragraph' | 'signature' | 'date'), text: string): DocBlock => ({ kind, inlines: [{ text }] });
const long = '全面落实意识形态工作责任制，坚持把意识形态工作摆在重要位置，定期分析研判意识形态领域情况。'.repeat(6);
const report: ReportDocument = {
  blocks: [block('title', '关于2026年意识形态工作的报告'), ...Array.from({ length: 8 }, () => block('paragraph', long)), block('signature', '某县财政局'), block('date', '2026年1月5日')],
  format: { header: { issuer: '中共某县财政局党组', number: '某财党〔2026〕3号' }, colophon: { printer: '某县财政局办公室', printDate: '2026年1月5日' } },
};
const pages = (html: string) => [...html.matchAll(/<div class="gbt-page"[^>]*>/gu)].map((m) => m[0]);
const lines = (html: string) => [...html.matchAll(/<p style="[^"]*">(.*?)<\/p>/gu)].map((m) => (m[1] ?? '').replace(/<[^>]+>/gu, ''));

describe('the printed pages (打印, 导出 PDF)', () => {
  it('has one box per page of the Word file, each ending in a page break but the last', () => {
    const html = exportPagedHtml(report);
    const boxes = pages(html);
    expect(boxes.length).toBe(layoutDocument(report).pageStarts.length);
    expect(boxes.length).toBeGreaterThan(1);
    expect(boxes.slice(0, -1).every((b) => b.includes('break-after:page'))).toBe(true);
    expect(boxes.at(-1)).not.toContain('break-after');
  });

  it('prints each line of the layout as its own line, with the text unchanged', () => {
    const layout = layoutDocument(report);
    const text = layout.slots.flatMap((s) => (s.kind === 'text' && s.paragraph >= 0 ? [s.text] : []));
    const printed = lines(exportPagedHtml(report)).filter((l) => text.includes(l));
    expect(printed).toEqual(text);
  });

  it('sets the quarter em where Chinese meets digits, and Latin text in Times New Roman', () => {
    const html = exportPagedHtml(report);
    expect(html).toContain('关于<span style="margin-left:0.25em"></span>2026<span style="margin-left:0.25em"></span>年');
    expect(html).not.toMatch(/font-family:(?!'Wengao Latin')/u);
  });

  it('draws the 版头 rule as a border, which prints without backgrounds', () => {
    expect(exportPagedHtml(report)).toMatch(/border-top:[\d.]+pt solid #f00/u);
  });
});
