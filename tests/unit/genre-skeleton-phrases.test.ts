import { describe, expect, it } from 'vitest';
import { minePhrases } from '../../shared/genre/phrases';
import { parseReportText } from '../../shared/genre/report';
import { headingPaths, outlineOf, skeletonOf } from '../../shared/genre/skeleton';

const report = parseReportText(
  [
    '2024年工作总结',
    '一、工作开展情况',
    '（一）加强领导。一是建立制度；二是明确分工。',
    '1.完善台账。逐项登记。',
    '二、存在的问题',
    '学习不够深入。',
  ].join('\n'),
);

describe('skeleton', () => {
  it('builds the heading tree with items as leaves', () => {
    const tree = outlineOf(report.blocks);
    expect(tree.map((n) => n.text)).toEqual(['工作开展情况', '存在的问题']);
    const second = tree[0]?.children[0];
    expect(second?.children.map((c) => [c.kind, c.number, c.text])).toEqual([
      ['item', '一是', '建立制度'],
      ['item', '二是', '明确分工'],
      ['heading', '1.', '完善台账'],
    ]);
  });

  it('flattens into a reusable skeleton', () => {
    expect(skeletonOf(report.blocks)).toEqual([
      { level: 1, text: '工作开展情况' },
      { level: 2, text: '加强领导', items: ['建立制度', '明确分工'] },
      { level: 3, text: '完善台账' },
      { level: 1, text: '存在的问题' },
    ]);
  });

  it('remembers the headings above every block', () => {
    const paths = headingPaths(report.blocks);
    const index = report.blocks.findIndex((b) => b.text === '逐项登记。');
    expect(paths[index]).toEqual(['工作开展情况', '加强领导', '完善台账']);
  });
});

describe('phrase mining', () => {
  const a = parseReportText('一、情况\n班子成员落实“一岗双责”，做到同部署、同落实、同检查、同考核，弘扬主旋律，传播正能量。');
  const b = parseReportText('一、做法\n严格落实“一岗双责”。推动工作落细、落小、落实，弘扬主旋律，传播正能量。');

  it('finds quoted terms and parallel series in one report', () => {
    const found = minePhrases([a.blocks]).map((c) => [c.kind, c.text]);
    expect(found).toEqual(expect.arrayContaining([
      ['quoted', '“一岗双责”'],
      ['series', '同部署、同落实、同检查、同考核'],
    ]));
    expect(found.some(([kind]) => kind === 'recurring')).toBe(false);
  });

  it('finds set sentences recurring across reports, with frequencies', () => {
    const found = minePhrases([a.blocks, b.blocks]);
    expect(found.find((c) => c.text === '弘扬主旋律，传播正能量')).toMatchObject({ kind: 'recurring', count: 2, reports: 2 });
    expect(found.find((c) => c.text === '“一岗双责”')).toMatchObject({ count: 2, reports: 2 });
    expect(found.find((c) => c.text === '落细、落小、落实')).toMatchObject({ kind: 'series', reports: 1 });
    expect(found.some((c) => c.kind === 'recurring' && c.text === '一岗双责')).toBe(false);
  });
});

describe('harvest proposes only what is worth keeping', () => {
  it('drops unit-specific words, quoted titles without 《》, doubled quotes, numbers-only terms and generic words', () => {
    const text = (unit: string) =>
      [
        `2025年${unit}工作总结`,
        '一、主要工作',
        `我办高度重视，坚持“第一议题”制度，落实“““333”””工作法和“2025”行动，印发“关于加强意识形态工作的意见”。`,
        `组织开展，今年以来，弘扬主旋律，传播正能量，落实“三会一课”制度。`,
      ].join('\n');
    const found = minePhrases([parseReportText(text('某局')).blocks, parseReportText(text('某县')).blocks]).map((c) => c.text);
    expect(found).toContain('“第一议题”');
    expect(found).toContain('“三会一课”');
    expect(found).toContain('弘扬主旋律，传播正能量');
    for (const junk of ['我办高度重视', '“333”', '“2025”', '“关于加强意识形态工作的意见”', '组织开展', '今年以来']) expect(found, junk).not.toContain(junk);
  });
});
