import { minePhrases, PROPOSALS_PER_REPORT, proposePhrases, RECURRING_PER_REPORT } from '../../../shared/genre/phrases';
import { headingPaths, skeletonOf } from '../../../shared/genre/skeleton';
import type { Block } from '../../../shared/genre/types';
import type { Library } from '../../library/open';
import { paragraphWriter } from '../../library/paragraphs';
import { addMinedPhrases, phraseTexts } from '../../library/phrases';
import { findSourceByHash, insertSource } from '../../library/sources';
import { addSkeleton } from '../../library/skeletons';
import type { AnalysedReport } from './analyse';
import type { SourceOrigin } from '../../../shared/ipc/copies';

export interface StoreResult {
  status: 'added' | 'present';
  sourceId: number;
  paragraphs: number;
  duplicates: number;
  phrases: number;
}

/** Blocks worth keeping as reusable paragraphs: preambles and body paragraphs. */
export function isHarvested(block: Block): boolean {
  return block.type === 'paragraph' || block.type === 'preamble';
}


/** A file the cleaner removed site noise from was most likely downloaded: a sample, unless the user says otherwise. */
export function defaultOrigin(analysed: Pick<AnalysedReport, 'report'>): SourceOrigin {
  return analysed.report.removed.length > 0 ? 'sample' : 'own';
}

/**
 * Stores one analysed report in a single transaction: its source, its clean paragraphs (identical
 * ones gain this source instead of a second copy), its skeleton and its mined phrases. `exclude`
 * holds indices of blocks the user unticked in the preview. A file already imported adds nothing.
 */
export function storeReport(
  library: Library,
  analysed: AnalysedReport,
  options: { exclude?: ReadonlySet<number>; now?: string; origin?: SourceOrigin } = {},
): StoreResult {
  const now = options.now ?? new Date().toISOString();
  const { db } = library;
  return db.transaction((): StoreResult => {
    const present = findSourceByHash(db, analysed.contentHash);
    if (present) return { status: 'present', sourceId: present.id, paragraphs: 0, duplicates: 0, phrases: 0 };

    const { report } = analysed;
    const sourceId = insertSource(
      db,
      {
        fileName: analysed.name,
        kind: analysed.kind,
        contentHash: analysed.contentHash,
        title: report.title,
        year: analysed.year,
        issuer: analysed.issuer,
        encoding: analysed.encoding,
        removedCount: report.removed.length,
        origin: options.origin ?? defaultOrigin(analysed),
        report,
      },
      now,
    );
    const writer = paragraphWriter(db, now);
    const paths = headingPaths(report.blocks);
    let paragraphs = 0;
    let duplicates = 0;
    report.blocks.forEach((block, index) => {
      if (!isHarvested(block) || options.exclude?.has(index)) return;
      const added = writer.add(
        { text: block.text, part: block.part, headingPath: paths[index] ?? [] },
        sourceId,
        index,
      );
      if (added) paragraphs++;
      else duplicates++;
    });

    const headings = skeletonOf(report.blocks);
    if (headings.length > 0) {
      addSkeleton(db, { name: report.title ?? analysed.name, docType: analysed.docType, headings, sourceId }, now);
    }
    const quoted = minePhrases([report.blocks]).filter((c) => c.kind === 'quoted');
    const phrases = addMinedPhrases(db, proposePhrases(quoted, phraseTexts(db), PROPOSALS_PER_REPORT), now);
    return { status: 'added', sourceId, paragraphs, duplicates, phrases };
  }).immediate();
}

/**
 * Clauses that recur across the reports of one import batch become phrases too. Reads the stored
 * paragraphs back, so the desktop app (one call per file) and the CLI (one call per batch) agree.
 */
export function storeRecurringPhrases(library: Library, sourceIds: readonly number[], now = new Date().toISOString()): number {
  if (sourceIds.length < 2) return 0;
  const paragraphsOf = library.db.prepare<[number], { text: string }>(
    `SELECT p.text FROM paragraphs p JOIN paragraph_sources ps ON ps.paragraph_id = p.id
      WHERE ps.source_id = ? ORDER BY ps.position`,
  );
  const reports = sourceIds.map((id) =>
    paragraphsOf.all(id).map((row): Block => ({ type: 'paragraph', text: row.text, part: 'other', source: row.text })),
  );
  const recurring = minePhrases(reports).filter((c) => c.kind !== 'quoted');
  return library.db.transaction(() => addMinedPhrases(library.db, proposePhrases(recurring, phraseTexts(library.db), RECURRING_PER_REPORT * reports.length), now)).immediate();
}
