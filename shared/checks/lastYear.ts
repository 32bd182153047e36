/** What 检查 finds against last year's report of a 续写 draft: plans not reported on, sentences only re-dated. */
import { inlineText, type ReportDocument } from '../model/document';
import { planCoverage } from '../model/plans';
import { reportYear } from './checker';
import { checkMessages } from './messages';
import { sentencesOf } from './repetition';
import type { Finding } from './types';

/** 上年打算 the report does not speak of, one finding each (提示), the count in every message. */
export function lastYearPlanFindings(lastYear: ReportDocument, doc: ReportDocument): Finding[] {
  const missing = planCoverage(lastYear, doc).filter((c) => !c.covered);
  return missing.map(({ plan }) => ({
    check: 'last-year-plans',
    severity: 'info',
    block: -1,
    offset: 0,
    length: 0,
    message: checkMessages.plansNotReported(missing.length, plan.text),
    key: `last-year-plans:${plan.text}`,
  }));
}

/** A sentence as compared with last year's: its years do not count (a re-dated sentence is the same). */
const undated = (normal: string) => normal.replace(/(?:19|20)\d{2}/gu, '#');

/** How much of this year's body repeats last year's sentences word for word, years aside (提示). */
export function sameAsLastYearFindings(lastYear: ReportDocument, blocks: readonly { sentences: ReturnType<typeof sentencesOf> }[]): Finding[] {
  const before = new Set(
    lastYear.blocks.flatMap((b) => (b.kind === 'paragraph' ? sentencesOf(inlineText(b.inlines)).map((s) => undated(s.normal)) : [])),
  );
  const sentences = blocks.flatMap((b) => b.sentences);
  const total = sentences.reduce((n, s) => n + s.normal.length, 0);
  const same = sentences.filter((s) => before.has(undated(s.normal)));
  if (total === 0 || same.length === 0) return [];
  const percent = Math.round((100 * same.reduce((n, s) => n + s.normal.length, 0)) / total);
  const examples = same.slice(0, 3).map((s) => s.text.trim().slice(0, 30));
  return [{ check: 'same-as-last-year', severity: 'info', block: -1, offset: 0, length: 0, message: checkMessages.sameAsLastYear(reportYear(lastYear), percent, same.length, examples), key: 'same-as-last-year' }];
}
