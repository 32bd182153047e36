import type { CopyMatch } from '../ipc/copies';
import { blockText, type ReportDocument } from '../model/document';
import { findingAt } from './finding';
import { checkMessages } from './messages';
import type { BlockSummary } from './registry';
import type { BlockCopy, Finding } from './types';

const sampleName = (source: BlockCopy['source']) => source.title ?? source.fileName;

/**
 * 查重: each sentence a web sample in the library also holds is a warning naming the sample, and the
 * draft as a whole says what share of its text is the samples' (提示). The matches come from the
 * library (checks:findCopies), keyed by the text of the block they were found in.
 */
export function copyFindings(doc: ReportDocument, blocks: readonly BlockSummary[], copies: ReadonlyMap<string, readonly BlockCopy[]>): Finding[] {
  // Runs after every keystroke: a draft nothing of which was found costs nothing.
  if (copies.size === 0) return [];
  const found: Finding[] = [];
  let total = 0;
  let copied = 0;
  blocks.forEach((block, index) => {
    const kind = doc.blocks[index]?.kind;
    if (kind === 'table' || kind === 'title' || kind === 'heading') return;
    // The share counts characters as they stand, punctuation included, on both sides.
    total += block.text.length;
    for (const match of copies.get(block.text) ?? []) {
      copied += match.length;
      found.push({ ...findingAt('copied-from-sample', 'warning', block.text, match.offset, match.length, checkMessages.copiedFromSample(sampleName(match.source))), block: index });
    }
  });
  if (found.length === 0 || total === 0) return found;
  const samples = [...new Set(found.map((f) => f.message))].length;
  const percent = Math.max(1, Math.round((100 * copied) / total));
  return [{ check: 'copied-from-sample', severity: 'info', block: -1, offset: 0, length: 0, message: checkMessages.copiedShare(percent, found.length, samples), key: 'copied-from-sample' }, ...found];
}

/** The texts 查重 asks the library about: the body's paragraphs and the closing. */
export function copyQuestion(doc: ReportDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'closing' ? [blockText(b)] : []));
}

/** The library's answer keyed by the text each match was found in (every text asked has an entry). */
export function copiesByText(texts: readonly string[], matches: readonly CopyMatch[]): Map<string, BlockCopy[]> {
  const byText = new Map<string, BlockCopy[]>(texts.map((text) => [text, []]));
  for (const { paragraph, offset, length, source } of matches) {
    const text = texts[paragraph];
    if (text !== undefined) byText.get(text)?.push({ offset, length, source: { title: source.title, fileName: source.fileName } });
  }
  return byText;
}
