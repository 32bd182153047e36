import type { ImportSource } from '../../../shared/ipc/contract';
import type { ImportCommitResult, ImportPreview } from '../../../shared/ipc/import';
import type { Library } from '../../library/open';
import { findSourceByHash } from '../../library/sources';
import type { ReportParser } from '../parse/parser';
import type { ImportPreviews } from './previews';
import { isHarvested, storeReport } from './store';

/** What the import dialog shows before anything is stored; the parsed report is held for the commit. */
export async function previewImport(
  library: Library,
  previews: ImportPreviews,
  parser: ReportParser,
  source: ImportSource,
  jobId?: string,
): Promise<ImportPreview> {
  const analysed = await parser.analyse(source, {}, jobId);
  const { report } = analysed;
  return {
    previewId: previews.hold(analysed),
    name: analysed.name,
    kind: analysed.kind,
    title: report.title,
    encoding: analysed.encoding,
    ...(report.replacedBytes ? { replacedBytes: report.replacedBytes } : {}),
    ...(report.garbled ? { garbled: true } : {}),
    year: analysed.year,
    issuer: analysed.issuer,
    alreadyPresent: findSourceByHash(library.db, analysed.contentHash) !== undefined,
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
  };
}

/** Stores the previewed report without the unticked paragraphs; it is then no longer held. */
export function commitImport(library: Library, previews: ImportPreviews, previewId: string, exclude: readonly number[]): ImportCommitResult {
  const result = storeReport(library, previews.get(previewId), { exclude: new Set(exclude) });
  previews.discard([previewId]);
  return result;
}
