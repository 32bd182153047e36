import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findCopies, optimizeCopyIndex } from '../../library/copies';
import { openLibrary } from '../../library/open';
import { paragraphWriter } from '../../library/paragraphs';
import { insertSource } from '../../library/sources';
import { quantile } from './quantile';
import { syntheticParagraph } from './syntheticParagraphs';

export interface CopyBench {
  paragraphs: number;
  draftCharacters: number;
  draftParagraphs: number;
  copiedSentences: number;
  fullP50Ms: number;
  fullP95Ms: number;
  oneParagraphP50Ms: number;
  oneParagraphP95Ms: number;
  textBytes: number;
  indexBytes: number;
  /** The index's size over the paragraphs' text (target ≤ 1). */
  indexRatio: number;
  /** The library file with the index over the same file without it. */
  fileGrowthRatio: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * 查重 against a library of `paragraphs` web-sample paragraphs: a 10,000-character draft checked in
 * full, and one paragraph of it checked after an edit (what the 检查 tab asks after a keystroke).
 * A third of the draft's paragraphs are taken from the library, the rest are new.
 */
export function benchCopies(options: { paragraphs?: number; rounds?: number } = {}): CopyBench {
  const target = options.paragraphs ?? 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'wengao-copy-bench-'));
  try {
    const library = openLibrary(join(dir, 'library.sqlite'));
    const { db } = library;
    const now = '2026-01-01T00:00:00.000Z';
    db.transaction(() => {
      const source = insertSource(db, { fileName: 'samples.txt', kind: 'txt', contentHash: 'bench', title: '网上范文合集', year: 2025, issuer: null, encoding: null, removedCount: 1, origin: 'sample' }, now);
      const writer = paragraphWriter(db, now);
      for (let i = 0; i < target; i++) writer.add({ text: syntheticParagraph(i), part: 'work', headingPath: [] }, source, i);
    })();
    optimizeCopyIndex(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const size = (name: string) => (db.prepare('SELECT coalesce(sum(pgsize), 0) AS s FROM dbstat WHERE name LIKE ?').get(name) as { s: number }).s;
    const indexBytes = size('paragraph_copies%');
    const textBytes = (db.prepare('SELECT sum(length(CAST(text AS BLOB))) AS s FROM paragraphs').get() as { s: number }).s;
    const fileBytes = statSync(join(dir, 'library.sqlite')).size;

    const draft: string[] = [];
    for (let i = 0, chars = 0; chars < 10_000; i++) {
      const text = i % 3 === 0 ? syntheticParagraph((i * 7717) % target) : syntheticParagraph(target + 10_000 + i);
      draft.push(text);
      chars += text.length;
    }
    const draftCharacters = draft.reduce((n, p) => n + p.length, 0);
    const rounds = options.rounds ?? 10;
    let copiedSentences = 0;
    const full: number[] = [];
    for (let r = 0; r < rounds + 1; r++) {
      const start = performance.now();
      copiedSentences = findCopies(db, draft).length;
      if (r > 0) full.push(performance.now() - start);
    }
    const one: number[] = [];
    for (let r = 0; r < rounds * 5; r++) {
      const at = (r * 13) % draft.length;
      const edited = `${draft[at] ?? ''}新增一句第${r}次修改的内容。`;
      const start = performance.now();
      findCopies(db, [edited]);
      one.push(performance.now() - start);
    }
    // The same library without the index, to say what it adds to the file.
    db.exec('DROP TRIGGER paragraph_copies_insert; DROP TRIGGER paragraph_copies_delete; DROP TRIGGER paragraph_copies_update; DROP TABLE paragraph_copies');
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const withoutIndex = statSync(join(dir, 'library.sqlite')).size;
    library.close();
    return {
      paragraphs: target,
      draftCharacters,
      draftParagraphs: draft.length,
      copiedSentences,
      fullP50Ms: round(quantile(full, 0.5)),
      fullP95Ms: round(quantile(full, 0.95)),
      oneParagraphP50Ms: round(quantile(one, 0.5)),
      oneParagraphP95Ms: round(quantile(one, 0.95)),
      textBytes,
      indexBytes,
      indexRatio: round(indexBytes / textBytes),
      fileGrowthRatio: round((fileBytes - withoutIndex) / textBytes),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
