import { describe, expect, it } from 'vitest';
import { exportHtml } from '../../../shared/export/html';
import { titleLines } from '../../../shared/export/titleLines';
import { exportTxt } from '../../../shared/export/txt';
import { unfilledFields, withoutLeadingZeros } from '../../../shared/model/document';
import { DraftContentError, documentFromLexical } from '../../../shared/model/documentFromLexical';
import { lexicalDraft } from './lexicalDraft';

describe('a saved draft as a report document', () => {
  const doc = documentFromLexical(lexicalDraft);

  it('numbers headings by position as the editor shows them and keeps run-in headings', () => {
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.number}${b.inlines.map((i) => i.text).join('')}${b.runIn ? '▸' : ''}`] : []));
    expect(headings).toEqual(['一、工作开展情况', '（一）压实责任▸', '（二）加强阵地管理', '1.规范审核▸', '二、存在的问题']);
  });

  it('keeps every block kind and marks unfilled fields', () => {
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'title', 'addressee', 'paragraph', 'heading', 'heading', 'paragraph', 'heading', 'heading', 'paragraph', 'heading', 'paragraph', 'closing', 'signature', 'date', 'table',
    ]);
    expect(unfilledFields(doc).map((f) => [f.text, f.before.slice(-3)])).toEqual([
      ['XX', '25年'],
      ['XX', '作列入'],
      ['某某', '局党组'],
    ]);
  });

  it('refuses content that is not a draft with a message in Chinese', () => {
    expect(() => documentFromLexical('{oops')).toThrow(DraftContentError);
    expect(() => documentFromLexical('{"root":{"type":"paragraph"}}')).toThrow(/文稿内容无法读取/);
  });
});

describe('title lines', () => {
  it('keeps a title that fits on one line', () => {
    expect(titleLines('2025年工作总结', 20)).toEqual(['2025年工作总结']);
  });

  it('balances a long title and never leaves one or two characters on a line', () => {
    const titles = [
      '中共XX县自然资源局党组关于二〇二五年度落实意识形态工作责任制情况的报告',
      '2023年意识形态和网络意识形态工作责任制落实情况自查报告',
      '关于全面加强新时代机关党的建设和意识形态阵地管理的工作情况和下一步打算的报告',
      '县文化广电和旅游体育局关于落实意识形态工作责任制的报告',
    ];
    for (const title of titles) {
      const lines = titleLines(title, 20);
      expect(lines.join('')).toBe(title);
      const widths = lines.map((l) => [...l].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0));
      expect(Math.max(...widths), title).toBeLessThanOrEqual(20);
      expect(Math.max(...widths) - Math.min(...widths), title).toBeLessThanOrEqual(6);
      expect(Math.min(...widths), title).toBeGreaterThanOrEqual(3);
      for (const line of lines.slice(1)) expect(line, title).not.toMatch(/^[，。、；：）》”]/);
      expect(lines.join('|'), title).not.toMatch(/意\|识|意识\|形|形\|态|责任\|制|宣传\|周/);
    }
  });

  it('does not split a number', () => {
    const lines = titleLines('关于开展第二十二届全国推广普通话宣传周活动暨2025年度语言文字工作情况的报告', 20);
    expect(lines.join('|')).not.toMatch(/\d\|\d/);
  });
});

describe('plain text and formatted HTML', () => {
  const doc = documentFromLexical(lexicalDraft);

  it('writes plain text with numbers, run-in headings joined to their paragraph, BOM and CRLF', () => {
    const txt = exportTxt(doc);
    expect(txt.startsWith('\uFEFF')).toBe(true);
    const lines = txt.slice(1).split('\r\n');
    expect(lines).toContain('一、工作开展情况');
    expect(lines).toContain('（一）压实责任。局党组把意识形态工作列入XX年度重点。');
    expect(lines).toContain('2025年1月8日');
    expect(lines).toContain('项目\t次数');
  });

  it('writes HTML with the GB/T 9704 fonts inline and escapes text', () => {
    const html = exportHtml(doc);
    expect(html).toContain("font-family:'仿宋_GB2312'");
    expect(html).toContain("font-family:'黑体'");
    expect(html).toContain("font-family:'楷体_GB2312'");
    expect(html).toContain('font-size:22pt');
    expect(html).toContain('&lt;网站&gt;');
    expect(html).not.toContain('<网站>');
  });

  it('writes dates without leading zeros', () => {
    expect(withoutLeadingZeros('2024年01月05日')).toBe('2024年1月5日');
    expect(withoutLeadingZeros('2024年12月10日')).toBe('2024年12月10日');
  });
});
