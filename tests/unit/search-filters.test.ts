import { describe, expect, it } from 'vitest';
import { fillWithSyntheticParagraphs } from '../../electron/cli/bench/searchBench';
import { openLibrary, type Library } from '../../electron/library/open';
import { paragraphWriter } from '../../electron/library/paragraphs';
import { searchParagraphs } from '../../electron/library/search';
import { insertSource, setSourceOrigin } from '../../electron/library/sources';
import { EXACT_COUNT_UP_TO } from '../../electron/library/search';
import { tempLibraryPath } from './helpers';

function source(library: Library, name: string, year: number | null, origin: 'own' | 'sample'): number {
  return insertSource(
    library.db,
    { fileName: name, kind: 'txt', contentHash: name, title: name, year, issuer: null, encoding: 'utf-8', removedCount: 0, origin },
    '2024-01-01',
  );
}

const ids = (library: Library, request: Parameters<typeof searchParagraphs>[1]) =>
  searchParagraphs(library.db, { limit: 0, ...request }).hits.map((h) => h.text).sort();

describe('filters narrow the index before anything is counted', () => {
  const library = openLibrary(tempLibraryPath());
  const own2023 = source(library, '2023年意识形态工作总结', 2023, 'own');
  const own2024 = source(library, '2024年意识形态工作总结', 2024, 'own');
  const web = source(library, '网上范文', 2024, 'sample');
  const writer = paragraphWriter(library.db, '2024-01-01');
  library.db.transaction(() => {
    writer.add({ text: '加强网络舆情监测。', part: 'work', headingPath: [] }, own2023, 0);
    writer.add({ text: '舆情处置不够及时。', part: 'problems', headingPath: [] }, own2023, 1);
    writer.add({ text: '完善舆情应急预案。', part: 'plans', headingPath: [] }, own2024, 0);
    writer.add({ text: '舆情工作有短板。', part: 'problems', headingPath: [] }, web, 0);
    // The same paragraph in two reports belongs to both years.
    writer.add({ text: '加强网络舆情监测。', part: 'work', headingPath: [] }, own2024, 1);
    writer.add({ text: '自己写的舆情段落。', part: 'work', headingPath: [] }, null, 0);
  })();

  it('by year, report, origin and part, alone and together, with exact totals', () => {
    expect(ids(library, { query: '舆情', year: 2023 })).toEqual(['加强网络舆情监测。', '舆情处置不够及时。']);
    expect(ids(library, { query: '舆情', year: 2024 })).toEqual(['加强网络舆情监测。', '完善舆情应急预案。', '舆情工作有短板。']);
    expect(ids(library, { query: '舆情', source: own2024 })).toEqual(['加强网络舆情监测。', '完善舆情应急预案。']);
    expect(ids(library, { query: '舆情', origin: 'sample' })).toEqual(['舆情工作有短板。']);
    expect(ids(library, { query: '舆情', part: 'problems', origin: 'own' })).toEqual(['舆情处置不够及时。']);
    expect(ids(library, { query: '', year: 2023 })).toEqual(['加强网络舆情监测。', '舆情处置不够及时。']);
    const result = searchParagraphs(library.db, { query: '舆情', year: 2024, limit: 1 });
    expect(result.total).toBe(3);
    expect(result.estimated).toBeUndefined();
  });

  it('gives a paragraph saved by hand the report it is later imported with', () => {
    const handWritten = library.db.prepare('SELECT id FROM paragraphs WHERE text = ?').pluck().get('自己写的舆情段落。') as number;
    expect(ids(library, { query: '自己写', year: 2024 })).toEqual([]);
    paragraphWriter(library.db, '2024-02-01').add({ text: '自己写的舆情段落。', part: 'work', headingPath: [] }, own2024, 9);
    expect(searchParagraphs(library.db, { query: '自己写', year: 2024 }).hits.map((h) => h.id)).toEqual([handWritten]);
    // Indexed once: no second row for it.
    expect(searchParagraphs(library.db, { query: '自己写', limit: 0 }).total).toBe(1);
  });

  it('follows a report changing its origin, and a report removed', () => {
    setSourceOrigin(library.db, own2023, 'sample');
    expect(ids(library, { query: '舆情', origin: 'sample' })).toEqual(['加强网络舆情监测。', '舆情处置不够及时。', '舆情工作有短板。']);
    library.db.prepare('DELETE FROM sources WHERE id = ?').run(own2023);
    expect(ids(library, { query: '舆情', year: 2023 })).toEqual([]);
    expect(ids(library, { query: '舆情', year: 2024 })).toEqual(['加强网络舆情监测。', '完善舆情应急预案。', '自己写的舆情段落。', '舆情工作有短板。']);
    expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('a broad query over a large library', () => {
  it('gives an estimated total (约) near the true count instead of counting every hit', { timeout: 120_000 }, () => {
    const library = openLibrary(tempLibraryPath());
    fillWithSyntheticParagraphs(library, EXACT_COUNT_UP_TO + 4_000);
    const truth = library.db.prepare("SELECT count(*) FROM paragraphs WHERE text LIKE '%工作%'").pluck().get() as number;
    expect(truth).toBeGreaterThan(EXACT_COUNT_UP_TO);
    const result = searchParagraphs(library.db, { query: '工作', limit: 10 });
    expect(result.estimated).toBe(true);
    expect(Math.abs(result.total - truth) / truth).toBeLessThan(0.1);
    // A narrow one is still counted exactly.
    const narrow = searchParagraphs(library.db, { query: '舆情应急处置', part: 'problems', limit: 10 });
    const exact = library.db.prepare("SELECT count(*) FROM paragraphs WHERE text LIKE '%舆情应急处置%' AND part = 'problems'").pluck().get();
    expect(narrow.estimated).toBeUndefined();
    expect(narrow.total).toBe(exact);
  });
});
