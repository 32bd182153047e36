import type { HeadingLevel } from '../ipc/library';
import type { Part } from '../model/parts';
import type { LineLabel } from './grammar/labelLines';

export type BlockType =
  | 'title'
  | 'addressee'
  | 'preamble'
  | 'heading'
  | 'paragraph'
  | 'table'
  | 'closing'
  | 'attachment'
  | 'signature'
  | 'date';

/** A run-in `一是…` item: its number and its lead (up to the first 。 or ；). */
export interface Item {
  number: string;
  lead: string;
  /** Where the number starts in the block's text. */
  offset: number;
}

export interface Block {
  type: BlockType;
  level?: HeadingLevel;
  /** A heading's printed number as written (`一、`, `(一)`, `1．`). */
  number?: string;
  /** Heading text excludes its number and ending punctuation; other blocks hold their full text. */
  text: string;
  /** The part of the report the block belongs to (genre README §3). */
  part: Part;
  items?: Item[];
  /** A heading whose body follows in the same printed paragraph (the next block). */
  runIn?: boolean;
  /** Its end was guessed from how the body opens (no mark in the text): worth a look. */
  guessed?: boolean;
  rows?: string[][];
  /** The cleaned source text this block came from; all sources together are the cleaned report. */
  source: string;
}

export interface Placeholder {
  text: string;
  /** Index of the block in `blocks`. */
  block: number;
  /** Offset in that block's `text`. */
  offset: number;
}

export interface Removal {
  rule: string;
  reason: string;
  text: string;
}

/** One physical line of input, or a table from a .docx. */
export type SourceLine =
  | {
      kind: 'line';
      text: string;
      /** A bold or 楷体 leading run in a .docx paragraph. */
      lead?: string;
      /** Cut out of a report written on one line, where spaces separate heading and body. */
      spaced?: boolean;
      /** A heading whose end was guessed from how its body opens (split.ts): the preview marks it. */
      guessed?: boolean;
    }
  | { kind: 'table'; rows: string[][] };

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface ParsedReport {
  title: string | null;
  blocks: Block[];
  placeholders: Placeholder[];
  removed: Removal[];
  /** Bytes of a UTF-8 file that were not UTF-8, replaced by U+FFFD: how many on which line of the file. */
  replacedBytes?: { line: number; count: number }[];
  /** The text reads as mojibake (a file decoded in the wrong encoding): the user should choose another. */
  garbled?: boolean;
  /** Every line of the input with the label the report grammar gave it (chrome, title, body) and its main reason. */
  lineLabels?: LineLabel[];
  /** The text was in traditional script and was converted to simplified before anything else. */
  converted?: 'traditional';
  /** A Word file a colleague reviewed: its comments and tracked changes, said to the user, never merged into the text. */
  review?: WordReview;
  /**
   * Fields a Word file marks as still to fill (Wengao's own export: highlighted, with a comment by
   * 文稿助手 holding the hint), in reading order, each with a little of the text around it.
   */
  fields?: MarkedField[];
}

/** A field read back from a Word file: its text, its hint (`上年：36次`) and what stands either side of it. */
export interface MarkedField {
  text: string;
  hint?: string;
  before: string;
  after: string;
}

/** What a reviewer left in a Word file besides the text. */
export interface WordReview {
  /** 批注: who wrote what, beside which text. None of it is read as report text. */
  comments: { author: string; text: string; at: string }[];
  /** 修订: the text is read with every change accepted (insertions kept, deletions dropped). */
  insertions: number;
  deletions: number;
}
