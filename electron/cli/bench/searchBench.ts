import type Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { queryTerms } from '../../../shared/search/query';
import { openLibrary, paragraphTableProblems, type Library } from '../../library/open';
import { searchParagraphs, optimizeSearchIndex } from '../../library/search';
import { paragraphWriter, type ParagraphWriter } from '../../library/paragraphs';
import { quantile } from './quantile';
import { syntheticParagraph } from './syntheticParagraphs';

/** A fixed mix of 1- to 8-character queries, single and multi-term, CJK, Latin and digits. */
export const benchQueries = [
  '责', '网', '宣', '学', '舆情', '阵地', '党组', '医保', '责任制', '新媒体', '主旋律', '意识形态',
  '三审三校', '理论学习', '舆情应急处置', '主题党日活动', '政务新媒体管理', '意识形态工作责任', '宣传 阵地', '舆情 处置 医保', '第一议题', '250',
];
/** Queries that hit a large share of the library (10–100 %). */
export const broadQueries = ['党', '工作', '宣', '网', '舆情', '党组', '责任', '推进', '开展', '宣传 工作'];
/** Queries that hit a small share (under 1 %) of it. */
export const rareQueries = ['250', '处置舆情12', '纪检组围绕文旅工作', '妇委会围绕税务', '第一议题 档案', '驻村工作队围绕医保'];

/** The first page as the 段落库 panel asks for it. */
const PAGE = 100;

export interface QueryTimes {
  queries: number;
  p50Ms: number;
  p95Ms: number;
}

export interface SearchMatrix {
  unfiltered: { broad: QueryTimes; rare: QueryTimes };
  /** 部分 = 存在问题 (problems), as a writer narrows a search. */
  filtered: { broad: QueryTimes; rare: QueryTimes };
}

export interface SearchBench {
  paragraphs: number;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  scanP95Ms: number;
  speedup: number;
  /** Opening as the app does: schema and small tables checked, the rest checked in the background. */
  openMs: number;
  /** The full integrity check the app runs after start-up and before each backup. */
  fullCheckMs: number;
  /** The quick check of the paragraphs table the app runs the moment it has started. */
  paragraphCheckMs: number;
  indexBytes: number;
  textBytes: number;
  indexRatio: number;
  /** The first page (100 hits) of broad and rare queries, with and without a part filter. */
  matrix: SearchMatrix;
}

/** Adds generated paragraphs until the library holds `target` of them. */
export function fillWithSyntheticParagraphs(library: Library, target: number): void {
  const { db } = library;
  const have = (db.prepare('SELECT count(*) AS n FROM paragraphs').get() as { n: number }).n;
  const parts = ['work', 'work', 'work', 'problems', 'plans'] as const;
  db.transaction(() => {
    // Stored as import stores them; a new time stamp every thousand rows gives recency something to rank.
    let writer: ParagraphWriter | undefined;
    for (let i = have; i < target; i++) {
      if (writer === undefined || i % 1000 === 0) writer = paragraphWriter(db, new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString());
      writer.add({ text: syntheticParagraph(i), part: parts[i % parts.length] ?? 'work', headingPath: [] }, null, 0);
    }
  })();
}

const percentile = (values: number[], p: number) => quantile(values, p / 100);
const round = (n: number) => Math.round(n * 100) / 100;

/** The same question answered by a full scan, as a user without an index would: LIKE on every row. */
function scanSearch(db: Database.Database, query: string) {
  const terms = queryTerms(query);
  const where = terms.map(() => 'lower(text) LIKE ?').join(' AND ');
  const args = terms.map((t) => `%${t}%`);
  const total = db.prepare(`SELECT count(*) AS n FROM paragraphs WHERE deleted_at IS NULL AND ${where}`).get(...args);
  const hits = db
    .prepare(`SELECT id, text FROM paragraphs WHERE deleted_at IS NULL AND ${where} ORDER BY favorite DESC, use_count DESC, updated_at DESC LIMIT 50`)
    .all(...args);
  return { total, hits };
}

