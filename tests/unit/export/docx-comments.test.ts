import { describe, expect, it } from 'vitest';
import { exportDocx, type DocxComment } from '../../../shared/export/docx';
import { numbered, type ReportDocument } from '../../../shared/model/document';
import { readDocx } from './docxXml';
import { readComments } from './docxComments';

const title = '某县财政局关于2026年意识形态工作责任制落实情况和下一步工作打算的报告';
const doc: ReportDocument = numbered([
  { kind: 'title', inlines: [{ text: title }] },
  { kind: 'addressee', inlines: [{ text: '县委：' }] },
  { kind: 'heading', level: 1, runIn: false, inlines: [{ text: '主要工作开展情况' }] },
  { kind: 'heading', level: 2, runIn: true, inlines: [{ text: '强化理论武装' }] },
  { kind: 'paragraph', inlines: [{ text: '全年组织集中学习' }, { text: '36次', field: true, hint: '上年：36次' }, { text: '，开展专题研讨' }, { text: '12场', field: true }, { text: '。' }] },
  { kind: 'paragraph', inlines: [{ text: '第一行\n第二行有错别字一愁莫展。' }] },
  { kind: 'table', rows: [['项目', '次数'], ['学习', '36']] },
  { kind: 'signature', inlines: [{ text: '某县财政局' }] },
  { kind: 'date', inlines: [{ text: '2026年01月05日' }] },
]);

const note = (block: number, offset: number, length: number, text: string): DocxComment => ({ block, offset, length, author: '审核人', text });

describe('Word comments anchored on the report text', () => {
  it('anchors each comment on exactly its text, wherever the block prints', async () => {
    const comments = [
      note(0, 13, 8, '标题：跨行'),
      note(2, 0, 4, '一级标题'),
      note(3, 2, 2, '领起式标题'),
      note(4, 4, 4, '正文'),
      note(5, 2, 5, '跨换行'),
      note(5, 11, 4, '错别字'),
      note(6, 6, 2, '表格'),
      note(8, 5, 3, '日期'),
      note(1, 3, 0, '点批注'),
    ];
    const read = await readComments(await exportDocx(doc, { comments }));
    const byText = new Map(read.filter((c) => c.author === '审核人').map((c) => [c.text, c]));
    expect(byText.get('标题：跨行')?.anchored.replace('\n', '')).toBe(title.slice(13, 21));
    expect(byText.get('一级标题')?.anchored).toBe('主要工作');
    expect(byText.get('一级标题')?.paragraph).toBe('一、主要工作开展情况');
    expect(byText.get('领起式标题')?.anchored).toBe('理论');
    expect(byText.get('领起式标题')?.paragraph.startsWith('（一）强化理论武装。全年组织')).toBe(true);
    // An edge at a word of Latin letters or digits moves past it (LibreOffice would otherwise set the line tighter).
    expect(byText.get('正文')?.anchored).toBe('集中学习36次');
    expect(byText.get('跨换行')?.anchored).toBe('行\n第二行');
    expect(byText.get('错别字')?.anchored).toBe('一愁莫展');
    expect(byText.get('表格')?.anchored).toBe('学习');
    // 2026年01月05日 prints as 2026年1月5日: the comment on 01月 stays on 1月 (and its digits' neighbours).
    expect(byText.get('日期')?.anchored).toBe('2026年1月5日');
    expect(byText.get('点批注')).toMatchObject({ anchored: '', paragraph: '县委：' });
    expect(read.filter((c) => c.author === '审核人')).toHaveLength(comments.length);
  });

  it('changes no text, paragraph or run format: comments take no room on the page', async () => {
    const plain = await readDocx(await exportDocx(doc));
    const commented = await readDocx(await exportDocx(doc, { comments: [note(4, 0, 10, '甲'), note(5, 0, 0, '乙'), note(0, 0, 5, '丙')] }));
    expect(commented.paragraphs.map((p) => p.properties)).toEqual(plain.paragraphs.map((p) => p.properties));
    expect(commented.paragraphs.map((p) => p.text)).toEqual(plain.paragraphs.map((p) => p.text));
    const textRuns = (d: typeof plain) => d.paragraphs.flatMap((p) => p.runs.filter((r) => r.text !== '').map((r) => ({ ...r, text: '' })));
    expect(new Set(textRuns(commented).map((r) => JSON.stringify(r)))).toEqual(new Set(textRuns(plain).map((r) => JSON.stringify(r))));
  });

  it('marks every field still to fill: highlighted, with its hint or 待填写 as a comment', async () => {
    const read = await readComments(await exportDocx(doc));
    const fields = read.filter((c) => c.author === '文稿助手');
    // The highlight is exactly the field; the comment covers it and the character before its digits.
    expect(fields.map((c) => [c.highlighted, c.text, c.anchored])).toEqual([
      ['36次', '上年：36次', '习36次'],
      ['12场', '待填写', '讨12场'],
    ]);
  });

  it('writes no comments part when there is nothing to mark', async () => {
    const plain = numbered([{ kind: 'paragraph', inlines: [{ text: '正文。' }] }]);
    expect(await readComments(await exportDocx(plain))).toEqual([]);
  });
});
