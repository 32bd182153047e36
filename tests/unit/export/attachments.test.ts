import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/docx';
import { BODY_CHAR_TWIPS, LINE_PITCH_TWIPS } from '../../../shared/export/gbt9704';
import { layoutDocument } from '../../../shared/export/pages';
import { widthInChars } from '../../../shared/export/signOff';
import type { DocBlock, ReportDocument } from '../../../shared/model/document';
import { readDocx, xmlAttribute } from './docxXml';

const block = (kind: 'paragraph' | 'attachment', text: string): DocBlock => ({ kind, inlines: [{ text }] });
const report = (...attachments: string[]): ReportDocument => ({ blocks: [block('paragraph', '特此报告。'), ...attachments.map((a) => block('attachment', a))] });

/** Each attachment line's left indent, hanging indent (characters) and blank lines before it in the Word file. */
async function placed(doc: ReportDocument) {
  const { paragraphs } = await readDocx(await exportDocx(doc));
  const chars = (value: string | null) => Number(value ?? 0) / BODY_CHAR_TWIPS;
  return paragraphs.slice(1).map((p) => ({
    left: chars(xmlAttribute(p.properties, 'w:ind', 'w:left')),
    hanging: chars(xmlAttribute(p.properties, 'w:ind', 'w:hanging')),
    before: Number(xmlAttribute(p.properties, 'w:spacing', 'w:before') ?? 0) / LINE_PITCH_TWIPS,
  }));
}

describe('the 附件说明 (GB/T 9704 §7.3.4)', () => {
  it('stands one line below the body, two characters in, its name’s second line under the name’s first character', async () => {
    const [only] = await placed(report('附件：某县2025年意识形态工作责任制落实情况统计表和重点任务清单'));
    expect(only?.before).toBe(1);
    expect((only?.left ?? 0) - (only?.hanging ?? 0)).toBeCloseTo(2, 3);
    expect(only?.left).toBeCloseTo(2 + widthInChars('附件：'), 3);
  });

  it('numbers several attachments under one another, each name’s lines aligned after its number', async () => {
    const [first, second] = await placed(report('附件：1.重点任务清单', '2.工作台账'));
    expect((first?.left ?? 0) - (first?.hanging ?? 0)).toBeCloseTo(2, 3);
    expect(first?.left).toBeCloseTo(2 + widthInChars('附件：') + widthInChars('1.'), 3);
    // The second number starts under the first one, its name where the first name starts.
    expect((second?.left ?? 0) - (second?.hanging ?? 0)).toBeCloseTo(2 + widthInChars('附件：'), 3);
    expect(second?.left).toBeCloseTo(first?.left ?? 0, 3);
    expect(second?.before).toBe(0);
  });

  it('is laid out on the pages with its hanging indent: a long name wraps to the name’s start', () => {
    const name = '某县关于全面落实意识形态工作责任制推动各项工作任务落地见效的实施方案及分工明细'.repeat(2);
    const layout = layoutDocument(report(`附件：1.${name}`));
    const lines = layout.slots.filter((s) => s.kind === 'text').map((s) => (s.kind === 'text' ? s.text : ''));
    expect(layout.slots[1]?.kind).toBe('blank');
    // 28 characters less the two of the indent on the first line; after that, the line from the name's start.
    expect(widthInChars(lines[1] ?? '')).toBeLessThanOrEqual(28 - 2 + 0.05);
    expect(widthInChars(lines[2] ?? '')).toBeLessThanOrEqual(28 - 2 - widthInChars('附件：1.') + 0.05);
    expect(widthInChars(lines[2] ?? '')).toBeGreaterThan(28 - 2 - widthInChars('附件：1.') - 1.05);
  });
});
