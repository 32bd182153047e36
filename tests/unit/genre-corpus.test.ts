import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../shared/genre/decode';
import { parseReportBytes, parseReportText } from '../../shared/genre/report';
import { expectOutline, type ExpectedOutline } from './outline';
import { analyseFile } from '../../electron/services/import/analyse';
import { buildDocxFromLines } from '../fixtures/docx';

function outlines(folder: string, reports: string) {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as ExpectedOutline)
    .map((expected) => [expected.source, join(reports, expected.source), expected] as const);
}

/** The real downloaded reports the team was given, read from ../shared beside the checkout. */
const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const corpusAvailable = existsSync(join(corpus, 'expected'));
if (!corpusAvailable) console.warn(`Corpus comparison skipped: ../shared/corpus not found at ${corpus}.`);

describe.runIf(corpusAvailable)('the corpus in ../shared/corpus', () => {
  it.each(corpusAvailable ? outlines(join(corpus, 'expected'), corpus) : [])('%s matches its expected outline', (_, file, expected) =>
    expectOutline(parseReportBytes(readFileSync(file)), expected),
  );
});

/** Our own fixtures: one per variant shared/genre/README.md names (encodings, one-line text, titles, levels, noise). */
const fixtures = resolve(import.meta.dirname, '../fixtures');

describe('our report fixtures', () => {
  it.each(outlines(join(fixtures, 'expected'), join(fixtures, 'reports')))('%s matches its expected outline', (_, file, expected) =>
    expectOutline(parseReportBytes(readFileSync(file)), expected),
  );
});

/** The robustness fixtures again as Word files: a .docx of the same report reads to the same outline. */
describe('our robustness fixtures as .docx', () => {
  const robust = outlines(join(fixtures, 'expected'), join(fixtures, 'reports')).filter(([name]) => name.startsWith('robust-'));
  it.each(robust)('%s as .docx matches its expected outline', async (_, file, expected) => {
    const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
    const analysed = await analyseFile('report.docx', new Uint8Array(await buildDocxFromLines(lines)));
    expectOutline(analysed.report, expected);
  });
});

/**
 * The robustness fixtures again as one-line text, as web pages copied to text arrive: the same headings.
 * A statistics table has no rows left once it is on one line, so fixtures with tables are left out.
 */
describe('our robustness fixtures as one line', () => {
  const robust = outlines(join(fixtures, 'expected'), join(fixtures, 'reports')).filter(
    ([name, file]) => name.startsWith('robust-') && !readFileSync(file, 'utf8').includes('\t'),
  );
  it.each(robust)('%s on one line has the same headings', (_, file, expected) => {
    const oneLine = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').join(' ');
    const headings = parseReportText(oneLine).blocks.filter((b) => b.type === 'heading');
    expect(headings.map((h) => ({ level: h.level, number: h.number, text: h.text }))).toEqual(
      expected.headings.map(({ level, number, text }) => ({ level, number, text })),
    );
  });
});

/** No Chinese character is lost: every one the file holds is in the report, or in what was removed as noise. */
describe('no text is lost', () => {
  const han = (text: string) => [...text].filter((c) => /\p{Script=Han}/u.test(c)).sort().join('');
  it.each(outlines(join(fixtures, 'expected'), join(fixtures, 'reports')))('%s', (_, file) => {
    const bytes = readFileSync(file);
    const report = parseReportBytes(bytes);
    const input = decodeText(bytes).text;
    const output = [...report.blocks.map((b) => b.source), ...report.removed.map((r) => r.text)].join('');
    expect(han(output)).toBe(han(input));
  });
});
