import { moveHeadingEnd } from '../../../shared/genre/boundary';
import type { ImportSource } from '../../../shared/ipc/contract';
import type { SourceOrigin } from '../../../shared/ipc/copies';
import type { LineLabel } from '../../../shared/genre/grammar/labelLines';
import type { ImportCommitResult, ImportPreview, LearnedLine, LineCorrection, LineLabelName } from '../../../shared/ipc/import';
import { learnedCorrections, rememberLines } from '../../library/learnedLines';
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
  // What earlier imports taught comes first; what the user says in this preview wins over it.
  const learned = learnedCorrections(library.db);
  const batch = new Map(corrections.map((c) => [c.shape, c.label] as const));
  const merged = new Map<string, LineLabelName>([...learned, ...batch]);
  const analysed = await parser.analyse(source, merged.size > 0 ? { corrections: merged } : {}, jobId);
  const lines = analysed.report.lineLabels ?? [];
  const held: AnalysedReport = {
    ...analysed,
    learnedShapes: [...new Set(lines.filter((l) => l.corrected && learned.has(l.shape) && !batch.has(l.shape)).map((l) => l.shape))],
    teach: linesToLearn(lines, batch),
  };
  return describePreview(library, previews.hold(held), held);
}

/** The lines of this file the user corrected to 网站内容 or 报告正文, one per shape: what the commit teaches the library. */
function linesToLearn(lines: readonly LineLabel[], batch: ReadonlyMap<string, LineLabelName>): Omit<LearnedLine, 'learnedAt'>[] {
  const site = siteOf(lines);
  const taught = new Map<string, Omit<LearnedLine, 'learnedAt'>>();
  for (const line of lines) {
    const label = batch.get(line.shape);
    if (!line.corrected || (label !== 'chrome' && label !== 'body') || taught.has(line.shape) || line.shape === '') continue;
    taught.set(line.shape, { shape: line.shape, label, example: line.text.slice(0, 200), ...(site ? { site } : {}) });
  }
  return [...taught.values()];
}

/** The site a downloaded page names (its address in a footer or a source line), for the list of learned lines. */
function siteOf(lines: readonly LineLabel[]): string | undefined {
  for (const line of lines) {
    const host = /(?:https?:\/\/)?((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org)(?:\.cn)?)\b/iu.exec(line.text)?.[1];
    if (host) return host.toLowerCase();
  }
  return undefined;
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
    lines: (report.lineLabels ?? []).map(({ text, label, reason, shape, corrected }) => ({
      text,
      label,
      reason,
      shape,
      ...(corrected ? { corrected: true } : {}),
      ...(corrected && analysed.learnedShapes?.includes(shape) ? { learned: true } : {}),
    })),
    ...(report.converted ? { converted: true } : {}),
    ...(report.review ? { review: report.review } : {}),
  };
}

/** Stores the previewed report without the unticked paragraphs; it is then no longer held. */
export function commitImport(library: Library, previews: ImportPreviews, previewId: string, exclude: readonly number[], origin?: SourceOrigin): ImportCommitResult {
  const analysed = previews.get(previewId);
  const result = storeReport(library, analysed, { exclude: new Set(exclude), ...(origin ? { origin } : {}) });
  // The site's chrome (or the report text) the user pointed out is known at the next import.
  if (analysed.teach && analysed.teach.length > 0) rememberLines(library.db, analysed.teach);
  previews.discard([previewId]);
  return result;
}
