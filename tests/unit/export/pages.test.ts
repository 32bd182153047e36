import { describe, expect, it } from 'vitest';
import { TITLE_CHARS_PER_LINE, TYPE_AREA_WIDTH_PT, size } from '../../../shared/export/gbt9704';
import { breakLines, textWidth } from '../../../shared/export/lineBreaks';
import { layoutDocument, pageOfSlot, type LineSlot } from '../../../shared/export/pages';
import { titleLines } from '../../../shared/export/titleLines';
import type { DocBlock, ReportDocument } from '../../../shared/model/document';

const body = { size: 16, spacing: -0.25, width: TYPE_AREA_WIDTH_PT, firstIndent: 31.5 };
const lines = (text: string, style = body) => breakLines(text, style).map(([start, end]) => [...text].slice(start, end).join(''));
const han = (n: number) => '责任制落实情况报告意识形态工作'.repeat(Math.ceil(n / 15)).slice(0, n);
const paragraph = (text: string): DocBlock => ({ kind: 'paragraph', inlines: [{ text }] });
const doc = (...blocks: DocBlock[]): ReportDocument => ({ blocks });
const texts = (slots: readonly LineSlot[]) => slots.map((s) => (s.kind === 'text' ? s.text : ''));

describe('line breaks on the GB/T 9704 grid', () => {
  it('puts 26 characters on a paragraph’s first line (two indented) and 28 on every other', () => {
    const broken = lines(han(26 + 28 + 10));
    expect(broken.map((l) => [...l].length)).toEqual([26, 28, 10]);
  });

  it('hangs a comma or full stop that does not fit past the edge instead of taking a character down', () => {
    const broken = lines(`${han(26)}，${han(5)}`);
    expect(broken[0]).toBe(`${han(26)}，`);
    expect(broken[1]).toBe(han(5));
  });

  it('never starts a line with a closing quote (the character before it goes down with it) nor ends one with an opening quote', () => {
    const closing = lines(`${han(25)}四”${han(4)}`);
    expect(closing[0]).toBe(han(25));
    expect(closing[1]?.startsWith('四”')).toBe(true);
    const opening = lines(`${han(25)}“四”${han(4)}`);
    expect(opening[0]).toBe(han(25));
    expect(opening[1]?.startsWith('“四”')).toBe(true);
  });

  it('keeps a number whole and leaves room where Chinese meets Latin letters or digits', () => {
    const broken = lines(`${han(24)}共2,315.6万元`);
    expect(broken[0]).toBe(`${han(24)}共`);
    expect(broken[1]).toBe('2,315.6万元');
    // 24 digits after 2 characters are narrower than 26 characters, autospace included.
    expect(textWidth('2024年', { size: 16, spacing: -0.25 })).toBeCloseTo(4 * 7.75 + 4 + 15.75, 5);
  });

  it('moves a number and the mark after it down together: no mark hangs after Latin text', () => {
    const broken = lines(`${han(23)}达到272%。`);
    expect(broken[0]).toBe(`${han(23)}达到`);
    expect(broken[1]).toBe('272%。');
  });

  it('lays out a 2号 title so every line fits the type area, the same widths as the body', () => {
    for (const line of titleLines('中共XX县市场监督管理局党组关于2024年度落实意识形态工作责任制情况的报告', TITLE_CHARS_PER_LINE)) {
      expect(textWidth(line, { size: size.er, spacing: 0 })).toBeLessThanOrEqual(TYPE_AREA_WIDTH_PT);
    }
  });
});

describe('pages', () => {
  it('fills 22 lines a page: the title’s lines, the blank line after it, then the body', () => {
    const layout = layoutDocument(doc({ kind: 'title', inlines: [{ text: '2026年工作总结' }] }, ...Array.from({ length: 10 }, () => paragraph(han(26 + 28)))));
    expect(layout.slots).toHaveLength(1 + 1 + 20);
    expect(layout.slots[1]?.kind).toBe('blank');
    expect(layout.pageStarts).toEqual([0]);
    const longer = layoutDocument(doc({ kind: 'title', inlines: [{ text: '2026年工作总结' }] }, ...Array.from({ length: 11 }, () => paragraph(han(26 + 28)))));
    expect(longer.pageStarts).toEqual([0, 22]);
    expect(texts(longer.slots)[22]).toBe(han(26 + 28).slice(0, 26));
    expect(pageOfSlot(longer, 21)).toBe(1);
    expect(pageOfSlot(longer, 22)).toBe(2);
  });

  it('keeps the blank line before the signature, and none between signature and date', () => {
    const layout = layoutDocument(doc(paragraph('正文。'), { kind: 'signature', inlines: [{ text: '某县财政局' }] }, { kind: 'date', inlines: [{ text: '2026年1月5日' }] }));
    expect(layout.slots.map((s) => s.kind)).toEqual(['text', 'blank', 'text', 'text']);
  });

  it('prints a run-in heading and its body as one paragraph and knows where each printed paragraph starts', () => {
    const layout = layoutDocument(
      doc(
        { kind: 'heading', level: 1, number: '一、', runIn: false, inlines: [{ text: '主要工作' }] },
        { kind: 'heading', level: 2, number: '（一）', runIn: true, inlines: [{ text: '加强领导' }] },
        paragraph('全年召开会议4次。'),
        paragraph('第二段。'),
      ),
    );
    expect(texts(layout.slots)).toEqual(['一、主要工作', '（一）加强领导。全年召开会议4次。', '第二段。']);
    expect(layout.blocks).toEqual([0, 1, 3]);
  });

  it('gives the same layout for the same text whatever was laid out before, and follows an edit', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => paragraph(`${i}${han(60)}`));
    const first = layoutDocument(doc(...paragraphs));
    expect(layoutDocument(doc(...paragraphs))).toEqual(first);
    const edited = layoutDocument(doc(paragraph(han(28 * 3)), ...paragraphs));
    expect(edited.slots.length).toBe(first.slots.length + 4);
    expect(edited.slots.at(-1)).toMatchObject({ paragraph: 30 });
  });
});
