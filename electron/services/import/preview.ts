import { moveHeadingEnd } from '../../../shared/genre/boundary';
import type { ImportSource } from '../../../shared/ipc/contract';
import type { SourceOrigin } from '../../../shared/ipc/copies';
import type { ImportCommitResult, ImportPreview, LineCorrection } from '../../../shared/ipc/import';
import type { Library } from '../../library/open';
import { findSourceByHash } from '../../library/sources';
import type { ReportParser } from '../parse/parser';
import type { AnalysedReport } from './analyse';
import { ImportError } from './errors';
import type { ImportPreviews } from './previews';
import { defaultOrigin, isHarvested, storeReport } from './store';

/** What the import dialog shows before anything is stored; the parsed report is held for the commit. */
export async function previewImport(
  library: Library,
  previews: ImportPreviews,
  parser: ReportParser,
  source: ImportSource,
  jobId?: string,
  corrections: readonly LineCorrection[] = [],
): Promise<ImportPreview> {
  const options = corrections.length > 0 ? { corrections: new Map(corrections.map((c) => [c.shape, c.label] as const)) } : {};
  const analysed = await parser.analyse(source, options, jobId);
  return describePreview(library, previews.hold(analysed), analysed);
}

/**
 * The user moved the end of a heading whose end was guessed (标题结束处前移/后移一字): the held report
 * changes and the preview is shown again, under the same id (which paragraphs were unticked stays valid:
 * no block is added or removed).
 */
export function moveBoundary(library: Library, previews: ImportPreviews, previewId: string, block: number, shift: number): ImportPreview {
  const analysed = previews.get(previewId);
  const report = moveHeadingEnd(analysed.report, block, shift);
  if (!report) throw new ImportError('NOT_GUESSED');
  const moved = { ...analysed, report };
  previews.replace(previewId, moved);
  return describePreview(library, previewId, moved);
}

function describePreview(library: Library, previewId: string, analysed: AnalysedReport): ImportPreview {
  const { report } = analysed;
  return {
    previewId,
    name: analysed.name,
    kind: analysed.kind,
    title: report.title,
    encoding: analysed.encoding,
    ...(report.replacedBytes ? { replacedBytes: report.replacedBytes } : {}),
    ...(report.garbled ? { garbled: true } : {}),
    year: analysed.year,
    issuer: analysed.issuer,
    alreadyPresent: findSourceByHash(library.db, analysed.contentHash) !== undefined,
    origin: defaultOrigin(analysed),
    blocks: report.blocks.map((block, index) => ({
      index,
      type: block.type,
      ...(block.level ? { level: block.level, number: block.number ?? '' } : {}),
      text: block.text,
      part: block.part,
      ...(block.runIn ? { runIn: true } : {}),
      ...(block.guessed ? { guessed: true } : {}),
      harvested: isHarvested(block),
      placeholders: report.placeholders.filter((p) => p.block === index).map((p) => ({ offset: p.offset, length: p.text.length })),
      ...(block.items ? { items: block.items.map(({ number, lead }) => ({ number, lead })) } : {}),
    })),
    removed: report.removed.map(({ reason, text }) => ({ reason, text })),
    placeholderCount: report.placeholders.length,
    lines: (report.lineLabels ?? []).map(({ text, label, reason, shape, corrected }) => ({ text, label, reason, shape, ...(corrected ? { corrected: true } : {}) })),
    ...(report.converted ? { converted: true } : {}),
  };
}

/** Stores the previewed report without the unticked paragraphs; it is then no longer held. */
export function commitImport(library: Library, previews: ImportPreviews, previewId: string, exclude: readonly number[], origin?: SourceOrigin): ImportCommitResult {
  const result = storeReport(library, previews.get(previewId), { exclude: new Set(exclude), ...(origin ? { origin } : {}) });
  previews.discard([previewId]);
  return result;
}
