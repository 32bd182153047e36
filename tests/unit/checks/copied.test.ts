import { describe, expect, it } from 'vitest';
import { checkContextFor, createChecker } from '../../../shared/checks';
import type { BlockCopy } from '../../../shared/checks/types';
import type { DocBlock, ReportDocument } from '../../../shared/model/document';

const paragraph = (text: string): DocBlock => ({ kind: 'paragraph', inlines: [{ text }] });
const copiedText = '依托新时代文明实践站开展理论宣讲进社区活动，把党的创新理论送到群众家门口。';
const own = '局党组专题研究意识形态工作10次，签订责任书35份，全年开展专题学习24次。';
const doc: ReportDocument = { blocks: [{ kind: 'title', inlines: [{ text: '2025年工作总结' }] }, paragraph(`${copiedText}${own}`), paragraph(own.replace('10', '12'))] };
const source = { title: '龙华区观澜街道2024年意识形态工作责任制落实情况报告', fileName: 'a.txt' };

const check = (copies: Map<string, BlockCopy[]>) =>
  createChecker()(doc, { ...checkContextFor(doc, { wordings: [], sensitive: [] }, { year: 2025, today: '2025-12-20' }), copies }).filter((f) => f.check === 'copied-from-sample');

describe('查重 in 检查', () => {
  it('warns at each sentence a web sample holds, naming the sample, and says what share of the draft is copied', () => {
    const found = check(new Map([[`${copiedText}${own}`, [{ offset: 0, length: copiedText.length, source }]]]));
    const [summary, sentence] = found;
    expect(sentence).toMatchObject({ severity: 'warning', block: 1, offset: 0, length: copiedText.length });
    expect(sentence?.message).toContain('龙华区观澜街道2024年意识形态工作责任制落实情况报告');
    expect(summary).toMatchObject({ severity: 'info', block: -1 });
    // 34 of the draft's 98 compared characters (punctuation aside).
    expect(summary?.message).toMatch(/^与网上范文相同的文字占 3\d%（1 句，来自 1 篇范文）/u);
  });

  it('finds nothing when no sample shares a sentence', () => {
    expect(check(new Map())).toEqual([]);
  });
});
