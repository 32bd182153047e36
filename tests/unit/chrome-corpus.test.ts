import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../shared/genre/decode';
import { stripTitle } from '../../shared/genre/grammar/titleLine';
import { headingMarkerAt } from '../../shared/genre/markers';
import { parseReportText } from '../../shared/genre/report';
import { stripSpace } from '../../shared/genre/text';
import type { ParsedReport } from '../../shared/genre/types';

/**
 * Site chrome of our own writing (tests/fixtures/chrome/) put around and inside every report we have:
 * the report read out of it must be the report read alone.
 */
const chromeDir = resolve(import.meta.dirname, '../fixtures/chrome');
const fixtures = resolve(import.meta.dirname, '../fixtures/reports');
const corpus = resolve(import.meta.dirname, '../../../shared/corpus');

function blocksOf(file: string): string[][] {
  return readFileSync(join(chromeDir, file), 'utf8')
    .split(/\n\s*\n/u)
    .map((block) => block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')))
    .filter((block) => block.length > 0);
}

const head = blocksOf('head.txt');
const foot = blocksOf('foot.txt');
const breaks = blocksOf('breaks.txt');

const reports = [
  ...readdirSync(fixtures).map((f) => ({ name: f, text: decodeText(readFileSync(join(fixtures, f))).text })),
  ...(existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => ({ name: `corpus/${f}`, text: decodeText(readFileSync(join(corpus, f))).text })) : []),
].map((r) => ({ ...r, lines: r.text.split('\n').filter((line) => line.trim() !== '') }));

/** What a reader of the outline and the library gets: title, headings, and the text of every block. */
function outline(report: ParsedReport) {
  return {
    title: report.title,
    headings: report.blocks.filter((b) => b.type === 'heading').map((b) => `${b.level ?? ''}${b.number ?? ''}${b.text}`),
    text: report.blocks.map((b) => `${b.type}:${stripSpace(b.text)}`),
  };
}

/** Where a page may break: between two lines of the body, or inside a sentence of it (not after its end). */
function breakPoints(lines: readonly string[]): { line: number; at: number }[] {
  const points: { line: number; at: number }[] = [];
  for (let i = 2; i < lines.length - 1; i++) {
    points.push({ line: i, at: 0 });
    const text = lines[i] ?? '';
    // Inside a sentence only below the first heading: a break cutting the opening paragraph is issue 27's open case.
    if (text.length < 40 || headingMarkerAt(text) || !lines.slice(0, i).some((l) => headingMarkerAt(l))) continue;
    for (let at = 12; at < text.length - 12; at += 17) {
      if (/[\u4e00-\u9fff]/u.test(text[at - 1] ?? '') && /[\u4e00-\u9fff]/u.test(text[at] ?? '')) points.push({ line: i, at });
    }
  }
  return points;
}

function withChrome(lines: readonly string[], top: string[], bottom: string[], inside: string[], cuts: { line: number; at: number }[]): string {
  const out = [...top];
  let page = 2;
  const sorted = [...cuts].sort((a, b) => a.line - b.line || a.at - b.at);
  lines.forEach((text, i) => {
    const here = sorted.filter((c) => c.line === i);
    let from = 0;
    for (const cut of here) {
      if (cut.at > from) out.push(text.slice(from, cut.at));
      out.push(...inside.map((line) => line.replaceAll('{n}', String(page++))));
      from = Math.max(from, cut.at);
    }
    out.push(text.slice(from));
  });
  return [...out, ...bottom].join('\n');
}

describe('the chrome corpus', () => {
  it('holds at least 200 lines of chrome of varied shapes', () => {
    expect([...head, ...foot, ...breaks].flat().length).toBeGreaterThanOrEqual(200);
  });

  it.each(reports.map((r) => [r.name, r] as const))('%s reads the same with chrome around it and inside it', (_, report) => {
    const alone = parseReportText(report.text);
    const points = breakPoints(report.lines);
    fc.assert(
      fc.property(
        fc.constantFrom(...head),
        fc.constantFrom(...foot),
        fc.constantFrom(...breaks),
        fc.array(fc.nat(), { minLength: 2, maxLength: 3 }),
        fc.boolean(),
        (top, bottom, inside, at, both) => {
          const cuts = points.length >= 2 ? [...new Set(at.map((i) => i % points.length))].map((i) => points[i] as { line: number; at: number }) : [];
          const page = withChrome(report.lines, both ? top : [], bottom, inside, cuts);
          const read = parseReportText(page);
          expect(outline(read), page).toEqual(outline(alone));
          // Nothing of the report is among what was removed.
          const kept = new Set(alone.blocks.map((b) => stripSpace(b.source)).filter((t) => t.length >= 6));
          for (const removal of read.removed) expect(kept.has(stripSpace(removal.text)), `removed “${removal.text}”`).toBe(false);
        },
      ),
      { numRuns: 25, seed: 20261207 },
    );
  });

  it.each(
    readFileSync(join(chromeDir, 'titles.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.includes('⇒') && !line.startsWith('#'))
      .map((line) => line.split('⇒') as [string, string]),
  )('the title %s is %s once what the site added is gone', (site, title) => {
    expect(stripTitle(site).text).toBe(title);
    expect(parseReportText(`${site}\n一、工作开展情况\n全年召开专题会议4次，研判舆情2次。`).title).toBe(title);
  });
});