export function benchSearch(options: { paragraphs?: number; db?: string; rounds?: number } = {}): SearchBench {
  const target = options.paragraphs ?? 100_000;
  const dir = options.db ? null : mkdtempSync(join(tmpdir(), 'wengao-search-bench-'));
  const path = options.db ?? join(dir as string, 'library.sqlite');
  try {
    if (!existsSync(path) || options.db) {
      const library = openLibrary(path);
      const before = (library.db.prepare('SELECT count(*) AS n FROM paragraphs').get() as { n: number }).n;
      fillWithSyntheticParagraphs(library, target);
      if (before < target) optimizeSearchIndex(library.db);
      library.close();
    }
    const openStart = performance.now();
    const library = openLibrary(path, { integrity: 'fast' });
    const openMs = performance.now() - openStart;
    const { db } = library;
    const checkStart = performance.now();
    db.pragma('integrity_check');
    const fullCheckMs = performance.now() - checkStart;
    const paragraphCheckStart = performance.now();
    paragraphTableProblems(db);
    const paragraphCheckMs = performance.now() - paragraphCheckStart;
    const paragraphs = (db.prepare('SELECT count(*) AS n FROM paragraphs WHERE deleted_at IS NULL').get() as { n: number }).n;

    for (const q of benchQueries) searchParagraphs(db, { query: q, limit: PAGE });
    const rounds = options.rounds ?? 10;
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const query of benchQueries) {
        const start = performance.now();
        searchParagraphs(db, { query, limit: PAGE });
        times.push(performance.now() - start);
      }
    }
    const timed = (queries: readonly string[], filter: { part?: 'problems' }): QueryTimes => {
      for (const query of queries) searchParagraphs(db, { query, limit: PAGE, ...filter });
      const all: number[] = [];
      for (let r = 0; r < rounds; r++) {
        for (const query of queries) {
          const start = performance.now();
          searchParagraphs(db, { query, limit: PAGE, ...filter });
          all.push(performance.now() - start);
        }
      }
      return { queries: all.length, p50Ms: round(percentile(all, 50)), p95Ms: round(percentile(all, 95)) };
    };
    const matrix: SearchMatrix = {
      unfiltered: { broad: timed(broadQueries, {}), rare: timed(rareQueries, {}) },
      filtered: { broad: timed(broadQueries, { part: 'problems' }), rare: timed(rareQueries, { part: 'problems' }) },
    };
    const scanTimes: number[] = [];
    // A scan of a million paragraphs takes seconds: one round is enough to compare.
    for (let r = 0; r < (paragraphs > 300_000 ? 1 : Math.max(2, Math.floor(rounds / 3))); r++) {
      for (const query of benchQueries) {
        const start = performance.now();
        scanSearch(db, query);
        scanTimes.push(performance.now() - start);
      }
    }
    const size = (name: string) =>
      (db.prepare('SELECT coalesce(sum(pgsize), 0) AS s FROM dbstat WHERE name LIKE ?').get(name) as { s: number }).s;
    const indexBytes = size('paragraph_fts%');
    const textBytes = (db.prepare('SELECT sum(length(CAST(text AS BLOB))) AS s FROM paragraphs').get() as { s: number }).s;
    library.close();
    const p95 = percentile(times, 95);
    const scanP95 = percentile(scanTimes, 95);
    return {
      paragraphs,
      queries: times.length,
      p50Ms: round(percentile(times, 50)),
      p95Ms: round(p95),
      scanP95Ms: round(scanP95),
      speedup: round(scanP95 / p95),
      openMs: round(openMs),
      fullCheckMs: round(fullCheckMs),
      paragraphCheckMs: round(paragraphCheckMs),
      indexBytes,
      textBytes,
      indexRatio: round(indexBytes / textBytes),
      matrix,
    };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
