import { assignParts, partStep } from '../genre/classify';
import { inlineText, type ReportDocument } from './document';
import type { Part } from './parts';

/**
 * Which part (work / problems / plans) each block of a document belongs to, by the parser's own rules
 * (genre README §3): headings that announce a part, paragraphs that turn to plans or problems.
 */
export function documentParts(doc: ReportDocument): Part[] {
  return assignParts(
    doc.blocks.map((block) =>
      partStep(block.kind === 'heading' ? { type: 'heading', level: block.level, text: inlineText(block.inlines) } : { type: block.kind, text: block.kind === 'table' ? '' : inlineText(block.inlines) }),
    ),
  );
}
