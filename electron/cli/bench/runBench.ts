import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseReportBytes } from '../../../shared/genre/report';
import { openLibrary } from '../../library/open';
import { analyseFile } from '../../services/import/analyse';
import { storeReport } from '../../services/import/store';
import { syntheticReport } from './syntheticReports';

export interface ParseBench {
  reports: number;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
}

/** Parse throughput over generated reports (decode, clean, parse, items, placeholders, parts). */
export function benchParse(reports = 400, rounds = 5): ParseBench {
  const inputs = Array.from({ length: reports }, (_, i) => new TextEncoder().encode(syntheticReport(i)));
  const bytes = inputs.reduce((n, b) => n + b.length, 0);
  for (const input of inputs.slice(0, 50)) parseReportBytes(input);
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const input of inputs) parseReportBytes(input);
  const seconds = (performance.now() - start) / 1000;
  const megabytes = (bytes * rounds) / 1024 / 1024;
  return { reports: reports * rounds, megabytes: round(megabytes), seconds: round(seconds), mbPerSecond: round(megabytes / seconds) };
}

export interface ImportBench {
  reports: number;
  averageBytes: number;
  paragraphs: number;
  seconds: number;
}

/** Imports N generated ~7 KB reports into a fresh library, one transaction per report, as the app does. */
export async function benchImport(reports = 1000): Promise<ImportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-bench-'));
  const library = openLibrary(join(dir, 'library.sqlite'));
  try {
    const files = Array.from({ length: reports }, (_, i) => ({ name: `report-${i}.txt`, bytes: new TextEncoder().encode(syntheticReport(i)) }));
    const start = performance.now();
    let paragraphs = 0;
    for (const file of files) paragraphs += storeReport(library, await analyseFile(file.name, file.bytes)).paragraphs;
    const seconds = (performance.now() - start) / 1000;
    const averageBytes = Math.round(files.reduce((n, f) => n + f.bytes.length, 0) / files.length);
    return { reports, averageBytes, paragraphs, seconds: round(seconds) };
  } finally {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
