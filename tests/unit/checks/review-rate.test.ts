import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker, DEFAULT_MAX_PARAGRAPH, reportYear, starterSensitive, starterWordings, type Finding } from '../../../shared/checks';
import { blockText, type ReportDocument } from '../../../shared/model/document';
import { parseReportBytes } from '../../../shared/genre/report';
import { documentFromReport } from '../../../shared/model/documentFromReport';

/** The real downloaded reports (../shared/corpus beside the checkout) and our fixtures: clean text. */
const corpus = resolve(import.meta.dirname, '../../../../shared/corpus');
const fixtures = resolve(import.meta.dirname, '../../fixtures/reports');
const REVIEW: readonly Finding['check'][] = ['formulation', 'typo', 'doc-number', 'number-form', 'punctuation-form', 'title-kind', 'place-mismatch'];

const files = [
  ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => join(fixtures, f)),
  ...(existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f)) : []),
];

function reviewOf(file: string): { doc: ReportDocument; characters: number; findings: Finding[] } {
  const doc = documentFromReport(parseReportBytes(readFileSync(file)));
  const characters = doc.blocks.reduce((n, b) => n + (b.kind === 'table' ? 0 : blockText(b).length), 0);
  const all = createChecker()(doc, { year: reportYear(doc), today: '2026-11-22', maxParagraph: DEFAULT_MAX_PARAGRAPH, wordings: starterWordings, sensitive: starterSensitive });
  return { doc, characters, findings: all.filter((f) => REVIEW.includes(f.check)) };
}

describe('审核 on clean reports: what a reviewer would call crying wolf', () => {
  it('raises no more than 0.5 findings per 10,000 characters over every fixture and corpus report', () => {
    let characters = 0;
    const listed: string[] = [];
    for (const file of files) {
      const { doc, characters: n, findings } = reviewOf(file);
      characters += n;
      for (const f of findings) {
        const block = doc.blocks[f.block];
        const where = block && block.kind !== 'table' ? blockText(block).slice(Math.max(0, f.offset - 10), f.offset + f.length + 10) : '';
        listed.push(`${file.split('/').at(-1) ?? ''}  [${f.severity} ${f.check}] ${f.message}  ……${where}……`);
      }
    }
    const serious = listed.filter((line) => !line.includes('[info ')).length;
    const rate = (n: number) => ((n * 10_000) / characters).toFixed(3);
    console.log(
      `审核 on ${files.length} clean reports (${characters} characters): ${listed.length} findings (${rate(listed.length)} per 10,000 characters), ` +
        `${serious} errors or warnings (${rate(serious)} per 10,000 characters)`,
    );
    for (const line of listed) console.log(line);
    expect(files.length).toBeGreaterThan(20);
    // The measure: errors and warnings. 提示 are listed above to be read.
    expect((serious * 10_000) / characters).toBeLessThanOrEqual(0.5);
  });
});
