import { $createParagraphNode, $createTextNode, type ElementNode, type LexicalNode, type ParagraphNode } from 'lexical';
import { documentFromReport, inlinesWithFields } from '../../shared/model/documentFromReport';
import type { Inline, ReportDocument, TextBlockKind } from '../../shared/model/document';
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
import { $createYearChangeNode } from './nodes/YearChangeNode';

/** Text as editor nodes, with every placeholder (genre README §4) as a fill-in field. */
export function $textWithFields(text: string): LexicalNode[] {
  return inlinesWithFields(text).map((inline) => (inline.field ? $createFieldNode(inline.text) : $createTextNode(inline.text)));
}

export function $paragraphWithFields(text: string): ParagraphNode {
  return $createParagraphNode().append(...$textWithFields(text));
}

const textNodes: Record<TextBlockKind, () => ElementNode> = {
  title: $createTitleNode,
  addressee: $createAddresseeNode,
  paragraph: $createParagraphNode,
  closing: $createClosingNode,
  attachment: $createAttachmentNode,
  signature: $createSignatureNode,
  date: $createDateNode,
};

const $inlines = (inlines: readonly Inline[]): LexicalNode[] =>
  inlines.map((inline) =>
    inline.field ? $createFieldNode(inline.text, inline.text, inline.hint) : inline.was ? $createYearChangeNode(inline.text, inline.was) : $createTextNode(inline.text),
  );

/**
 * A report document as editor blocks, one top-level node per block: numbered headings (the numbers
 * are the editor's own, computed from position; run-in headings stay run-in), tables as tables, and
 * every text block as its node with its fields.
 */
export function $blocksFromDocument(doc: ReportDocument): LexicalNode[] {
  return doc.blocks.map((block) => {
    if (block.kind === 'heading') return $createReportHeadingNode(block.level).setRunIn(block.runIn).append(...$inlines(block.inlines));
    if (block.kind === 'table') return $createReportTableNode(block.rows);
    return textNodes[block.kind]().append(...$inlines(block.inlines));
  });
}

/**
 * A parsed file (打开, paste) as editor blocks, by the one path every report takes: parsed report →
 * report document → editor nodes.
 */
export function $blocksFromReport(report: ParsedReport): LexicalNode[] {
  return $blocksFromDocument(documentFromReport(report));
}
