import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker, DEFAULT_MAX_PARAGRAPH, reportYear, starterSensitive, starterWordings, type Finding } from '../../../shared/checks';
import { parseReportBytes } from '../../../shared/genre/report';
import { documentFromReport } from '../../../shared/model/documentFromReport';

const corpus = resolve(import.meta.dirname, '../../../../shared/corpus');
const fixtures = resolve(import.meta.dirname, '../../fixtures/reports');

function findingsOf(file: string): Finding[] {
  const doc = documentFromReport(parseReportBytes(readFileSync(file)));
  return createChecker()(doc, { year: reportYear(doc), today: '2026-11-22', maxParagraph: DEFAULT_MAX_PARAGRAPH, wordings: starterWordings, sensitive: starterSensitive });
}
const ids = (findings: Finding[]) => new Set(findings.map((f) => f.check));

describe('the known problems of real downloaded reports', () => {
  it.runIf(existsSync(corpus))('finds the blanked names and numbers of the corpus reports', () => {
    const first = findingsOf(join(corpus, '000_5a61a7e9167954b3.txt'));
    expect(first.filter((f) => f.check === 'placeholder').length).toBeGreaterThanOrEqual(5);
    const third = findingsOf(join(corpus, '004_bfdf6cd97327570c.txt'));
    expect(third.filter((f) => f.check === 'placeholder').map((f) => f.message)).toEqual(expect.arrayContaining(['“xx”还没有填写。', '“AAA”还没有填写。']));
    expect(ids(third).has('completeness')).toBe(true);
  });

  it('finds the mixed half-width punctuation of a one-line report', () => {
    const found = findingsOf(join(fixtures, 'one-line-halfwidth.txt'));
    const marks = found.filter((f) => f.check === 'punctuation').map((f) => f.fix);
    expect(marks).toEqual(expect.arrayContaining(['，', '：', '；', '。']));
  });

  it('finds only what is really missing in a well-written report of ours', () => {
    const found = findingsOf(join(fixtures, 'robust-sign-off-run-in.txt'));
    expect(found.map((f) => f.message)).toEqual(['报告没有“存在的问题”部分。']);
  });
});
