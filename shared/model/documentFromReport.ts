import { placeholdersIn } from '../genre/placeholders';
import type { Block, ParsedReport } from '../genre/types';
import { numbered, type Inline, type ReportDocument, type TextBlockKind, type UnnumberedBlock } from './document';

/** Text with every placeholder (genre README §4) as a field, as the editor shows it. */
export function inlinesWithFields(text: string): Inline[] {
  const inlines: Inline[] = [];
  let at = 0;
  for (const p of placeholdersIn(text)) {
    if (p.offset > at) inlines.push({ text: text.slice(at, p.offset) });
    inlines.push({ text: p.text, field: true });
    at = p.offset + p.text.length;
  }
  if (at < text.length) inlines.push({ text: text.slice(at) });
  return inlines;
}

const textKinds: Record<Exclude<Block['type'], 'heading' | 'table'>, TextBlockKind> = {
  title: 'title',
  addressee: 'addressee',
  preamble: 'paragraph',
  paragraph: 'paragraph',
  closing: 'closing',
  attachment: 'attachment',
  signature: 'signature',
  date: 'date',
};

/** A parsed .txt/.docx as a report document: headings renumbered by position, tables kept as tables. */
export function documentFromReport(report: ParsedReport): ReportDocument {
  const blocks = report.blocks.map((block): UnnumberedBlock => {
    if (block.type === 'heading' && block.level) {
      return {
        kind: 'heading',
        level: block.level,
        runIn: (block.runIn ?? false) && block.level > 1,
        inlines: inlinesWithFields(block.text),
        ...(block.number ? { written: block.number } : {}),
      };
    }
    if (block.type === 'table') return { kind: 'table', rows: block.rows ?? [] };
    return { kind: block.type === 'heading' ? 'paragraph' : textKinds[block.type], inlines: inlinesWithFields(block.text) };
  });
  return numbered(blocks);
}
