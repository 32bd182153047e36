import { $getSelection, $isParagraphNode, $isRangeSelection, type LexicalNode } from 'lexical';
import { findItems } from '../../shared/genre/items';
import { chineseNumeral } from '../../shared/model/numbering';
import { $textWithFields } from './blocks';
import { $isReportHeadingNode } from './nodes/ReportHeadingNode';

function $sectionBlocks(block: LexicalNode): LexicalNode[] {
  const blocks: LexicalNode[] = [];
  let start: LexicalNode = block;
  for (let previous = start.getPreviousSibling(); previous && !$isReportHeadingNode(start); previous = start.getPreviousSibling()) {
    start = previous;
  }
  for (let node: LexicalNode | null = start; node; node = node.getNextSibling()) {
    if (node !== start && $isReportHeadingNode(node)) break;
    blocks.push(node);
  }
  return blocks;
}

/** Renumbers the 一是/二是 items of the caret's section, in order, across its paragraphs. */
export function $renumberItems(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  let counter = 0;
  for (const block of $sectionBlocks(selection.anchor.getNode().getTopLevelElementOrThrow())) {
    if (!$isParagraphNode(block)) continue;
    const text = block.getTextContent();
    const items = findItems(text).filter((item) => /是$/.test(item.number));
    if (items.length === 0) continue;
    let out = '';
    let at = 0;
    for (const item of items) {
      out += `${text.slice(at, item.offset)}${chineseNumeral(++counter)}是`;
      at = item.offset + item.number.length;
    }
    out += text.slice(at);
    if (out !== text) {
      block.clear();
      block.append(...$textWithFields(out));
    }
  }
  return true;
}

