import { blockText, type DocBlock, type ReportDocument } from '../model/document';
import { findingAt, MAX_FINDINGS_PER_RULE } from './finding';
import { checkMessages } from './messages';
import { BLOCK_CHECKS, DOCUMENT_CHECKS, type BlockSummary } from './registry';
import { sentencesOf } from './repetition';
import { blockFacts } from './structure';
import type { CheckContext, Finding, Severity } from './types';

type BlockResult = BlockSummary & { findings: Omit<Finding, 'block'>[] };

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What a block's own checks find; depends only on its text, kind, fields and the context. */
function checkBlock(block: DocBlock, context: CheckContext): BlockResult {
  const text = blockText(block);
  if (block.kind === 'table') return { text, findings: [], sentences: [], facts: blockFacts(block) };
  const findings = BLOCK_CHECKS.flatMap((check) => {
    const found = check.run(block, text, context);
    return check.capsItself ? found : capped(found, text);
  });
  return { text, findings, sentences: block.kind === 'paragraph' ? sentencesOf(text) : [], facts: blockFacts(block) };
}

/** At most MAX_FINDINGS_PER_RULE findings of one check in one block, then one line counting the rest. */
function capped(findings: Omit<Finding, 'block'>[], text: string): Omit<Finding, 'block'>[] {
  if (findings.length <= MAX_FINDINGS_PER_RULE) return findings;
  const kept: Omit<Finding, 'block'>[] = [];
  const rest = new Map<Finding['check'], { count: number; at: number }>();
  const perCheck = new Map<Finding['check'], number>();
  for (const finding of findings) {
    const seen = perCheck.get(finding.check) ?? 0;
    perCheck.set(finding.check, seen + 1);
    if (seen < MAX_FINDINGS_PER_RULE) kept.push(finding);
    else {
      const more = rest.get(finding.check);
      if (more) more.count++;
      else rest.set(finding.check, { count: 1, at: finding.offset });
    }
  }
  for (const [check, { count, at }] of rest) kept.push(findingAt(check, 'info', text, at, 0, checkMessages.moreOfKind(count)));
  return kept;
}

function blockKey(block: DocBlock): string {
  if (block.kind === 'table') return `table\u0000${JSON.stringify(block.rows)}`;
  const kind = block.kind === 'heading' ? `heading${block.level}` : block.kind;
  return `${kind}\u0000${block.inlines.map((i) => (i.field ? `\u0001${i.text}\u0001` : i.text)).join('')}`;
}

/**
 * Runs every check of the registry over a document. Per-block results are remembered by the block's
 * content, so after a keystroke only the changed block is checked again; the document-wide checks
 * (numbering, parts, repeats) work on the cached summaries and are cheap. Any change of the context
 * (all of it is the key) checks every block again.
 */
export function createChecker(): (doc: ReportDocument, context: CheckContext) => Finding[] {
  let cache = new Map<string, BlockResult>();
  let contextKey = '';
  return (doc, context) => {
    // The blocks' own checks read neither last year's report nor the copies found: new ones keep their results.
    const key = JSON.stringify({ ...context, lastYear: undefined, copies: undefined });
    if (key !== contextKey) {
      cache = new Map();
      contextKey = key;
    }
    const next = new Map<string, BlockResult>();
    const results = doc.blocks.map((block) => {
      const k = blockKey(block);
      const result = next.get(k) ?? cache.get(k) ?? checkBlock(block, context);
      next.set(k, result);
      return result;
    });
    cache = next;
    const findings: Finding[] = results.flatMap((r, index) => r.findings.map((f) => ({ ...f, block: index })));
    for (const check of DOCUMENT_CHECKS) findings.push(...check.run(doc, results, context));
    return findings.sort((a, b) => a.block - b.block || a.offset - b.offset || severityOrder[a.severity] - severityOrder[b.severity]);
  };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The report's year: the first `YYYY年` of its title. */

export { reportYear } from '../model/reportYear';
