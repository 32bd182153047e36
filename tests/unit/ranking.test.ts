import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillWithSyntheticParagraphs } from '../../electron/cli/bench/searchBench';
import { seededRandom } from '../../electron/cli/bench/syntheticReports';
import { openLibrary, type Library } from '../../electron/library/open';
import { searchParagraphs } from '../../electron/library/search';
import { importPaths } from '../../electron/services/import/importReports';
import { tempLibraryPath } from './helpers';

/*
 * Ranking is judged against a reference scorer written here, independently of shared/search/rank.ts:
 * plain Okapi BM25 (k1 = 1.2, b = 0.75) over every live paragraph, where a term's frequency is how
 * often it occurs without overlap in the text normalised with NFKC and lower case, a paragraph's
 * length is its number of characters, and ties go to favourites, then use count (up to 31), then the
 * newest paragraph.
 */
interface Paragraph {
  id: number;
  text: string;
  favorite: number;
  useCount: number;
}

function referenceRanking(library: Library, query: string): number[] {
  const norm = (s: string) => s.normalize('NFKC').toLowerCase();
  const terms = norm(query).split(/\s+/u).filter(Boolean);
  const rows = library.db
    .prepare('SELECT id, text, favorite, use_count AS useCount FROM paragraphs WHERE deleted_at IS NULL')
    .all() as Paragraph[];
  const texts = rows.map((r) => norm(r.text));
  const count = (text: string, term: string) => text.split(term).length - 1;
  const n = rows.length;
  const average = texts.reduce((sum, t) => sum + Array.from(t).length, 0) / n;
  const idf = terms.map((term) => {
    const df = texts.filter((t) => t.includes(term)).length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });
  const scored = rows
    .map((row, i) => {
      const text = texts[i] ?? '';
      if (!terms.every((term) => text.includes(term))) return null;
      const length = Array.from(text).length;
      const score = terms.reduce((sum, term, k) => {
        const tf = count(text, term);
        return sum + ((idf[k] ?? 0) * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * length) / average));
      }, 0);
      return { id: row.id, score, favorite: row.favorite, use: Math.min(31, row.useCount) };
    })
    .filter((hit): hit is NonNullable<typeof hit> => hit !== null);
  scored.sort((a, b) => b.score - a.score || b.favorite - a.favorite || b.use - a.use || b.id - a.id);
  return scored.map((hit) => hit.id);
}

const page = (library: Library, query: string, offset: number, limit: number, filters = {}) =>
  searchParagraphs(library.db, { query, offset, limit, ...filters }).hits.map((hit) => hit.id);

/** Words that repeat across paragraphs, so that one- and two-character queries hit thousands. */
const words = ['党组', '宣传', '阵地', '舆情', '工作', '责任', '意识形态', '网络', '的', '，', '一岗双责', '落实', '管理', '党', '学习', '。'];

function randomParagraph(random: () => number): string {
  const length = 1 + Math.floor(random() * 30);
  return Array.from({ length }, () => words[Math.floor(random() * words.length)]).join('');
}

