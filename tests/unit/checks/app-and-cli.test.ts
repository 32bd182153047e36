import { createEditor, $getRoot } from 'lexical';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportNodes } from '../../../renderer/editor/nodes';
import { $blocksFromReport } from '../../../renderer/editor/blocks';
import { checkContextFor, createChecker, rulesByKind, starterSensitive, starterWordings, type Finding } from '../../../shared/checks';
import { parseReportBytes } from '../../../shared/genre/report';
import { documentFromLexical } from '../../../shared/model/documentFromLexical';
import { tempDir } from '../helpers';
import { wengao } from '../wengaoCli';

const fixtures = resolve(import.meta.dirname, '../../fixtures/reports');
const summary = (f: Pick<Finding, 'check' | 'severity' | 'message'>) => `${f.severity} ${f.check} ${f.message}`;

/** The 检查 tab's findings: the file opened into the editor (打开), the editor's content checked as the tab does. */
function appFindings(file: string): string[] {
  const report = parseReportBytes(readFileSync(file));
  const editor = createEditor({ namespace: 'test', nodes: reportNodes, onError: (error) => { throw error; } });
  editor.update(() => $getRoot().clear().append(...$blocksFromReport(report)), { discrete: true });
  const doc = documentFromLexical(editor.getEditorState().toJSON());
  // A new library's rules are the starter lists.
  const rules = rulesByKind([...starterWordings.map((r) => ({ kind: 'wording' as const, wrong: r.wrong, right: r.right ?? '', note: r.note ?? '' })), ...starterSensitive.map((r) => ({ kind: 'sensitive' as const, wrong: r.wrong, right: '', note: r.note ?? '' }))]);
  return createChecker()(doc, checkContextFor(doc, rules)).map(summary);
}

describe('the 检查 tab and `wengao check` find the same things', () => {
  it.each(['one-line-halfwidth.txt', 'gb18030-crlf.txt', 'robust-signature-placeholder.txt', 'levels-3-4.txt', 'two-line-title.txt'])('%s', async (name) => {
    const file = join(fixtures, name);
    const cli = await wengao('--db', join(tempDir(), 'library.sqlite'), 'check', file, '--json');
    const { findings } = JSON.parse(cli.stdout) as { findings: Finding[] };
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map(summary)).toEqual(appFindings(file));
  });
});
