import { expect } from 'vitest';
import type { ParsedReport } from '../../shared/genre/types';

/** The outline format of ../shared/corpus/expected, plus optional checks our own fixtures add. */
export interface ExpectedOutline {
  source: string;
  title: string | null;
  headings: { level: number; number: string; text: string; section?: string }[];
  items: { number: string; lead: string }[];
  placeholders: number;
  closing: string | null;
  mustContain: string[];
  mustNotContain: string[];
  sectionOf: { contains: string; section: string }[];
  encoding?: string;
  types?: string[];
  removedReasons?: string[];
}

export function expectOutline(report: ParsedReport & { encoding?: string }, expected: ExpectedOutline): void {
  expect(report.title).toBe(expected.title);
  // A .docx has no text encoding; every decoded .txt reports one.
  if (expected.encoding && 'encoding' in report) expect(report.encoding).toBe(expected.encoding);

  const headings = report.blocks.filter((b) => b.type === 'heading');
  expect(headings.map((h) => ({ level: h.level, number: h.number, text: h.text }))).toEqual(
    expected.headings.map(({ level, number, text }) => ({ level, number, text })),
  );
  expected.headings.forEach((want, i) => {
    if (want.section) expect(headings[i]?.part, want.text).toBe(want.section);
  });

  const items = report.blocks.flatMap((b) => b.items ?? []).map(({ number, lead }) => ({ number, lead }));
  expect(items).toEqual(expected.items);
  expect(report.placeholders).toHaveLength(expected.placeholders);
  expect(report.blocks.find((b) => b.type === 'closing')?.text ?? null).toBe(expected.closing);
  if (expected.types) expect(report.blocks.map((b) => b.type)).toEqual(expected.types);
  // Which rules removed what, in any order: the order of removals is no promise to the user.
  if (expected.removedReasons) expect(report.removed.map((r) => r.rule).sort()).toEqual([...expected.removedReasons].sort());

  const kept = report.blocks.map((b) => b.source).join('\n');
  for (const text of expected.mustContain) expect(kept).toContain(text);
  for (const text of expected.mustNotContain) expect(kept).not.toContain(text);
  for (const { contains, section } of expected.sectionOf) {
    const block = report.blocks.find((b) => b.text.includes(contains));
    expect(block, contains).toBeDefined();
    expect(block?.part, contains).toBe(section);
  }
}