describe('every hit is ranked', () => {
  const library = openLibrary(tempLibraryPath());
  const random = seededRandom(28);
  const insert = library.db.prepare(
    "INSERT INTO paragraphs (text, norm_hash, part, favorite, use_count, created_at, updated_at) VALUES (?, ?, 'work', ?, ?, '2024-01-01', '2024-01-01')",
  );
  library.db.transaction(() => {
    for (let i = 0; i < 4000; i++) {
      insert.run(randomParagraph(random), `h${i}`, random() < 0.05 ? 1 : 0, random() < 0.1 ? Math.floor(random() * 40) : 0);
    }
  })();

  const queries = ['党', '的', '，', '工作', '宣传', '党组', '意识形态', '一岗双责', '工作责任', '意识形态网络', '宣传 阵地', '党 的 工作', '舆情 一岗双责'];

  it('gives the first pages in the reference order for broad and narrow queries', { timeout: 60_000 }, () => {
    for (const query of queries) {
      const expected = referenceRanking(library, query);
      expect(expected.length, query).toBeGreaterThan(50);
      expect(page(library, query, 0, 50), query).toEqual(expected.slice(0, 50));
      expect(page(library, query, 50, 50), query).toEqual(expected.slice(50, 100));
      expect(page(library, query, 3, 7), query).toEqual(expected.slice(3, 10));
    }
  });

  it('ranks paragraphs far older than the newest 200 hits', () => {
    // The best hit for 一岗双责 is ranked first wherever it stands in the library.
    const oldest = library.db.prepare('SELECT min(id) FROM paragraphs').pluck().get() as number;
    library.db.prepare('UPDATE paragraphs SET text = ? WHERE id = ?').run('一岗双责一岗双责一岗双责', oldest);
    expect(page(library, '一岗双责', 0, 10)[0]).toBe(oldest);
    expect(page(library, '一岗双责', 0, 10)).toEqual(referenceRanking(library, '一岗双责').slice(0, 10));
  });

  it('breaks ties by favourite, then use count, and follows a change of either', () => {
    const make = library.db.prepare(
      "INSERT INTO paragraphs (text, norm_hash, part, favorite, use_count, created_at, updated_at) VALUES (?, ?, 'work', ?, ?, '2024-01-01', '2024-01-01')",
    );
    const plain = Number(make.run('网络阵地管理工作；', 'tie-a', 0, 0).lastInsertRowid);
    const used = Number(make.run('网络阵地管理工作！', 'tie-b', 0, 3).lastInsertRowid);
    const loved = Number(make.run('网络阵地管理工作。', 'tie-c', 1, 0).lastInsertRowid);
    const order = () => page(library, '网络阵地管理', 0, 3);
    expect(order()).toEqual([loved, used, plain]);
    library.db.prepare('UPDATE paragraphs SET use_count = 5 WHERE id = ?').run(plain);
    expect(order()).toEqual([loved, plain, used]);
    library.db.prepare('UPDATE paragraphs SET favorite = 0 WHERE id = ?').run(loved);
    expect(order()).toEqual([plain, used, loved]);
  });

  it('returns every hit with limit 0, in rank order', () => {
    for (const query of ['党', '宣传 阵地']) {
      const result = searchParagraphs(library.db, { query, limit: 0 });
      expect(result.hits.map((h) => h.id)).toEqual(referenceRanking(library, query));
      expect(result.total).toBe(result.hits.length);
    }
  });
});

describe('relevance over a writer’s library', () => {
  it('puts the best paragraph first and most of the reference top 10 on the first page', async () => {
    const library = openLibrary(tempLibraryPath());
    const fixtures = join(import.meta.dirname, '..', 'fixtures');
    // The writer's own reports first, then thousands of other paragraphs.
    await importPaths(library, [join(fixtures, 'reports'), join(fixtures, 'samples'), join(fixtures, 'unit-2025.txt')]);
    const own = library.db.prepare('SELECT count(*) FROM paragraphs').pluck().get() as number;
    expect(own).toBeGreaterThan(100);
    fillWithSyntheticParagraphs(library, own + 6000);
    const queries = ['一岗双责', '意识形态工作责任制', '网络舆情', '阵地', '宣传', '党', '工作', '主体责任', '理论学习', '舆情 处置', '意识形态 阵地', '整改'];
    let answered = 0;
    let ownBest = 0;
    for (const query of queries) {
      const expected = referenceRanking(library, query);
      if (expected.length === 0) continue;
      answered++;
      // The writer's paragraphs are the oldest: a ranking over the newest hits only would miss them.
      if ((expected[0] ?? Infinity) <= own) ownBest++;
      const first = page(library, query, 0, 100);
      expect(first[0], query).toBe(expected[0]);
      const top10 = expected.slice(0, 10);
      expect(top10.filter((id) => first.includes(id)).length, query).toBeGreaterThanOrEqual(Math.min(7, top10.length));
    }
    expect(answered).toBeGreaterThanOrEqual(10);
    expect(ownBest).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
