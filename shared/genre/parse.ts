import { classifyParts } from './classify';
import { TITLE_ENDINGS } from './kinds';
import { findItems } from './items';
import { headingEnd, headingMarkerAt } from './markers';
import { findPlaceholders } from './placeholders';
import { attachmentLine, closingLine, dateLine, isAddresseeLine, isShortPlain, isSignatureLine } from './roles';
import { splitOverlongHeadings } from './siblings';
import { splitRunTogether } from './split';
import { tablesFromCells } from './tables';
import type { HeadingLevel } from '../model/headingLevel';
import type { Block, ParsedReport, Removal, SourceLine } from './types';

const endsWithDocKind = new RegExp(`(?:${TITLE_ENDINGS.join('|')})$`);

function isTitleLike(text: string): boolean {
  return (
    text.length <= 80 &&
    headingMarkerAt(text) === null &&
    !/[。；;：:，,]$/.test(text) &&
    !/[。！？]/.test(text) &&
    !closingLine.test(text) &&
    !dateLine.test(text)
  );
}

/** Title: one line, or issuing body + `关于……的报告`, or a long title broken before its 文种. */
function takeTitle(texts: string[]): { text: string; lines: number } | null {
  const [first, second] = texts;
  if (first === undefined || !isTitleLike(first)) return null;
  if (second !== undefined && isTitleLike(second)) {
    const issuerThenAbout = isShortPlain(first, 30) && second.startsWith('关于');
    const wrapped = !endsWithDocKind.test(first) && endsWithDocKind.test(second) && second.length <= 40;
    if (issuerThenAbout || wrapped) return { text: first + second, lines: 2 };
  }
  return { text: first, lines: 1 };
}

/**
 * Turns cleaned lines into report blocks: title, addressee, preamble, headings (with run-in bodies
 * split off), paragraphs with their items, tables, closing, signature and date.
 */
export function parseLines(cleaned: readonly SourceLine[], removed: Removal[] = []): ParsedReport {
  const lines = tablesFromCells(splitRunTogether(cleaned));
  const blocks: Block[] = [];
  const texts = lines.map((l) => (l.kind === 'line' ? l.text : ''));
  let i = 0;

  const title = lines[0]?.kind === 'line' ? takeTitle(texts.slice(0, 2)) : null;
  if (title) {
    blocks.push({ type: 'title', text: title.text, part: 'other', source: texts.slice(0, title.lines).join('') });
    i = title.lines;
  }
  const addressee = texts[i];
  if (
    lines[i]?.kind === 'line' &&
    addressee !== undefined &&
    isAddresseeLine(addressee)
  ) {
    blocks.push({ type: 'addressee', text: addressee, part: 'other', source: addressee });
    i++;
  }

  const tail = tailStart(texts, i);
  let seenHeading = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line.kind === 'table') {
      const text = line.rows.map((row) => row.join('\t')).join('\n');
      blocks.push({ type: 'table', text, rows: line.rows, part: 'other', source: line.rows.flat().join('') });
      continue;
    }
    const text = line.text;
    if (i >= tail.closing && closingLine.test(text)) {
      blocks.push({ type: 'closing', text, part: 'other', source: text });
      continue;
    }
    if (i >= tail.date && dateLine.test(text)) {
      blocks.push({ type: 'date', text, part: 'other', source: text });
      continue;
    }
    if (i === tail.signature) {
      blocks.push({ type: 'signature', text, part: 'other', source: text });
      continue;
    }
    // 附件 lines in the tail of a report with headings, or after the date of any report.
    if (((seenHeading && i >= tail.closing) || i > tail.date) && attachmentLine.test(text)) {
      blocks.push({ type: 'attachment', text, part: 'other', source: text });
      continue;
    }
    const marker = headingMarkerAt(text);
    if (marker) {
      seenHeading = true;
      pushHeading(blocks, text, marker.level, marker.number, line.lead, line.spaced);
      if (line.guessed) {
        const heading = blocks.findLast((b) => b.type === 'heading');
        if (heading) heading.guessed = true;
      }
      continue;
    }
    blocks.push(withItems({ type: seenHeading ? 'paragraph' : 'preamble', text, part: 'other', source: text }));
  }

  splitOverlongHeadings(blocks);
  if (!seenHeading) demoteExtraPreambles(blocks);
  classifyParts(blocks);
  return { title: title?.text ?? null, blocks, placeholders: findPlaceholders(blocks), removed };
}

function pushHeading(
  blocks: Block[],
  text: string,
  level: HeadingLevel,
  number: string,
  lead?: string,
  spaced = false,
): void {
  const rest = text.slice(number.length);
  // In a .docx the emphasised lead run says exactly where a run-in heading ends.
  const leadEnd = lead && text.startsWith(lead) && lead.length > number.length ? lead.length - number.length : -1;
  const end = leadEnd > 0 ? leadEnd : headingEnd(rest, spaced);
  const headingPart = end === -1 ? rest : rest.slice(0, end);
  const afterHeading = end === -1 ? '' : rest.slice(end);
  const punctuation = /^[。：:！？!?.，,；;\s\u3000]*/u.exec(afterHeading)?.[0] ?? '';
  const body = afterHeading.slice(punctuation.length).trim();
  const headingText = headingPart.trim().replace(/[。：:！？!?.，,；;]+$/, '');
  const heading: Block = {
    type: 'heading',
    level,
    number,
    text: headingText,
    part: 'other',
    source: number + headingPart + punctuation,
  };
  if (body) heading.runIn = true;
  blocks.push(heading);
  if (body) blocks.push(withItems({ type: 'paragraph', text: body, part: 'other', source: body }));
}

function withItems(block: Block): Block {
  const items = findItems(block.text);
  if (items.length > 0) block.items = items;
  return block;
}

/** Closing, signature and date sit in the last few lines, after the body. */
function tailStart(texts: string[], bodyStart: number): { closing: number; date: number; signature: number } {
  const n = texts.length;
  const from = Math.max(bodyStart, n - 6);
  let date = -1;
  for (let j = n - 1; j >= from; j--) {
    if (dateLine.test(texts[j] ?? '')) {
      date = j;
      break;
    }
  }
  const beforeDate = date > bodyStart ? texts[date - 1] : undefined;
  const signature =
    beforeDate !== undefined && isSignatureLine(beforeDate) ? date - 1 : -1;
  return { closing: from, date: date === -1 ? n : date, signature };
}

/** Without any heading only the first paragraph is a preamble. */
function demoteExtraPreambles(blocks: Block[]): void {
  let first = true;
  for (const block of blocks) {
    if (block.type !== 'preamble') continue;
    if (!first) block.type = 'paragraph';
    first = false;
  }
}
