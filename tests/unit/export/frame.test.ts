import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/docx';
import { BODY_CHAR_TWIPS, LINE_PITCH_TWIPS, LINES_PER_PAGE, mm } from '../../../shared/export/gbt9704';
import { layoutDocument } from '../../../shared/export/pages';
import type { DocBlock, ReportDocument, ReportFormat } from '../../../shared/model/document';
import { exportHtml } from '../../../shared/export/html';
import { readDocx, xmlAttribute } from './docxXml';

const block = (kind: 'title' | 'paragraph', text: string): DocBlock => ({ kind, inlines: [{ text }] });
const header = { issuer: '中共某县财政局党组', number: '某财党〔2026〕3号', signer: '张某某' };
const colophon = { copyTo: '县委宣传部，县纪委监委派驻纪检监察组', printer: '中共某县财政局党组办公室', printDate: '2026年1月5日' };
const report = (format: ReportFormat, paragraphs = 3): ReportDocument => ({
  blocks: [block('title', '关于2026年意识形态工作的报告'), ...Array.from({ length: paragraphs }, (_, i) => block('paragraph', `第${i}段正文。`))],
  format,
});

describe('the 版头 (GB/T 9704 §7.2) in the Word file', () => {
  it('puts the 发文机关标志 in red 小标宋 35 mm below the type area, 发文字号 左空一字 with 签发人 in 楷体 右空一字 on one line over the red rule', async () => {
    const { paragraphs, document } = await readDocx(await exportDocx(report({ header })));
    const [mark, number, title] = paragraphs;
    expect(mark?.text).toBe('中共某县财政局党组');
    expect(mark?.runs[0]?.eastAsia).toBe('方正小标宋简体');
    expect(mark?.runs[0]?.halfPoints).toBe(72);
    expect(/<w:p>[\s\S]*?<\/w:p>/u.exec(/<w:body>([\s\S]*)/u.exec(document)?.[1] ?? '')?.[0]).toContain('<w:color w:val="FF0000"/>');
    expect(Number(xmlAttribute(mark?.properties ?? '', 'w:spacing', 'w:before'))).toBe(mm(35));
    expect(number?.text).toBe('某财党〔2026〕3号签发人：张某某');
    expect(number?.runs.at(-1)?.eastAsia).toBe('楷体_GB2312');
    expect(Number(xmlAttribute(number?.properties ?? '', 'w:ind', 'w:left'))).toBe(BODY_CHAR_TWIPS);
    expect(Number(xmlAttribute(number?.properties ?? '', 'w:spacing', 'w:before'))).toBe(2 * LINE_PITCH_TWIPS);
    expect(number?.properties).toMatch(/<w:bottom w:val="single" w:color="FF0000"[^>]*w:space="11"/u);
    expect(title?.text).toBe('关于2026年意识形态工作的报告');
    expect(Number(xmlAttribute(title?.properties ?? '', 'w:spacing', 'w:before'))).toBe(2 * LINE_PITCH_TWIPS);
  });

  it('leaves a report without 版头 as it was, and a 标志 too long for 小初 smaller so it fits the line', async () => {
    const plain = await readDocx(await exportDocx(report({})));
    expect(plain.paragraphs[0]?.text).toBe('关于2026年意识形态工作的报告');
    const long = await readDocx(await exportDocx(report({ header: { issuer: '中共某某省某某市某某县财政局党组委员会办公室' } })));
    expect(long.paragraphs[0]?.runs[0]?.halfPoints ?? 0).toBeLessThan(72);
  });
});

describe('the 版记 (GB/T 9704 §7.4) in the Word file', () => {
  it('sets 抄送 (a full stop after the last name) and 印发机关/印发日期 in 4号仿宋 between thick and thin rules', async () => {
    const { paragraphs } = await readDocx(await exportDocx(report({ colophon })));
    const [copyTo, print] = paragraphs.slice(-2);
    expect(copyTo?.text).toBe('抄送：县委宣传部，县纪委监委派驻纪检监察组。');
    expect(copyTo?.runs[0]?.halfPoints).toBe(28);
    expect(copyTo?.properties).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"/u);
    expect(copyTo?.properties).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="6"/u);
    expect(print?.text).toBe('中共某县财政局党组办公室2026年1月5日印发');
    expect(print?.properties).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"/u);
    expect(Number(xmlAttribute(print?.properties ?? '', 'w:ind', 'w:left'))).toBe(280);
  });

  it('stands at the foot of the last page: the blank lines before it fill the page, or it starts a page of its own', async () => {
    const short = layoutDocument(report({ colophon }));
    expect(short.slots.length).toBe(LINES_PER_PAGE);
    expect(short.pageStarts).toEqual([0]);
    // A report filling its last page: the 版记 goes to the next page, at its foot.
    const full = layoutDocument(report({ colophon }, 19));
    expect(full.pageStarts).toHaveLength(2);
    expect(full.slots.length).toBe(2 * LINES_PER_PAGE);
    const { paragraphs } = await readDocx(await exportDocx(report({ colophon }, 19)));
    expect(paragraphs.at(-2)?.properties).toContain('<w:pageBreakBefore/>');
  });
});

describe('printing a draft with 版头 and 版记', () => {
  it('prints the 版头 above the title and the 版记 after the blank lines that bring it to the foot of its page', () => {
    const html = exportHtml(report({ header, colophon }));
    expect(html.indexOf('中共某县财政局党组')).toBeLessThan(html.indexOf('关于2026年意识形态工作的报告'));
    expect(html).toContain('签发人：');
    expect(html.indexOf('抄送：县委宣传部，县纪委监委派驻纪检监察组。')).toBeGreaterThan(html.indexOf('第2段正文。'));
    const blank = layoutDocument(report({ header, colophon })).slots.filter((s) => s.kind === 'blank' && s.paragraph === -2).length;
    expect(html).toContain(`margin-top:${(blank * 28.95).toFixed(2)}pt;border-top:1pt solid #000`);
  });
});
