import { $createParagraphNode, $createTextNode, type LexicalNode, type ParagraphNode } from 'lexical';
import { inlinesWithFields } from '../../shared/model/documentFromReport';
import type { ParsedReport } from '../../shared/genre/types';
import { $createAddresseeNode } from './nodes/AddresseeNode';
import { $createAttachmentNode } from './nodes/AttachmentNode';
import { $createClosingNode } from './nodes/ClosingNode';
import { $createDateNode } from './nodes/DateNode';
import { $createFieldNode } from './nodes/FieldNode';
import { $createReportHeadingNode } from './nodes/ReportHeadingNode';
import { $createReportTableNode } from './nodes/ReportTableNode';
import { $createSignatureNode } from './nodes/SignatureNode';
import { $createTitleNode } from './nodes/TitleNode';

/** Text as editor nodes, with every placeholder (GENRE.md §4) as a fill-in field. */
export function $textWithFields(text: string): LexicalNode[] {
  return inlinesWithFields(text).map((inline) => (inline.field ? $createFieldNode(inline.text) : $createTextNode(inline.text)));
}

export function $paragraphWithFields(text: string): ParagraphNode {
  return $createParagraphNode().append(...$textWithFields(text));
}

/**
 * A parsed report as editor blocks: the title, numbered headings (numbers are recomputed, so the
 * typed ones are dropped; run-in headings stay run-in), addressee, closing, signature and date, tables
 * as tables, and every other block as a body paragraph with its fields.
 */
export function $blocksFromReport(report: ParsedReport): LexicalNode[] {
  return report.blocks.map((block) => {
    if (block.type === 'title') return $createTitleNode().append(...$textWithFields(block.text));
    if (block.type === 'heading' && block.level) {
      return $createReportHeadingNode(block.level).setRunIn(block.runIn ?? false).append(...$textWithFields(block.text));
    }
    if (block.type === 'addressee') return $createAddresseeNode().append(...$textWithFields(block.text));
    if (block.type === 'closing') return $createClosingNode().append(...$textWithFields(block.text));
    if (block.type === 'attachment') return $createAttachmentNode().append(...$textWithFields(block.text));
    if (block.type === 'signature') return $createSignatureNode().append(...$textWithFields(block.text));
    if (block.type === 'date') return $createDateNode().append(...$textWithFields(block.text));
    if (block.type === 'table') return $createReportTableNode(block.rows ?? []);
    return $paragraphWithFields(block.text);
  });
}
