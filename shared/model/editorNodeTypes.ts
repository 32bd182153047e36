import type { TextBlockKind } from './document';

/**
 * The editor's node type names, as they appear in a saved draft's JSON. The editor's nodes, the
 * reading of a saved draft (documentFromLexical) and the benches use these, so a name is written once.
 */
export const textBlockNodeTypes: Record<TextBlockKind, string> = {
  title: 'report-title',
  addressee: 'report-addressee',
  paragraph: 'paragraph',
  closing: 'report-closing',
  attachment: 'report-attachment',
  signature: 'report-signature',
  date: 'report-date',
};

export const HEADING_NODE_TYPE = 'report-heading';
export const TABLE_NODE_TYPE = 'report-table';
export const FIELD_NODE_TYPE = 'field';
/** A year 续写 moved on, remembering the year it was. */
export const YEAR_CHANGE_NODE_TYPE = 'report-year-change';

/** Where a draft keeps its 公文 choices (ReportFormat): Lexical node state on the root, `root.$[key]`. */
export const FORMAT_STATE_KEY = 'wengaoFormat';

/** The node state of a body paragraph 续写 carried over: its text then (renderer/editor/carried.ts). */
export const CARRIED_STATE_KEY = 'wengaoCarried';
