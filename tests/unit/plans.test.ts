import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../shared/genre/report';
import { documentFromReport } from '../../shared/model/documentFromReport';
import { keyTerms, planCoverage, plansOf } from '../../shared/model/plans';
import { continueReport } from '../../shared/model/continuation';
import { checkContextFor, createChecker } from '../../shared/checks';
import { documentFromLexical } from '../../shared/model/documentFromLexical';

/** Two reports of one unit for consecutive years, our own invented text. */
const fixture = (name: string) => documentFromReport(parseReportText(readFileSync(join(resolve(import.meta.dirname, '../fixtures/continuation'), name), 'utf8')));
const lastYear = fixture('unit-2024.txt');
const thisYear = fixture('unit-2025.txt');

describe('上年打算: last year’s plans, this year’s checklist', () => {
  it('takes the plans from last year’s plans part: its headings and each item’s lead', () => {
    expect(plansOf(lastYear).map((p) => p.text)).toEqual(['建设县级融媒体文旅专栏', '开展文物安全专项巡查', '组建文艺志愿服务队伍', '招募文艺骨干', '开展送戏下乡演出']);
  });

  it('looks for the words that tell plans apart, not the words every report uses', () => {
    expect(keyTerms('开展文物安全专项巡查')).toEqual(expect.arrayContaining(['文物', '安全', '巡查']));
    expect(keyTerms('开展文物安全专项巡查')).not.toContain('开展');
  });

  it('finds which plans this year’s report speaks of, and where, and which it does not', () => {
    const coverage = planCoverage(lastYear, thisYear);
    const covered = (text: string) => coverage.find((c) => c.plan.text === text);
    expect(covered('建设县级融媒体文旅专栏')?.covered).toBe(true);
    expect(covered('开展文物安全专项巡查')?.covered).toBe(true);
    expect(covered('开展送戏下乡演出')?.covered).toBe(true);
    expect(covered('组建文艺志愿服务队伍')?.covered).toBe(false);
    expect(covered('招募文艺骨干')?.covered).toBe(false);
    // 转到: the paragraph that reports on it.
    const where = covered('开展文物安全专项巡查')?.best?.block ?? -1;
    const block = thisYear.blocks[where];
    expect(block && block.kind !== 'table' ? block.inlines.map((i) => i.text).join('') : '').toContain('文物安全');
  });

  it('does not count this year’s own plans as reporting on last year’s', () => {
    const coverage = planCoverage(lastYear, lastYear);
    // Last year's report against itself: its plans stand only in its plans part, which is left out.
    expect(coverage.every((c) => !c.covered)).toBe(true);
  });
});

describe('检查 with last year’s report', () => {
  it('lists each of last year’s plans this year’s report does not speak of, with the count (提示)', () => {
    const findings = createChecker()(thisYear, { ...checkContextFor(thisYear, { wordings: [], sensitive: [] }), lastYear });
    const plans = findings.filter((f) => f.check === 'last-year-plans');
    expect(plans.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(plans[0]?.message).toContain('上年打算中有 2 项本年报告未提及：“组建文艺志愿服务队伍”');
    expect(createChecker()(thisYear, checkContextFor(thisYear, { wordings: [], sensitive: [] })).some((f) => f.check === 'last-year-plans')).toBe(false);
  });
});

describe('the same as last year', () => {
  const check = (doc: typeof thisYear) => createChecker()(doc, { ...checkContextFor(doc, { wordings: [], sensitive: [] }), lastYear }).find((f) => f.check === 'same-as-last-year');

  it('says what share of this year’s sentences are last year’s, years aside, naming some', () => {
    // Last year's report only re-dated: every sentence is last year's.
    const redated = continueReport(lastYear, 2025).document;
    const same = check(redated);
    expect(same?.severity).toBe('info');
    expect(same?.message).toMatch(/^与2024年报告相同的句子占 100%（\d+ 句，年份不计）/u);
    expect(same?.message).toContain('我局认真落实意识形态工作责任制');
  });

  it('finds nothing when this year’s report is written anew', () => {
    expect(check(thisYear)).toBeUndefined();
  });
});

describe('上年打算 and 沿用上年 (issue 29, 5)', () => {
  const text = (t: string) => ({ type: 'text', text: t, detail: 0, format: 0, mode: 'normal', style: '', version: 1 });
  const paragraph = (t: string, carried?: string) => ({ type: 'paragraph', children: [text(t)], direction: null, format: '', indent: 0, version: 1, ...(carried ? { $: { wengaoCarried: carried } } : {}) });
  const heading = (t: string, level: number) => ({ type: 'report-heading', level, children: [text(t)], direction: null, format: '', indent: 0, version: 1 });
  const draft = (...children: unknown[]) => JSON.stringify({ root: { type: 'root', direction: null, format: '', indent: 0, version: 1, children } });
  const last = documentFromLexical(draft(heading('2025年工作情况', 1), paragraph('全年开展档案数字化培训6期。'), heading('2026年工作打算', 1), heading('深化档案数字化培训', 2)));

  it('reads a paragraph as carried only while its text is the carried text', () => {
    const doc = documentFromLexical(draft(paragraph('全年开展档案数字化培训6期。', '全年开展档案数字化培训6期。'), paragraph('今年又开展培训。', '全年开展培训。')));
    expect(doc.blocks.map((b) => b.kind !== 'table' && b.kind !== 'heading' && b.carried === true)).toEqual([true, false]);
  });

  it('counts no paragraph still marked 沿用上年 as reporting on a plan; an edited one counts', () => {
    const copied = documentFromLexical(draft(heading('2026年工作情况', 1), paragraph('全年开展档案数字化培训6期。', '全年开展档案数字化培训6期。')));
    expect(planCoverage(last, copied).map((c) => c.covered)).toEqual([false]);
    const edited = documentFromLexical(draft(heading('2026年工作情况', 1), paragraph('全年开展档案数字化培训8期。', '全年开展档案数字化培训6期。')));
    expect(planCoverage(last, edited).map((c) => [c.covered, c.best?.block])).toEqual([[true, 1]]);
  });
});
