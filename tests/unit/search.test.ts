import { describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../electron/library/open';
import { searchParagraphs } from '../../electron/library/search';
import { seededRandom } from '../../electron/cli/bench/syntheticReports';
import { matchesQuery, queryTerms, snippetOf } from '../../shared/search/query';
import { tempLibraryPath } from './helpers';

/** Characters chosen so short queries hit often: CJK, punctuation, Latin in both cases, digits, full-width forms. */
const alphabet = [...'意识形态责任舆情阵地宣传的一是，。、“”（）', 'a', 'B', 'x', 'X', 'Q', '1', '2', '０', 'Ａ', 'ｂ', ' '];

function randomText(random: () => number, length: number): string {
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

function fillLibrary(library: Library, count: number, seed = 7): void {
  const random = seededRandom(seed);
  const insert = library.db.prepare(
    "INSERT INTO paragraphs (text, norm_hash, part, created_at, updated_at) VALUES (?, ?, ?, '2024-01-01', '2024-01-01')",
  );
  library.db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(randomText(random, 5 + Math.floor(random() * 60)), `h${i}`, i % 3 === 0 ? 'problems' : 'work');
  })();
}

/** The rule itself, applied to every live paragraph: the answer the index must reproduce. */
function scan(library: Library, query: string): number[] {
  const terms = queryTerms(query);
  return (library.db.prepare('SELECT id, text FROM paragraphs WHERE deleted_at IS NULL').all() as { id: number; text: string }[])
    .filter((row) => matchesQuery(row.text, terms))
    .map((row) => row.id)
    .sort((a, b) => a - b);
}

