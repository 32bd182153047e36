import type { HeadingLevel } from '../ipc/library';
import { numberHeadings } from './numbering';
import type { ReportFormat } from './reportFormat';

export type { ReportFormat } from './reportFormat';

/**
 * The report as export, checks and the editor's outline see it: a list of blocks in GB/T 9704 terms.
 * It is built from the editor's saved JSON (documentFromLexical) or from a parsed report
 * (documentFromReport), so a draft and an opened file export through the same code.
 */

/** A piece of text; `field` marks a placeholder still waiting to be filled in. */
export interface Inline {
  text: string;
  field?: true;
  /** What a field stood for before (续写: last year's figure, `上年：36次`), shown with it. */
  hint?: string;
  /** A year 续写 moved on: the year it was (`2025` where the text now says `2026`). */
  was?: string;
}

export type TextBlockKind = 'title' | 'addressee' | 'paragraph' | 'closing' | 'attachment' | 'signature' | 'date';

export type DocBlock =
  | {
      kind: TextBlockKind;
      inlines: Inline[];
      /** 沿用上年: a body paragraph 续写 carried over from last year's report, not edited since. */
      carried?: true;
    }
  | {
      kind: 'heading';
      level: HeadingLevel;
      /** Computed from position, like the editor shows it (一、（一）1.（1）). */
      number: string;
      /** Printed at the start of the next paragraph, followed by 。 */
      runIn: boolean;
      /** The number as typed in an opened file (`四、` where 三、 was meant), for the numbering check. */
      written?: string;
      inlines: Inline[];
    }
  | { kind: 'table'; rows: string[][] };


export interface ReportDocument {
  blocks: DocBlock[];
  format?: ReportFormat;
}

/** A heading before numbering: the converters fill in `number` through `numbered`. */
export type UnnumberedBlock = Exclude<DocBlock, { kind: 'heading' }> | (Omit<Extract<DocBlock, { kind: 'heading' }>, 'number'>);

/** Numbers the headings by position, so a document numbers exactly as the editor displays it. */
export function numbered(blocks: readonly UnnumberedBlock[]): ReportDocument {
  const levels = blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : []));
  const numbers = numberHeadings(levels);
  let next = 0;
  return {
    blocks: blocks.map((b) => (b.kind === 'heading' ? { ...b, number: numbers[next++] ?? '' } : b)),
  };
}

export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => i.text).join('');
}

/** A block's printed text without its number (tables: cells joined by tabs, rows by line breaks). */
export function blockText(block: DocBlock): string {
  return block.kind === 'table' ? block.rows.map((row) => row.join('\t')).join('\n') : inlineText(block.inlines);
}

/** Ends a run-in heading with 。 unless it already ends with a full stop, question mark or colon. */
export function runInHeadingText(text: string): string {
  return /[。？！：:.?!]$/u.test(text) ? text : `${text}。`;
}

/** `2024年01月05日` → `2024年1月5日`: GB/T 9704 writes dates in Arabic numerals without leading zeros. */
export function withoutLeadingZeros(date: string): string {
  return date.replace(/(\d{4})\s*年\s*0*(\d{1,2})\s*月\s*0*(\d{1,2})\s*日/gu, '$1年$2月$3日');
}

/** Unfilled placeholders in reading order, with the block they sit in (for 导出前 warnings). */
export function unfilledFields(doc: ReportDocument): { block: number; text: string; before: string; after: string }[] {
  const found: { block: number; text: string; before: string; after: string }[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'table') return;
    let at = 0;
    const whole = inlineText(block.inlines);
    for (const inline of block.inlines) {
      if (inline.field) {
        found.push({
          block: index,
          text: inline.text,
          before: whole.slice(Math.max(0, at - 12), at),
          after: whole.slice(at + inline.text.length, at + inline.text.length + 12),
        });
      }
      at += inline.text.length;
    }
  });
  return found;
}
