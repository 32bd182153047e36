import { copyFindings } from './copies';
import { dateFindings } from './dates';
import { leftoverNameFindings } from './names';
import { firstPageFindings } from './pageFormat';
import { lastYearPlanFindings, sameAsLastYearFindings } from './lastYear';
import { placeholderFindings } from './placeholders';
import { punctuationFindings } from './punctuation';
import { longParagraphFinding, repeatedFindings, type sentencesOf } from './repetition';
import { structureFindings, type BlockFacts } from './structure';
import type { CheckContext, CheckId, Finding } from './types';
import { wordingFindings } from './wording';
import { formFindings } from './forms';
import { formulationFindings } from './formulations';
import { placePairFindings } from './placePairs';
import { typoFindings } from './typos';
import type { DocBlock, ReportDocument } from '../model/document';

/** A block with text: every kind but a table. */
export type TextBlock = Exclude<DocBlock, { kind: 'table' }>;

/** What the checker remembers of a block between runs: its own findings and what the document checks need. */
export interface BlockSummary {
  text: string;
  sentences: ReturnType<typeof sentencesOf>;
  facts: BlockFacts;
}

/** A check of one text block (not a table): depends only on the block and the context, so it is cached with the block. */
export interface BlockCheck {
  finds: readonly CheckId[];
  /** It lists at most MAX_FINDINGS_PER_RULE of a kind itself; the checker caps the others. */
  capsItself?: boolean;
  run: (block: TextBlock, text: string, context: CheckContext) => Omit<Finding, 'block'>[];
}

/** A check of the whole document, over the blocks' cached summaries. */
export interface DocumentCheck {
  finds: readonly CheckId[];
  run: (doc: ReportDocument, blocks: readonly BlockSummary[], context: CheckContext) => Finding[];
}

/**
 * Every check, once. A new check is its file beside this one and an entry here (its finding ids go
 * into CHECK_IDS in types.ts; a test holds that every id is found by exactly one check).
 */
export const BLOCK_CHECKS: readonly BlockCheck[] = [
  { finds: ['placeholder'], run: (block) => placeholderFindings(block.inlines) },
  { finds: ['stale-date', 'future-date', 'date-format'], run: (_block, text, context) => dateFindings(text, context) },
  { finds: ['punctuation'], capsItself: true, run: (_block, text) => punctuationFindings(text) },
  { finds: ['wording', 'sensitive'], run: (_block, text, context) => wordingFindings(text, context) },
  { finds: ['leftover-name'], run: (block, text, context) => leftoverNameFindings(block.kind, text, context.home, context.issuers ?? []) },
  // 审核: what a 科长 marks before a report goes out (shared/checks/README.md).
  { finds: ['formulation'], run: (_block, text, context) => formulationFindings(text, context.year, context.wordings) },
  { finds: ['typo'], run: (_block, text) => typoFindings(text) },
  { finds: ['doc-number', 'number-form', 'punctuation-form', 'title-kind'], run: (block, text) => formFindings(block.kind, text) },
  { finds: ['place-mismatch'], run: (block, text) => (block.kind === 'addressee' ? [] : placePairFindings(text)) },
  { finds: ['long-paragraph'], run: (block, text, context) => (block.kind === 'paragraph' ? longParagraphFinding(text, context.maxParagraph) : []) },
];

export const DOCUMENT_CHECKS: readonly DocumentCheck[] = [
  {
    finds: ['numbering', 'items-order', 'completeness', 'request-in-report'],
    run: (doc, blocks) => structureFindings(doc, blocks.map((b) => b.facts)),
  },
  { finds: ['first-page'], run: (doc) => firstPageFindings(doc) },
  { finds: ['last-year-plans'], run: (doc, _blocks, context) => (context.lastYear ? lastYearPlanFindings(context.lastYear, doc) : []) },
  { finds: ['copied-from-sample'], run: (doc, blocks, context) => (context.copies ? copyFindings(doc, blocks, context.copies) : []) },
  { finds: ['same-as-last-year'], run: (_doc, blocks, context) => (context.lastYear ? sameAsLastYearFindings(context.lastYear, blocks) : []) },
  {
    finds: ['repeated-sentence'],
    run: (_doc, blocks) => repeatedFindings(blocks.map((b, index) => ({ index, text: b.text, sentences: b.sentences }))),
  },
];