function indexed(library: Library, query: string): number[] {
  const result = searchParagraphs(library.db, { query, limit: 0 });
  const ids = result.hits.map((h) => h.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(result.total).toBe(ids.length);
  return ids.sort((a, b) => a - b);
}

function queriesFrom(library: Library, lengths: number[], seed: number): string[] {
  const random = seededRandom(seed);
  const texts = library.db.prepare('SELECT text FROM paragraphs WHERE deleted_at IS NULL').pluck().all() as string[];
  const queries: string[] = [];
  for (const length of lengths) {
    for (let i = 0; i < 12; i++) {
      const text = texts[Math.floor(random() * texts.length)] ?? '';
      const chars = [...text.replace(/\s/g, '')];
      const start = Math.floor(random() * Math.max(1, chars.length - length));
      queries.push(chars.slice(start, start + length).join(''));
      queries.push(randomText(random, length).replace(/\s/g, '') || '意');
    }
  }
  return queries.filter(Boolean);
}

describe('search follows the matching rule exactly', () => {
  const library = openLibrary(tempLibraryPath());
  fillLibrary(library, 600);

  it.each([1, 2, 3, 8])('for %i-character queries', (length) => {
    for (const query of queriesFrom(library, [length], length * 31)) expect(indexed(library, query), query).toEqual(scan(library, query));
  });

  it('for multi-term queries, Latin letters in either case and width, and digits', () => {
    const queries = ['意识 责任', '舆情 a', 'b', 'B', 'ｂ', 'A', 'Ａ', 'x', 'XX', '1', '12', '0', '０', '（一', '“', '， 。 、', 'q 意 1'];
    for (const query of queries) expect(indexed(library, query), query).toEqual(scan(library, query));
  });

  it('finds one- and two-character Chinese queries, which a trigram index would miss', () => {
    expect(indexed(library, '责').length).toBeGreaterThan(200);
    expect(indexed(library, '舆情').length).toBeGreaterThan(0);
  });

  it('stays in sync after edits, trashing, restoring and deleting', () => {
    const ids = library.db.prepare('SELECT id FROM paragraphs ORDER BY id LIMIT 40').pluck().all() as number[];
    const update = library.db.prepare('UPDATE paragraphs SET text = ? WHERE id = ?');
    ids.slice(0, 10).forEach((id, i) => update.run(`改写后的段落${i}，舆情处置XX`, id));
    library.db.prepare(`UPDATE paragraphs SET deleted_at = '2024-02-01' WHERE id IN (${ids.slice(10, 20).join(',')})`).run();
    library.db.prepare(`DELETE FROM paragraphs WHERE id IN (${ids.slice(20, 30).join(',')})`).run();
    library.db.prepare(`UPDATE paragraphs SET deleted_at = NULL WHERE id IN (${ids.slice(10, 15).join(',')})`).run();
    for (const query of ['改写', '舆情处置', 'xx', '责', ...queriesFrom(library, [1, 2, 3], 99)]) {
      expect(indexed(library, query), query).toEqual(scan(library, query));
    }
    expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('ranking, filters and snippets', () => {
  function library3() {
    const library = openLibrary(tempLibraryPath());
    const insert = library.db.prepare(
      'INSERT INTO paragraphs (text, norm_hash, part, favorite, use_count, tags, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    insert.run('加强舆情监测。', 'a', 'work', 0, 0, '[]', '2024-01-01', '2024-01-01');
    insert.run('舆情舆情舆情，处置舆情要快。', 'b', 'work', 0, 0, '["重点"]', '2024-01-01', '2024-01-01');
    insert.run('做好舆情应对工作。', 'c', 'plans', 1, 0, '[]', '2024-01-01', '2024-01-01');
    insert.run('做好舆情应对工作！', 'd', 'plans', 0, 5, '[]', '2024-01-01', '2024-01-01');
    insert.run('与此无关的段落。', 'e', 'problems', 0, 0, '[]', '2024-01-01', '2024-01-01');
    return library;
  }

  it('ranks by relevance, then favourites and use count', () => {
    const hits = searchParagraphs(library3().db, { query: '舆情' }).hits.map((h) => h.text);
    expect(hits[0]).toBe('舆情舆情舆情，处置舆情要快。');
    expect(hits.indexOf('做好舆情应对工作。')).toBeLessThan(hits.indexOf('做好舆情应对工作！'));
  });

  it('filters by part, tag and favourites', () => {
    const db = library3().db;
    expect(searchParagraphs(db, { query: '舆情', part: 'plans' }).total).toBe(2);
    expect(searchParagraphs(db, { query: '舆情', tag: '重点' }).hits.map((h) => h.text)).toEqual(['舆情舆情舆情，处置舆情要快。']);
    expect(searchParagraphs(db, { query: '', favorite: true }).hits.map((h) => h.text)).toEqual(['做好舆情应对工作。']);
  });

  it('marks every match in the snippet, including after width normalisation', () => {
    expect(snippetOf('开展ＱＱ群管理，qq群', queryTerms('QQ群'))).toEqual({ text: '开展ＱＱ群管理，qq群', marks: [[2, 5], [8, 11]] });
    const long = `${'前文'.repeat(60)}舆情${'后文'.repeat(60)}`;
    const snippet = snippetOf(long, ['舆情']);
    expect(snippet.text.startsWith('…')).toBe(true);
    const [start, end] = snippet.marks[0] ?? [0, 0];
    expect(snippet.text.slice(start, end)).toBe('舆情');
  });
});

describe('every hit at once', () => {
  it('returns 150,000 hits with limit 0 (the old search spread every id into one call and crashed)', { timeout: 120_000 }, () => {
    const library = openLibrary(tempLibraryPath());
    const insert = library.db.prepare("INSERT INTO paragraphs (text, norm_hash, part, created_at, updated_at) VALUES (?, ?, 'work', '2024-01-01', '2024-01-01')");
    library.db.transaction(() => {
      for (let i = 0; i < 150_000; i++) insert.run(`党${i}`, `h${i}`);
    })();
    const result = searchParagraphs(library.db, { query: '党', limit: 0 });
    expect(result.total).toBe(150_000);
    expect(result.hits.length).toBe(150_000);
    expect(new Set(result.hits.map((h) => h.id)).size).toBe(150_000);
    // Shortest first: 党0 … 党9 lead.
    expect(result.hits.slice(0, 10).map((h) => h.text).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `党${i}`));
  });
});
