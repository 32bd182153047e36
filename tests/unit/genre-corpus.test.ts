import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportBytes } from '../../shared/genre/report';

/** The real downloaded reports the team was given; tests read them from ../shared beside the checkout. */
const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const available = existsSync(join(corpus, 'expected'));
if (!available) console.warn(`Corpus comparison skipped: ../shared/corpus not found at ${corpus}.`);

interface Expected {
  source: string;
  title: string;
  headings: { level: number; number: string; text: string; section?: string }[];
  items: { number: string; lead: string }[];
  placeholders: number;
  closing: string | null;
  mustContain: string[];
  mustNotContain: string[];
  sectionOf: { contains: string; section: string }[];
}

const cases = available
  ? readdirSync(join(corpus, 'expected'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(corpus, 'expected', f), 'utf8')) as Expected)
  : [];

describe.runIf(available)('the corpus in ../shared/corpus', () => {
  it.each(cases.map((c) => [c.source, c] as const))('%s matches its expected outline', (source, expected) => {
    const report = parseReportBytes(readFileSync(join(corpus, source)));
    expect(report.title).toBe(expected.title);

    const headings = report.blocks.filter((b) => b.type === 'heading');
    expect(headings).toHaveLength(expected.headings.length);
    expected.headings.forEach((want, i) => {
      const got = headings[i];
      expect({ level: got?.level, number: got?.number, text: got?.text }).toEqual({
        level: want.level,
        number: want.number,
        text: want.text,
      });
      if (want.section) expect(got?.section).toBe(want.section);
    });

    const items = report.blocks.flatMap((b) => b.items ?? []).map(({ number, lead }) => ({ number, lead }));
    expect(items).toEqual(expected.items);
    expect(report.placeholders).toHaveLength(expected.placeholders);
    expect(report.blocks.find((b) => b.type === 'closing')?.text ?? null).toBe(expected.closing);

    const kept = report.blocks.map((b) => b.source).join('\n');
    for (const text of expected.mustContain) expect(kept).toContain(text);
    for (const text of expected.mustNotContain) expect(kept).not.toContain(text);
    for (const { contains, section } of expected.sectionOf) {
      const block = report.blocks.find((b) => b.text.includes(contains));
      expect(block, contains).toBeDefined();
      expect(block?.section, contains).toBe(section);
    }
  });
});
