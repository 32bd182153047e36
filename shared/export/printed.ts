import { inlineText, runInHeadingText, withoutLeadingZeros, type DocBlock, type ReportDocument } from '../model/document';
import type { HeadingLevel } from '../ipc/library';

/**
 * The report as it prints: one entry per printed paragraph. A run-in heading and the paragraph after
 * it become one paragraph whose `heading` part is set in the heading's font; dates lose leading zeros.
 * The .docx, plain-text and HTML exports all print from this list.
 */
export type PrintedParagraph =
  | { role: 'title'; text: string }
  | { role: 'heading'; level: HeadingLevel; heading: string; text: string }
  | { role: 'body' | 'addressee' | 'closing' | 'attachment' | 'signature' | 'date'; text: string; heading?: { level: HeadingLevel; text: string } }
  | { role: 'table'; rows: string[][] };

export function printedParagraphs(doc: ReportDocument): PrintedParagraph[] {
  return printedWithBlocks(doc).map((p) => p.paragraph);
}

/** Each printed paragraph with the index of the document block it starts at (the page view finds it on screen). */
export function printedWithBlocks(doc: ReportDocument): { paragraph: PrintedParagraph; block: number }[] {
  const out: { paragraph: PrintedParagraph; block: number }[] = [];
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as DocBlock;
    const at = i;
    const push = (paragraph: PrintedParagraph) => out.push({ paragraph, block: at });
    if (block.kind === 'table') push({ role: 'table', rows: block.rows });
    else if (block.kind === 'heading') {
      const next = blocks[i + 1];
      const text = inlineText(block.inlines);
      if (block.runIn && next?.kind === 'paragraph') {
        push({ role: 'body', heading: { level: block.level, text: `${block.number}${runInHeadingText(text)}` }, text: inlineText(next.inlines) });
        i++;
      } else push({ role: 'heading', level: block.level, heading: block.number, text });
    } else if (block.kind === 'title') push({ role: 'title', text: inlineText(block.inlines) });
    else if (block.kind === 'date') push({ role: 'date', text: withoutLeadingZeros(inlineText(block.inlines)) });
    else push({ role: block.kind === 'paragraph' ? 'body' : block.kind, text: inlineText(block.inlines) });
  }
  return out;
}
