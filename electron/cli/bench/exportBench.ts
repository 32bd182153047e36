import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { exportDocx } from '../../../shared/export/docx';
import { parseReportText } from '../../../shared/genre/report';
import { documentFromLexical } from '../../../shared/model/documentFromLexical';
import { documentFromReport } from '../../../shared/model/documentFromReport';
import { editorJson } from './editorJson';
import { quantile } from './quantile';
import { syntheticReport } from './syntheticReports';

export interface ExportBench {
  characters: number;
  /** Pages as LibreOffice renders the file, when `soffice` is installed; null otherwise. */
  pages: number | null;
  runs: number;
  p50Ms: number;
  p95Ms: number;
}

function renderedPages(bytes: Uint8Array): number | null {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-bench-export-'));
  try {
    writeFileSync(join(dir, 'r.docx'), bytes);
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'p')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'r.docx')], { stdio: 'ignore', timeout: 120_000 });
    const info = execFileSync('pdfinfo', [join(dir, 'r.pdf')], { encoding: 'utf8' });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 导出 Word on a 30-page report: editor JSON → document → .docx bytes, timed over many runs. */
export async function benchExport(runs = 30): Promise<ExportBench> {
  const report = parseReportText(syntheticReport(7, 56_000));
  const json = editorJson(documentFromReport(report));
  for (let i = 0; i < 3; i++) await exportDocx(documentFromLexical(json));
  const times: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    bytes = await exportDocx(documentFromLexical(json));
    times.push(performance.now() - start);
  }
  const characters = report.blocks.reduce((n, b) => n + b.text.length, 0);
  return { characters, pages: renderedPages(bytes), runs, p50Ms: quantile(times, 0.5), p95Ms: quantile(times, 0.95) };
}
