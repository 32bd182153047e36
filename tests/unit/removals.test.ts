import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportBytes } from '../../shared/genre/report';
import { stripSpace } from '../../shared/genre/text';
import type { ExpectedOutline } from './outline';

/**
 * Precision: every line the cleaner removes from every fixture and corpus report, with its reason, listed in
 * tests/fixtures/expected/removed-lines.txt (a change in what is removed shows there, line by line, to be read);
 * and none of it is a sentence the report's expected outline says it holds.
 */
const fixtures = resolve(import.meta.dirname, '../fixtures');
const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const sources = [
  ...readdirSync(join(fixtures, 'reports')).map((f) => ({ name: f, file: join(fixtures, 'reports', f), expected: join(fixtures, 'expected', f.replace(/\.txt$/u, '.json')) })),
  ...(existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => ({ name: `corpus/${f}`, file: join(corpus, f), expected: join(corpus, 'expected', f.replace(/\.txt$/u, '.json')) })) : []),
];

describe('what the cleaner removes', () => {
  const listing = sources.map(({ name, file }) => {
    const removed = parseReportBytes(readFileSync(file)).removed;
    return [`## ${name}`, ...removed.map((r) => `${r.reason}\t${r.text}`)].join('\n');
  });

  it('is listed line by line with its reason', async () => {
    await expect(`${listing.join('\n\n')}\n`).toMatchFileSnapshot('../fixtures/expected/removed-lines.txt');
  });

  it.each(sources.filter((s) => existsSync(s.expected)).map((s) => [s.name, s] as const))('holds no sentence of %s', (_, { file, expected }) => {
    const outline = JSON.parse(readFileSync(expected, 'utf8')) as ExpectedOutline;
    const removed = parseReportBytes(readFileSync(file)).removed.map((r) => stripSpace(r.text));
    // The title printed again by the site goes; the title itself stays (the outline test holds it).
    for (const sentence of (outline.mustContain ?? []).filter((text) => text !== outline.title).map(stripSpace)) {
      // Short names (the signature) may stand inside a removed line, as the issuer in a repeated title.
      expect(removed.filter((text) => (sentence.length >= 10 && text.includes(sentence)) || (text.length >= 8 && sentence.includes(text)))).toEqual([]);
    }
  });
});
