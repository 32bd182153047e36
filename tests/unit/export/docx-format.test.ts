import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/docx';
import { BODY_CHAR_TWIPS, LINE_PITCH_TWIPS, mm } from '../../../shared/export/gbt9704';
import { printedParagraphs, type PrintedParagraph } from '../../../shared/export/printed';
import { documentFromReport } from '../../../shared/model/documentFromReport';
import type { ReportDocument } from '../../../shared/model/document';
import { readDocx, xmlAttribute, type DocxParts, type XmlParagraph } from './docxXml';
import { corpusPresent, exportSources, type ExportSource } from './sources';

interface Exported {
  source: ExportSource;
  doc: ReportDocument;
  docx: DocxParts;
}

let exported: Exported[] = [];

beforeAll(async () => {
  exported = await Promise.all(
    (await exportSources()).map(async (source) => {
      const doc = documentFromReport(source.report);
      return { source, doc, docx: await readDocx(await exportDocx(doc)) };
    }),
  );
});

const fontsByLevel = { 1: '黑体', 2: '楷体_GB2312', 3: '仿宋_GB2312', 4: '仿宋_GB2312' } as const;
const indent = (p: XmlParagraph) => ({
  firstLine: Number(xmlAttribute(p.properties, 'w:ind', 'w:firstLine') ?? 0),
  right: Number(xmlAttribute(p.properties, 'w:ind', 'w:right') ?? 0),
});
const justification = (p: XmlParagraph) => xmlAttribute(p.properties, 'w:jc', 'w:val');

/** Pairs each printed paragraph with the Word paragraphs it became (a table: one per cell). */
function pairs(doc: ReportDocument, docx: DocxParts): [PrintedParagraph, XmlParagraph[]][] {
  const paragraphs = [...docx.paragraphs];
  return printedParagraphs(doc).map((p) => {
    if (p.role !== 'table') return [p, paragraphs.splice(0, 1)];
    const cells = Math.max(...p.rows.map((r) => r.length)) * p.rows.length;
    return [p, paragraphs.splice(0, cells)];
  });
}

