import { describe, expect, it } from 'vitest';
import { checkContextFor, createChecker } from '../../shared/checks';
import { continueReport } from '../../shared/model/continuation';
import { reportYear } from '../../shared/model/reportYear';
import { inlineText, type DocBlock, type ReportDocument } from '../../shared/model/document';

const text = (kind: 'title' | 'paragraph' | 'date', t: string): DocBlock => ({ kind, inlines: [{ text: t }] });
const heading = (t: string, level: 1 | 2 = 1): DocBlock => ({ kind: 'heading', level, number: '', runIn: false, inlines: [{ text: t }] });
const lastYear: ReportDocument = {
  blocks: [
    text('title', '某县财政局2025年意识形态工作总结和2026年工作打算'),
    text('paragraph', '2025年以来，我局坚持以习近平新时代中国特色社会主义思想为指导，“十四五”以来累计投入资金2,315.6万元。'),
    heading('2025年工作情况'),
    text('paragraph', '全年召开专题会议36次，培训干部120余名，第一季度完成率达4.8%，第3季度排名第2，2018年以来连续六年无事故，2021—2025年规划全部完成。'),
    heading('2026年工作打算'),
    text('paragraph', '2026年，我局将重点抓好以下工作：开展培训6期。'),
    text('date', '2025年12月20日'),
  ],
};
const texts = (doc: ReportDocument) => doc.blocks.map((b) => (b.kind === 'table' ? '' : inlineText(b.inlines)));

describe('续写: this year’s report from last year’s', () => {
  const next = continueReport(lastYear, 2026);

  it('finds the report year in the title', () => {
    expect(reportYear(lastYear)).toBe(2025);
    expect(next.fromYear).toBe(2025);
  });

  it('advances the report year and the plans’ year, and leaves historic years and spans alone', () => {
    const [title, opening, work, figures, plans, plansBody, date] = texts(next.document);
    expect(title).toBe('某县财政局2026年意识形态工作总结和2027年工作打算');
    expect(opening?.startsWith('2026年以来')).toBe(true);
    expect(opening).toContain('“十四五”以来');
    expect(work).toBe('2026年工作情况');
    expect(figures).toContain('2018年以来');
    expect(figures).toContain('2021—2025年');
    expect(plans).toBe('2027年工作打算');
    expect(plansBody?.startsWith('2027年，我局将')).toBe(true);
    // The date of the sign-off moves with the year too; the writer sets the day.
    expect(date).toBe('2026年12月20日');
  });

  it('lists every year it changed, with where it was, so each can be undone', () => {
    expect(next.years.map((c) => `${c.block}:${c.from}→${c.to}`)).toEqual(['0:2025→2026', '0:2026→2027', '1:2025→2026', '2:2025→2026', '4:2026→2027', '5:2026→2027', '6:2025→2026']);
    expect(next.years[0]?.offset).toBe(5);
  });

  it('turns every count and amount of the body into a field holding last year’s figure, not ordinals or years', () => {
    const fields = next.document.blocks.flatMap((b) => (b.kind === 'table' ? [] : b.inlines.filter((i) => i.field).map((i) => i.text)));
    expect(fields).toEqual(['2,315.6万元', '36次', '120余名', '4.8%', '6期']);
    expect(next.figures).toBe(5);
    // The text is whole: only fields marked, no character lost.
    expect(texts(next.document)[3]).toBe('全年召开专题会议36次，培训干部120余名，第一季度完成率达4.8%，第3季度排名第2，2018年以来连续六年无事故，2021—2025年规划全部完成。');
  });

  it('gives each figure’s field last year’s value as its hint, which 检查 shows with it', () => {
    const hints = next.document.blocks.flatMap((b) => (b.kind === 'table' ? [] : b.inlines.filter((i) => i.field).map((i) => i.hint)));
    expect(hints).toEqual(['上年：2,315.6万元', '上年：36次', '上年：120余名', '上年：4.8%', '上年：6期']);
    const findings = createChecker()(next.document, checkContextFor(next.document, { wordings: [], sensitive: [] }, { year: 2026, today: '2026-12-01' }));
    expect(findings.filter((f) => f.check === 'placeholder').map((f) => f.message)).toContain('“36次”还没有填写（上年：36次，请填写今年的数字）。');
  });

  it('keeps a report whose year is unknown as the year before the one asked for', () => {
    const plain = continueReport({ blocks: [text('paragraph', '今年以来开展活动3次。')] }, 2026);
    expect(plain.fromYear).toBe(2025);
    expect(plain.years).toEqual([]);
    expect(plain.figures).toBe(1);
  });
});
