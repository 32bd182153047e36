import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../shared/genre/report';
import { stripSpace } from '../../shared/genre/text';
import type { ParsedReport } from '../../shared/genre/types';

/** Pieces real reports and downloaded samples are made of, so generated text exercises every rule. */
const pieces = [
  '一、', '二、', '十一、', '（一）', '(二)', '1.', '2、', '3．', '（1）', '(2)', '一是', '二是', '首先，', '最后，',
  '工作开展情况', '存在的问题', '下一步工作打算', '加强组织领导', '。', '，', '：', '；', '.', ',', ':', ' ', '\u3000',
  '\n', '\r\n', '特此报告。', '2024年1月15日', '县委宣传部：', 'XX', 'xx', 'AAA', '*', '×', '某某', '○○', '　　年　月　日',
  '##paidbegin##', '##paidend##', '（2477字）', '【推荐】', '发布时间：2024-01-01', '预览阅读已结束', '免责声明：',
  '来源于网络', '【某素材库】客服QQ：123456', '会员', '公众号：', '----------', 'LED', 'QQ', '统一是', '关于', '的报告',
];

const reportLike = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), {
  maxLength: 60,
}).map((parts) => parts.join(''));

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) if (haystack[j] === needle[i]) i++;
  return i === needle.length;
}

/** Kept text plus removed text is the input, in order, up to whitespace and CRLF. */
function expectNothingLost(input: string, report: ParsedReport): void {
  const original = stripSpace(input);
  const kept = stripSpace(report.blocks.map((b) => b.source).join(''));
  const removed = report.removed.map((r) => stripSpace(r.text));
  expect(kept.length + removed.reduce((n, r) => n + r.length, 0)).toBe(original.length);
  expect(isSubsequence(kept, original)).toBe(true);
  for (const text of removed) expect(isSubsequence(text, original)).toBe(true);
}

describe('parseReportText on arbitrary input', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), reportLike), (text) => {
        parseReportText(text);
      }),
      { numRuns: 1500 },
    );
  });

  it('loses no report text: kept blocks plus reported removals are the whole input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), reportLike), (text) => {
        expectNothingLost(text, parseReportText(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps every placeholder inside the block it names', () => {
    fc.assert(
      fc.property(reportLike, (text) => {
        const report = parseReportText(text);
        for (const p of report.placeholders) {
          expect(report.blocks[p.block]?.text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
        }
      }),
      { numRuns: 800 },
    );
  });
});