describe('Word export in the GB/T 9704-2012 format', () => {
  it('checks the corpus and every fixture', () => {
    expect(exported.length).toBeGreaterThanOrEqual(corpusPresent ? 10 : 7);
  });

  it('lays out an A4 page with 37/35/28/26 mm margins and a 22-line grid of 28.95 pt', () => {
    for (const { source, docx } of exported) {
      const where = source.name;
      expect(xmlAttribute(docx.document, 'w:pgSz', 'w:w'), where).toBe(String(mm(210)));
      expect(xmlAttribute(docx.document, 'w:pgSz', 'w:h'), where).toBe(String(mm(297)));
      expect(
        ['top', 'bottom', 'left', 'right'].map((side) => Number(xmlAttribute(docx.document, 'w:pgMar', `w:${side}`))),
        where,
      ).toEqual([2098, 1984, 1587, 1474]);
      expect(xmlAttribute(docx.document, 'w:docGrid', 'w:type'), where).toBe('lines');
      expect(LINE_PITCH_TWIPS).toBe(579);
      expect(xmlAttribute(docx.document, 'w:docGrid', 'w:linePitch'), where).toBe('579');
    }
  });

  it('names an East Asian font on every run and sets Latin letters and digits in Times New Roman', () => {
    for (const { source, docx } of exported) {
      for (const run of docx.paragraphs.flatMap((p) => p.runs)) {
        expect(run.eastAsia, `${source.name}: ${run.text}`).toMatch(/^(方正小标宋简体|仿宋_GB2312|黑体|楷体_GB2312)$/);
        expect(run.ascii, source.name).toBe('Times New Roman');
        // What Word writes for Chinese text: shared punctuation (“ ” — …) in the Chinese font, the text marked zh-CN.
        expect(run.hint, `${source.name}: ${run.text}`).toBe('eastAsia');
        expect(run.eastAsiaLanguage, `${source.name}: ${run.text}`).toBe('zh-CN');
      }
    }
  });

  it('formats each part of the report by its role', () => {
    let checked = 0;
    for (const { source, doc, docx } of exported) {
      for (const [printed, [first]] of pairs(doc, docx)) {
        const where = `${source.name}: ${JSON.stringify(printed).slice(0, 60)}`;
        if (!first) throw new Error(`${where}: no Word paragraph`);
        const lead = first.runs[0];
        if (printed.role === 'table') continue;
        expect(first.properties, where).toContain(`w:line="${LINE_PITCH_TWIPS}"`);
        expect(first.properties, where).toContain('w:lineRule="exact"');
        checked++;
        switch (printed.role) {
          case 'title':
            expect(justification(first), where).toBe('center');
            expect(lead?.eastAsia, where).toBe('方正小标宋简体');
            expect(lead?.halfPoints, where).toBe(44);
            break;
          case 'heading':
            expect(lead?.eastAsia, where).toBe(fontsByLevel[printed.level]);
            expect(lead?.halfPoints, where).toBe(32);
            expect(lead?.bold, where).toBe(printed.level === 3);
            expect(indent(first).firstLine, where).toBe(2 * BODY_CHAR_TWIPS);
            break;
          case 'body':
          case 'closing':
            expect(indent(first).firstLine, where).toBe(2 * BODY_CHAR_TWIPS);
            expect(justification(first), where).toBe('both');
            if (printed.heading) {
              // A run-in heading: the heading run in its level's font, then body runs, in one paragraph.
              expect(lead?.eastAsia, where).toBe(fontsByLevel[printed.heading.level]);
              expect(lead?.text, where).toBe(printed.heading.text);
              expect(first.runs.at(-1)?.eastAsia, where).toBe('仿宋_GB2312');
            } else expect(lead?.eastAsia, where).toBe('仿宋_GB2312');
            expect(first.runs.every((r) => r.halfPoints === 32), where).toBe(true);
            break;
          case 'addressee':
            expect(indent(first).firstLine, where).toBe(0);
            expect(justification(first), where).toBe('both');
            break;
          case 'signature':
          case 'date':
            // Where exactly: the signature block's own tests (signoff.test.ts) and the render test.
            expect(justification(first), where).toBe('right');
            expect(indent(first).right, where).toBeGreaterThanOrEqual(2 * BODY_CHAR_TWIPS);
            if (printed.role === 'date') expect(first.text, where).not.toMatch(/年0|月0/);
            break;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('spaces body characters so 28 of them fill the 156 mm line', () => {
    for (const { docx } of exported) {
      const body = docx.paragraphs.flatMap((p) => p.runs).filter((r) => r.eastAsia === '仿宋_GB2312');
      expect(body.every((r) => r.spacing === -5)).toBe(true);
    }
    // 28 × (16 pt − 0.25 pt) = 441 pt ≤ 442.2 pt < 29 × 15.75 pt.
    expect(28 * (16 - 0.25)).toBeLessThanOrEqual((156 * 72) / 25.4);
    expect(29 * (16 - 0.25)).toBeGreaterThan((156 * 72) / 25.4);
  });

  it('numbers pages — N — in 4号宋体, odd pages right and even pages left, one character in', () => {
    for (const { source, docx } of exported) {
      expect(docx.settings, source.name).toContain('<w:evenAndOddHeaders/>');
      const odd = docx.footers.default ?? '';
      const even = docx.footers.even ?? '';
      expect(xmlAttribute(odd, 'w:jc', 'w:val')).toBe('right');
      expect(xmlAttribute(odd, 'w:ind', 'w:right')).toBe('280');
      expect(xmlAttribute(even, 'w:jc', 'w:val')).toBe('left');
      expect(xmlAttribute(even, 'w:ind', 'w:left')).toBe('280');
      for (const footer of [odd, even]) {
        expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
        expect(footer).toContain('— ');
        expect(footer).toContain(' —');
        expect(xmlAttribute(footer, 'w:sz', 'w:val')).toBe('28');
        expect(xmlAttribute(footer, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
        expect(xmlAttribute(footer, 'w:rFonts', 'w:hint')).toBe('eastAsia');
      }
    }
  });

  it('loses no text of the source and keeps tables as tables', () => {
    for (const { source, docx } of exported) {
      const text = docx.paragraphs.map((p) => p.text).join('\n').replace(/\n/g, '');
      let at = 0;
      for (const block of source.report.blocks) {
        const pieces = block.type === 'table' ? (block.rows ?? []).flat() : [block.type === 'date' ? block.text.replace(/(年|月)0/g, '$1') : block.text];
        for (const piece of pieces.filter(Boolean)) {
          const found = text.indexOf(piece, at);
          expect(found, `${source.name}: “${piece.slice(0, 30)}” missing or out of order`).toBeGreaterThanOrEqual(0);
          at = found + piece.length;
        }
        if (block.type === 'table') expect(docx.document, source.name).toContain('<w:tbl>');
      }
    }
  });

  it('gives each heading its outline level and named heading style, the style setting what the paragraph sets', () => {
    for (const { doc, docx } of exported) {
      for (const [printed, [p]] of pairs(doc, docx)) {
        if (printed.role !== 'heading' || !p) continue;
        expect(xmlAttribute(p.properties, 'w:pStyle', 'w:val')).toBe(`Heading${printed.level}`);
        expect(xmlAttribute(p.properties, 'w:outlineLvl', 'w:val')).toBe(String(printed.level - 1));
      }
    }
    const { styles } = exported[0]?.docx ?? { styles: '' };
    for (const level of [1, 2, 3, 4] as const) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles)?.[1] ?? '';
      expect(style, `Heading${level}`).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      expect(xmlAttribute(style, 'w:rFonts', 'w:eastAsia')).toBe(fontsByLevel[level]);
      expect(xmlAttribute(style, 'w:rFonts', 'w:hint')).toBe('eastAsia');
      expect(xmlAttribute(style, 'w:lang', 'w:eastAsia')).toBe('zh-CN');
      expect(xmlAttribute(style, 'w:spacing', 'w:line')).toBe(String(LINE_PITCH_TWIPS));
      expect(xmlAttribute(style, 'w:spacing', 'w:before') ?? '0').toBe('0');
      expect(xmlAttribute(style, 'w:ind', 'w:firstLine')).toBe(String(2 * BODY_CHAR_TWIPS));
    }
  });

  it('fills 文件 › 属性 (title, the unit as author, the year) and gives the title Word’s 标题 style, the style setting what the paragraph sets', () => {
    let signed = 0;
    for (const { source, doc, docx } of exported) {
      const element = (name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(docx.core)?.[1] ?? '';
      const title = printedParagraphs(doc).find((p) => p.role === 'title');
      if (!title) continue;
      expect(element('dc:title'), source.name).toBe(title.text.replace(/\n/g, ''));
      const signature = printedParagraphs(doc).find((p) => p.role === 'signature');
      if (signature && 'text' in signature) {
        signed++;
        expect(element('dc:creator'), source.name).toBe(signature.text.trim());
      }
      const year = /((?:19|20)\d{2})\s*年/.exec(title.text)?.[1];
      if (year) expect(element('dc:subject'), source.name).toBe(`${year}年`);
      const [first] = docx.paragraphs;
      expect(xmlAttribute(first?.properties ?? '', 'w:pStyle', 'w:val'), source.name).toBe('Title');
    }
    expect(signed).toBeGreaterThan(3);
    const style = /<w:style [^>]*w:styleId="Title"[^>]*>([\s\S]*?)<\/w:style>/.exec(exported[0]?.docx.styles ?? '')?.[1] ?? '';
    expect(xmlAttribute(style, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(xmlAttribute(style, 'w:sz', 'w:val')).toBe('44');
    expect(xmlAttribute(style, 'w:jc', 'w:val')).toBe('center');
    expect(xmlAttribute(style, 'w:spacing', 'w:after')).toBe(String(LINE_PITCH_TWIPS));
  });

  it('names each 公文 font with the face a PC without it shows instead', () => {
    const { fontTable } = exported[0]?.docx ?? { fontTable: '' };
    const alt = (name: string) => new RegExp(`<w:font w:name="${name}"><w:altName w:val="([^"]+)"/>`).exec(fontTable)?.[1];
    expect(alt('仿宋_GB2312')).toBe('仿宋');
    expect(alt('仿宋')).toBe('FangSong');
    expect(alt('楷体_GB2312')).toBe('楷体');
    expect(alt('楷体')).toBe('KaiTi');
    expect(alt('方正小标宋简体')).toBe('华文中宋');
    expect(alt('华文中宋')).toBe('宋体');
    expect(fontTable).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/>');
  });
});
