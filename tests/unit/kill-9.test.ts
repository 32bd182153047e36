import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fillWithSyntheticParagraphs } from '../../electron/cli/bench/searchBench';
import { syntheticReport } from '../../electron/cli/bench/syntheticReports';
import { openLibrary } from '../../electron/library/open';
import { tempDir } from './helpers';
import { wengao } from './wengaoCli';

const bin = resolve(import.meta.dirname, '../../electron/cli/wengao.mjs');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `wengao ARGS…` started in the background, to be killed with SIGKILL. */
function start(...args: string[]): { child: ChildProcess; exited: Promise<unknown> } {
  const child = spawn(process.execPath, [bin, ...args], { stdio: 'ignore', env: { ...process.env, WENGAO_DB: '' } });
  return { child, exited: new Promise((resolve) => child.on('exit', resolve)) };
}

async function killWhen(run: { child: ChildProcess; exited: Promise<unknown> }, ready: () => boolean, limitMs = 30_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!ready() && Date.now() < until && run.child.exitCode === null) await sleep(5);
  run.child.kill('SIGKILL');
  await run.exited;
}

const count = (path: string, sql: string): number => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
};

const fullCheck = (path: string) => {
  const db = new Database(path, { fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
};

// Each kill lands at a different point of the work; the number of runs is fixed, so the test is bounded.
describe('kill -9 at any moment loses nothing acknowledged and leaves nothing half-written', () => {
  it('import: every stored report is whole, the library passes the full check, and importing again completes it', async () => {
    const dir = tempDir();
    const folder = join(dir, 'reports');
    mkdirSync(folder);
    const reports = 150;
    for (let i = 0; i < reports; i++) writeFileSync(join(folder, `report-${String(i).padStart(3, '0')}.txt`), syntheticReport(i));
    const db = join(dir, 'library.sqlite');
    openLibrary(db).close();
    for (const after of [1, 30, 90]) {
      await killWhen(start('--db', db, 'import', folder), () => count(db, 'SELECT count(*) FROM sources') >= after);
      expect(fullCheck(db)).toBe('ok');
      // A report is stored with all its paragraphs or not at all.
      expect(count(db, 'SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM paragraph_sources p WHERE p.source_id = s.id)')).toBe(0);
    }
    expect((await wengao('--db', db, 'import', folder)).code).toBe(0);
    expect(count(db, 'SELECT count(*) FROM sources')).toBe(reports);
  }, 120_000);

  it('pack import: the pack is in the library whole or not at all', async () => {
    const dir = tempDir();
    const from = join(dir, 'from.sqlite');
    const library = openLibrary(from);
    fillWithSyntheticParagraphs(library, 20_000);
    library.close();
    const pack = join(dir, 'pack.json');
    expect((await wengao('--db', from, 'pack', 'export', '--out', pack)).code).toBe(0);
    const into = join(dir, 'into.sqlite');
    openLibrary(into).close();
    const before = count(into, 'SELECT count(*) FROM paragraphs');
    for (const delay of [150, 400, 800]) {
      const run = start('--db', into, 'pack', 'import', pack);
      await sleep(delay);
      run.child.kill('SIGKILL');
      await run.exited;
      expect(fullCheck(into)).toBe('ok');
      expect([before, before + 20_000]).toContain(count(into, 'SELECT count(*) FROM paragraphs'));
    }
  }, 120_000);

  it('backup: a backup killed half-way leaves no usable-looking file, and the next backup removes what it left', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    const library = openLibrary(db);
    fillWithSyntheticParagraphs(library, 25_000);
    library.close();
    const backups = join(dir, 'backups');
    const partials = () => (existsSync(backups) ? readdirSync(backups).filter((name) => name.includes('.partial')) : []);
    await killWhen(start('--db', db, 'backup'), () => partials().length > 0);
    expect(partials().length).toBeGreaterThan(0);
    expect(fullCheck(db)).toBe('ok');
    expect((await wengao('--db', db, 'backup')).code).toBe(0);
    expect(partials()).toEqual([]);
    expect(readdirSync(backups).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1);
  }, 120_000);

  it('export: the file is whole or absent, and the next export into the folder removes a killed export’s temporary file', async () => {
    const dir = tempDir();
    const input = join(dir, 'report.txt');
    writeFileSync(input, Array.from({ length: 40 }, (_, i) => syntheticReport(i)).join('\n'));
    for (const delay of [100, 250, 500]) {
      const out = join(dir, `out-${delay}.docx`);
      const run = start('export-docx', input, '-o', out);
      await sleep(delay);
      run.child.kill('SIGKILL');
      await run.exited;
      if (existsSync(out)) expect(Object.keys((await JSZip.loadAsync(readFileSync(out))).files)).toContain('word/document.xml');
    }
    // What a kill between writing and renaming leaves: the hidden temporary file of a program that is gone.
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    const leftover = join(dir, `.report.docx.${gone.pid ?? 0}.partial`);
    writeFileSync(leftover, 'half a file');
    expect((await wengao('export-docx', input, '-o', join(dir, 'again.docx'))).code).toBe(0);
    expect(existsSync(leftover)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  }, 120_000);
});
