import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyseFile } from '../../../electron/services/import/analyse';
import type { ParsedReport } from '../../../shared/genre/types';
import { buildRunInDocx } from '../../fixtures/docx';

/** Every report the export is checked on: the corpus beside the checkout and all our own fixtures. */
export interface ExportSource {
  name: string;
  report: ParsedReport;
}

const corpus = resolve(import.meta.dirname, '../../../../shared/corpus');
const fixtures = resolve(import.meta.dirname, '../../fixtures');

function txtFiles(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => join(folder, f)) : [];
}

export async function exportSources(): Promise<ExportSource[]> {
  const files = [...txtFiles(corpus), ...txtFiles(join(fixtures, 'reports')), ...txtFiles(join(fixtures, 'export'))];
  const sources = await Promise.all(
    files.map(async (file) => ({ name: file.split('/').slice(-2).join('/'), report: (await analyseFile(file, readFileSync(file))).report })),
  );
  const docx = await analyseFile('run-in.docx', new Uint8Array(await buildRunInDocx()));
  return [...sources, { name: 'fixtures/run-in.docx', report: docx.report }];
}

export const corpusPresent = existsSync(corpus);
