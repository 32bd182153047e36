import { $getRoot, $getSelection, createEditor } from 'lexical';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { $blocksFromReport } from '../../renderer/editor/blocks';
import { reportNodes } from '../../renderer/editor/nodes';
import { parseReportBytes } from '../../shared/genre/report';
import { documentFromLexical } from '../../shared/model/documentFromLexical';
import { documentFromReport } from '../../shared/model/documentFromReport';
import { blockText, type DocBlock } from '../../shared/model/document';
import { goToFinding } from '../../renderer/checks/locate';
import { checkContextFor, createChecker } from '../../shared/checks';

const fixtures = resolve(import.meta.dirname, '../fixtures/reports');
/** What the editor keeps of a block: the number as typed is the parser's, the editor numbers by position. */
const kept = (block: DocBlock) => {
  if (block.kind !== 'heading') return block;
  const rest: Partial<typeof block> = { ...block };
  delete rest.written;
  return rest;
};

describe('one path from a parsed file to the editor', () => {
  it.each(readdirSync(fixtures).filter((name) => name.endsWith('.txt')))('%s: report → document → editor gives back the same document, block i as top-level node i', (name) => {
    const report = parseReportBytes(readFileSync(join(fixtures, name)));
    const editor = createEditor({ namespace: 'test', nodes: reportNodes, onError: (error) => { throw error; } });
    editor.update(() => $getRoot().clear().append(...$blocksFromReport(report)), { discrete: true });
    const expected = documentFromReport(report).blocks.map(kept);
    expect(editor.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(expected.length);
    expect(documentFromLexical(editor.getEditorState().toJSON()).blocks.map(kept)).toEqual(expected);
  });
});

describe('a finding points into the editor', () => {
  it.each(['one-line-halfwidth.txt', 'robust-signature-placeholder.txt'])('%s: finding i is top-level node i, and its offset and length select exactly the text it marks', (name) => {
    const report = parseReportBytes(readFileSync(join(fixtures, name)));
    const editor = createEditor({ namespace: 'test', nodes: reportNodes, onError: (error) => { throw error; } });
    editor.update(() => $getRoot().clear().append(...$blocksFromReport(report)), { discrete: true });
    const doc = documentFromLexical(editor.getEditorState().toJSON());
    const findings = createChecker()(doc, checkContextFor(doc, { wordings: [], sensitive: [] }, { today: '2026-12-01' })).filter((f) => f.block >= 0 && f.length > 0);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      goToFinding(editor, finding);
      editor.update(() => undefined, { discrete: true });
      const selected = editor.getEditorState().read(() => $getSelection()?.getTextContent());
      const block = doc.blocks[finding.block] as DocBlock;
      expect(selected, finding.message).toBe(blockText(block).slice(finding.offset, finding.offset + finding.length));
    }
  });
});
