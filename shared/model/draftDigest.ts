import { blockText, type ReportDocument } from './document';
import { documentFromLexical } from './documentFromLexical';
import { countWords } from './wordCount';

export interface DraftDigest {
  /** The first line of text after the title: what the 文稿 list shows under the draft's name. */
  firstLine: string;
  words: number;
  /** The draft's text, a paragraph a line, for a version's preview. */
  text: string;
}

const FIRST_LINE_CHARS = 60;

function textOf(doc: ReportDocument): string[] {
  return doc.blocks.map((block) => (block.kind === 'heading' ? `${block.number}${blockText(block)}` : blockText(block))).filter((t) => t.trim() !== '');
}

/** What a saved draft says, in short; a draft that cannot be read digests to nothing. */
export function draftDigest(content: string): DraftDigest {
  let doc: ReportDocument;
  try {
    doc = documentFromLexical(content);
  } catch {
    return { firstLine: '', words: 0, text: '' };
  }
  const lines = textOf(doc);
  const afterTitle = doc.blocks[0]?.kind === 'title' ? lines.slice(1) : lines;
  const firstLine = (afterTitle[0] ?? '').slice(0, FIRST_LINE_CHARS);
  // Counted as the status bar counts: heading numbers are computed, not typed, so Word skips them.
  const words = countWords(doc.blocks.map(blockText).join(''));
  return { firstLine, words, text: lines.join('\n') };
}
