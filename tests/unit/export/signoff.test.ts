import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/docx';
import { BODY_CHAR_TWIPS, LINE_PITCH_TWIPS } from '../../../shared/export/gbt9704';
import { layoutDocument } from '../../../shared/export/pages';
import { widthInChars } from '../../../shared/export/signOff';
import type { DocBlock, ReportDocument } from '../../../shared/model/document';
import { readDocx, xmlAttribute, type XmlParagraph } from './docxXml';

const block = (kind: 'paragraph' | 'signature' | 'date', text: string): DocBlock => ({ kind, inlines: [{ text }] });
const report = (signatures: string[], date: string, seal = false): ReportDocument => ({
  blocks: [block('paragraph', '特此报告。'), ...signatures.map((s) => block('signature', s)), block('date', date)],
  format: { seal },
});

/** Each sign-off line's right indent in characters and the blank lines before it, as the Word file has them. */
async function signOff(doc: ReportDocument): Promise<{ text: string; right: number; before: number }[]> {
  const { paragraphs } = await readDocx(await exportDocx(doc));
  return paragraphs.slice(1).map((p: XmlParagraph) => ({
    text: p.text,
    right: Number(xmlAttribute(p.properties, 'w:ind', 'w:right') ?? 0) / BODY_CHAR_TWIPS,
    before: Number(xmlAttribute(p.properties, 'w:spacing', 'w:before') ?? 0) / LINE_PITCH_TWIPS,
  }));
}
/** Where a line starts, in characters from the type area's right edge. */
const start = (line: { text: string; right: number } | undefined) => (line ? line.right + widthInChars(line.text) : Number.NaN);

describe('the signature block (GB/T 9704 §7.3.5)', () => {
  it('without a seal: 署名 右空二字, one blank line above it, the date below starting two characters to its right', async () => {
    const [signature, date] = await signOff(report(['中共某县财政局党组委员会'], '2026年1月5日'));
    expect(signature?.right).toBeCloseTo(2, 2);
    expect(signature?.before).toBe(1);
    expect(date?.before).toBe(0);
    expect(start(signature) - start(date)).toBeCloseTo(2, 2);
  });

  it('without a seal, a date longer than the signature: the date 右空二字 and the signature moves left', async () => {
    const [signature, date] = await signOff(report(['某局'], '2026年12月25日'));
    expect(date?.right).toBeCloseTo(2, 2);
    expect(start(signature) - start(date)).toBeCloseTo(2, 2);
    expect(signature?.right).toBeGreaterThan(2);
  });

  it('joint issuers stand one under another with their first characters aligned', async () => {
    const lines = await signOff(report(['某县财政局', '某县人力资源和社会保障局'], '2026年1月5日'));
    expect(start(lines[0])).toBeCloseTo(start(lines[1]), 2);
    expect(Math.min(lines[0]?.right ?? 0, lines[1]?.right ?? 0)).toBeCloseTo(2, 2);
    expect(start(lines[1]) - start(lines[2])).toBeCloseTo(2, 2);
    expect(lines.map((l) => l.before)).toEqual([1, 0, 0]);
  });

  it('with a seal: the date 右空四字, the 署名 centred over it, two blank lines kept for the seal', async () => {
    const [signature, date] = await signOff(report(['某县财政局'], '2026年1月5日', true));
    expect(date?.right).toBeCloseTo(4, 2);
    const centre = (line: { text: string; right: number } | undefined) => (line ? line.right + widthInChars(line.text) / 2 : Number.NaN);
    expect(centre(signature)).toBeCloseTo(centre(date), 2);
    expect(signature?.before).toBe(2);
    expect(date?.before).toBe(0);
  });

  it('is laid out on the pages with the same blank lines as the Word file', () => {
    expect(layoutDocument(report(['某县财政局'], '2026年1月5日')).slots.map((s) => s.kind)).toEqual(['text', 'blank', 'text', 'text']);
    expect(layoutDocument(report(['某县财政局'], '2026年1月5日', true)).slots.map((s) => s.kind)).toEqual(['text', 'blank', 'blank', 'text', 'text']);
  });
});
