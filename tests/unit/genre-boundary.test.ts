import { describe, expect, it } from 'vitest';
import { moveHeadingEnd } from '../../shared/genre/boundary';
import { parseReportText } from '../../shared/genre/report';
import type { ParsedReport } from '../../shared/genre/types';

const headings = (report: ParsedReport) => report.blocks.filter((b) => b.type === 'heading').map((h) => h.text);
const sources = (report: ParsedReport) => report.blocks.map((b) => b.source).join('');

const report = (lines: string[]) => parseReportText(['2025年某区发展改革局工作总结', ...lines].join('\n'));

describe('a heading far longer than its siblings', () => {
  const siblings = ['（二）强化项目建设。全年实施重点项目48个。', '（三）优化营商环境。办理时限压缩40%。'];

  it('is cut where a word that opens a sentence follows its words directly, and marked as a guess', () => {
    const parsed = report(['一、主要工作', '（一）多举措推动改革落地全面实施改革攻坚行动，推动12项改革任务落地见效。', ...siblings]);
    const first = parsed.blocks.findIndex((b) => b.text === '多举措推动改革落地');
    expect(first).toBeGreaterThan(0);
    expect(parsed.blocks[first]?.guessed).toBe(true);
    expect(parsed.blocks[first + 1]).toMatchObject({ type: 'paragraph', text: '全面实施改革攻坚行动，推动12项改革任务落地见效。', part: 'work' });
  });

  it('is cut after the quote that closes its siblings’ `X，Y，Z“…”` shape', () => {
    const parsed = report([
      '一、主要工作',
      '（一）攻坚克难，精准施策，打好蓝天保卫“主动仗”全市优良天数比例达到86.5%。',
      '（二）综合治理，系统推进，守护碧水清流“生命线”。断面水质优良率100%。',
      '（三）源头防控，分类管控，筑牢净土安全“防护墙”。完成土壤调查12个。',
    ]);
    expect(headings(parsed)).toContain('攻坚克难，精准施策，打好蓝天保卫“主动仗”');
    expect(parsed.blocks.map((b) => b.text)).toContain('全市优良天数比例达到86.5%。');
  });

  it('stays whole when the writer put a comma before the next clause (a long heading, not a glued one)', () => {
    const long = '（一）坚持以人民为中心的发展思想，持续丰富群众精神文化生活，公共文化服务效能明显提升。';
    expect(headings(report(['一、主要工作', long, ...siblings]))).toContain('坚持以人民为中心的发展思想，持续丰富群众精神文化生活，公共文化服务效能明显提升');
  });

  it('stays whole without two siblings to compare with, or when nothing after the cut reads as a sentence', () => {
    expect(headings(report(['一、主要工作', '（一）多举措推动改革落地全面实施改革攻坚行动，推动改革落地见效。', siblings[0] ?? '']))).toContain(
      '多举措推动改革落地全面实施改革攻坚行动，推动改革落地见效',
    );
    expect(headings(report(['一、工作情况', '二、存在的问题', '三、2021年全县统计系统意识形态工作计划']))).toContain('2021年全县统计系统意识形态工作计划');
  });
});

describe('moving a guessed boundary', () => {
  const glued = report(['一、主要工作', '（一）总体情况截至2025年底，全县未发生较大事故。一是压实责任；二是强化协同。']);
  const index = glued.blocks.findIndex((b) => b.guessed);

  it('moves characters between the heading and its body, keeping every character of the source', () => {
    expect(glued.blocks[index]?.text).toBe('总体情况');
    const later = moveHeadingEnd(glued, index, 2);
    expect(later?.blocks[index]?.text).toBe('总体情况截至');
    expect(later?.blocks[index + 1]?.text).toBe('2025年底，全县未发生较大事故。一是压实责任；二是强化协同。');
    const earlier = moveHeadingEnd(glued, index, -2);
    expect(earlier?.blocks[index]?.text).toBe('总体');
    expect(earlier?.blocks[index + 1]?.text.startsWith('情况截至')).toBe(true);
    for (const moved of [later, earlier]) expect(moved && sources(moved)).toBe(sources(glued));
  });

  it('finds the body’s items and the parts again, and leaves the report it was given alone', () => {
    const moved = moveHeadingEnd(glued, index, 1);
    expect(moved?.blocks[index + 1]?.items?.map((i) => i.lead)).toEqual(['压实责任', '强化协同']);
    expect(moved?.blocks[index]?.part).toBe('work');
    expect(glued.blocks[index]?.text).toBe('总体情况');
  });

  it('keeps at least one character on each side, and refuses blocks that are no guessed heading', () => {
    expect(moveHeadingEnd(glued, index, -100)?.blocks[index]?.text).toBe('总');
    const all = moveHeadingEnd(glued, index, 1000);
    expect(all?.blocks[index + 1]?.text).toBe('。');
    expect(moveHeadingEnd(glued, 0, 1)).toBeNull();
    expect(moveHeadingEnd(glued, index, 0.5)).toBeNull();
    expect(moveHeadingEnd(glued, 999, 1)).toBeNull();
  });
});
