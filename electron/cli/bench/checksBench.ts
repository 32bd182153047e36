import { performance } from 'node:perf_hooks';
import { createChecker, DEFAULT_MAX_PARAGRAPH, reportYear, starterSensitive, starterWordings } from '../../../shared/checks';
import { parseReportText } from '../../../shared/genre/report';
import { documentFromLexical } from '../../../shared/model/documentFromLexical';
import { documentFromReport } from '../../../shared/model/documentFromReport';
import { editorJson } from './editorJson';
import { quantile } from './quantile';
import { syntheticReport } from './syntheticReports';

export interface ChecksBench {
  characters: number;
  findings: number;
  /** Every block checked: opening a draft. */
  fullP50Ms: number;
  fullP95Ms: number;
  /** One paragraph changed, as after a keystroke: editor JSON → document → checks. */
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
}

/** The 检查 tab on a 50,000-character draft: a full run, and the run after one keystroke. */
export function benchChecks(runs = 40): ChecksBench {
  const report = parseReportText(syntheticReport(11, 190_000));
  const base = documentFromReport(report);
  const json = JSON.parse(editorJson(base)) as { root: { children: { children?: { text: string }[] }[] } };
  const characters = base.blocks.reduce((n, b) => n + (b.kind === 'table' ? 0 : b.inlines.reduce((m, i) => m + i.text.length, 0)), 0);
  const context = { year: reportYear(base), today: '2026-01-01', maxParagraph: DEFAULT_MAX_PARAGRAPH, wordings: starterWordings, sensitive: starterSensitive };
  const full: number[] = [];
  let findings = 0;
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    findings = createChecker()(documentFromLexical(json), context).length;
    full.push(performance.now() - start);
  }
  const checker = createChecker();
  checker(documentFromLexical(json), context);
  const paragraphs = json.root.children.filter((c) => c.children?.[0]);
  const keystroke: number[] = [];
  for (let i = 0; i < runs; i++) {
    const target = paragraphs[(i * 7) % paragraphs.length]?.children?.[0];
    if (target) target.text += '字';
    const start = performance.now();
    checker(documentFromLexical(json), context);
    keystroke.push(performance.now() - start);
  }
  return { characters, findings, fullP50Ms: quantile(full, 0.5), fullP95Ms: quantile(full, 0.95), keystrokeP50Ms: quantile(keystroke, 0.5), keystrokeP95Ms: quantile(keystroke, 0.95) };
}
