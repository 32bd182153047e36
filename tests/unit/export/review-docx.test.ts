import { describe, expect, it } from 'vitest';
import { createChecker, DEFAULT_MAX_PARAGRAPH, starterSensitive, starterWordings, type CheckContext, type Finding } from '../../../shared/checks';
import { exportReviewDocx, REVIEW_AUTHOR, reviewCommentText } from '../../../shared/export/review';
import { blockText, numbered, type ReportDocument } from '../../../shared/model/document';
import { readComments } from './docxComments';

const context: CheckContext = { year: 2026, today: '2026-03-01', wordings: starterWordings, sensitive: starterSensitive, maxParagraph: DEFAULT_MAX_PARAGRAPH };

/** A draft with slips a reviewer marks: an idiom with a wrong character, a set out of order, a document number in the wrong brackets, a place in the wrong province. */
const draft: ReportDocument = numbered([
  { kind: 'title', inlines: [{ text: '某县财政局关于2026年第一季度工作情况的报告' }] },
  { kind: 'addressee', inlines: [{ text: '县委：' }] },
  { kind: 'paragraph', inlines: [{ text: '根据《关于做好2026年工作的通知》（某财发[2026]3号）要求，现将有关情况报告如下。' }] },
  { kind: 'heading', level: 1, runIn: false, inlines: [{ text: '坚定道路自信、制度自信、理论自信、文化自信' }] },
  { kind: 'paragraph', inlines: [{ text: '面对困难，全局上下没有一愁莫展，组织干部赴湖北省张家界学习考察，全年开展活动' }, { text: '12场', field: true, hint: '上年：12场' }, { text: '。' }] },
  { kind: 'signature', inlines: [{ text: '某县财政局' }] },
  { kind: 'date', inlines: [{ text: '2026年3月1日' }] },
]);

const findingText = (doc: ReportDocument, f: Finding) => {
  const block = doc.blocks[f.block];
  return block ? blockText(block).slice(f.offset, f.offset + f.length) : '';
};

describe('导出审阅稿: the 检查 findings as Word comments on their text', () => {
  it('writes every finding as a comment by 文稿助手审核 anchored on exactly the text it is about, with its message and fix', async () => {
    const findings = createChecker()(draft, context);
    const checks = new Set(findings.map((f) => f.check));
    // The slips planted above are found, so the comments below are about them.
    for (const check of ['typo', 'formulation', 'doc-number', 'place-mismatch'] as const) expect(checks).toContain(check);
    const comments = (await readComments(await exportReviewDocx(draft, findings))).filter((c) => c.author === REVIEW_AUTHOR);
    expect(comments).toHaveLength(findings.length);
    for (const finding of findings.filter((f) => f.block >= 0 && f.length > 0)) {
      const comment = comments.find((c) => c.text === reviewCommentText(finding));
      expect(comment, finding.message).toBeDefined();
      // The comment covers the text; an edge at Latin letters or digits moves past them.
      expect(comment?.anchored).toContain(findingText(draft, finding));
      if (!/[0-9A-Za-z]/u.test(findingText(draft, finding))) expect(comment?.anchored).toBe(findingText(draft, finding));
    }
    const typo = comments.find((c) => c.anchored === '一愁莫展');
    expect(typo?.text).toMatch(/^【错误】.*\n建议写作：一筹莫展$/su);
    const number = comments.find((c) => c.anchored.includes('[2026]'));
    expect(number?.text).toContain('〔2026〕');
    expect(comments.find((c) => c.anchored.includes('张家界'))?.paragraph).toContain('湖北省张家界');
  });

  it('puts a finding on the whole document on the title, and keeps the field marks beside the review', async () => {
    const wholeDocument: Finding = { check: 'completeness', severity: 'warning', block: -1, offset: 0, length: 0, message: '缺少落款。', key: 'k' };
    const read = await readComments(await exportReviewDocx(draft, [wholeDocument]));
    const onTitle = read.find((c) => c.author === REVIEW_AUTHOR);
    // The title prints on two lines: the comment covers both.
    expect(onTitle?.anchored.split('\n')).toHaveLength(2);
    expect(onTitle).toMatchObject({ text: '【警告】缺少落款。' });
    const [titleBlock] = draft.blocks;
    expect(onTitle?.anchored.replace('\n', '')).toBe(titleBlock ? blockText(titleBlock) : '');
    expect(read.find((c) => c.author === '文稿助手')).toMatchObject({ highlighted: '12场', text: '上年：12场' });
  });

  it('says what to write instead, or to delete', () => {
    expect(reviewCommentText({ severity: 'warning', message: '“台帐”应写作“台账”。', fix: '台账' })).toBe('【警告】“台帐”应写作“台账”。\n建议写作：台账');
    expect(reviewCommentText({ severity: 'info', message: '标点重复。', fix: '' })).toBe('【提示】标点重复。\n建议：删去');
    expect(reviewCommentText({ severity: 'error', message: '占位符没有填写。' })).toBe('【错误】占位符没有填写。');
  });
});
