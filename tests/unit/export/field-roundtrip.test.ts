import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checks';
import { tempDir } from '../helpers';
import { wengao } from '../wengaoCli';
import { analyseFile } from '../../../electron/services/import/analyse';
import { exportDocx } from '../../../shared/export/docx';
import { exportReviewDocx } from '../../../shared/export/review';
import { documentFromReport } from '../../../shared/model/documentFromReport';
import { numbered, unfilledFields, type Inline, type ReportDocument } from '../../../shared/model/document';

const draft: ReportDocument = numbered([
  { kind: 'title', inlines: [{ text: '某县财政局2026年意识形态工作责任制落实情况的报告' }] },
  { kind: 'addressee', inlines: [{ text: '县委：' }] },
  { kind: 'heading', level: 1, runIn: false, inlines: [{ text: '主要工作' }] },
  { kind: 'heading', level: 2, runIn: true, inlines: [{ text: '强化理论武装' }] },
  {
    kind: 'paragraph',
    inlines: [
      { text: '全年组织集中学习' },
      { text: '36次', field: true, hint: '上年：36次' },
      { text: '，开展专题研讨' },
      { text: '12场', field: true, hint: '上年：12场' },
      { text: '，发布信息' },
      { text: 'XX', field: true },
      { text: '条。' },
    ],
  },
  { kind: 'paragraph', inlines: [{ text: '处置舆情' }, { text: '3起', field: true, hint: '上年：3起' }, { text: '，全部按时办结。' }] },
  { kind: 'signature', inlines: [{ text: '某县财政局' }] },
  { kind: 'date', inlines: [{ text: '2026年3月1日' }] },
]);

const fieldsOf = (doc: ReportDocument) =>
  doc.blocks.flatMap((b) => (b.kind === 'table' ? [] : b.inlines.filter((i): i is Inline & { field: true } => i.field === true).map((i) => [i.text, i.hint ?? null])));

describe('fields marked in the Word file come back as fields when it is opened', () => {
  it('reads every highlighted field with its hint, and does not take its comment for a reviewer’s', async () => {
    const analysed = await analyseFile('续写.docx', await exportDocx(draft));
    expect(analysed.report.review).toBeUndefined();
    const opened = documentFromReport(analysed.report);
    expect(fieldsOf(opened)).toEqual([
      ['36次', '上年：36次'],
      ['12场', '上年：12场'],
      ['XX', null],
      ['3起', '上年：3起'],
    ]);
    expect(unfilledFields(opened).map((f) => f.text)).toEqual(['36次', '12场', 'XX', '3起']);
  });

  it('keeps a reviewer’s comments as comments beside the fields', async () => {
    const finding = { check: 'typo' as const, severity: 'error' as const, block: 5, offset: 0, length: 2, message: '测试意见。', key: 'k' };
    const analysed = await analyseFile('审阅稿.docx', await exportReviewDocx(draft, [finding]));
    expect(analysed.report.review?.comments.map((c) => [c.author, c.text])).toEqual([['文稿助手审核', '【错误】测试意见。']]);
    expect(fieldsOf(documentFromReport(analysed.report)).map(([text]) => text)).toEqual(['36次', '12场', 'XX', '3起']);
  });

  it('wengao new --from writes the carried figures marked, says so, and wengao check of its file lists each as a field to fill', async () => {
    const dir = tempDir();
    const last = join(dir, '2025年总结.txt');
    const out = join(dir, '2026年总结.docx');
    writeFileSync(last, ['某县财政局2025年意识形态工作总结', '县委：', '一、主要工作', '全年召开专题会议36次，培训干部120余名，发布信息58条。', '某县财政局', '2025年12月20日'].join('\n'));
    const db = join(dir, 'library.sqlite');
    const made = await wengao('--db', db, 'new', '--from', last, '--year', '2026', '-o', out);
    expect(made.stdout).toContain('上年的数字 3 处已改为待填写：在 Word 和 WPS 中以黄色突出显示，批注写明上年的数字');
    const checked = await wengao('--db', db, 'check', out, '--json');
    const findings = (JSON.parse(checked.stdout) as { findings: Finding[] }).findings.filter((f) => f.check === 'placeholder');
    expect(findings.map((f) => f.message)).toEqual([
      '“36次”还没有填写（上年：36次，请填写今年的数字）。',
      '“120余名”还没有填写（上年：120余名，请填写今年的数字）。',
      '“58条”还没有填写（上年：58条，请填写今年的数字）。',
    ]);
  }, 60_000);
});
