import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LOCK_WAIT } from '../../../shared/model/limits';
import { dispatch } from '../../ipc/dispatch';
import { openLibrary } from '../../library/open';
import { createHandlers } from '../../services/handlers';
import { inProcessParser } from '../../services/parse/parser';
import { quantile } from './quantile';
import { syntheticReport } from './syntheticReports';

export interface LockBench {
  /** How SQLite itself waited for the lock in the serving process (ms). */
  blockingMs: number;
  reports: number;
  cliSeconds: number;
  searches: number;
  searchP50Ms: number;
  searchP95Ms: number;
  searchMaxMs: number;
  saves: number;
  saveP95Ms: number;
  failures: number;
}

/**
 * Web mode serving searches (every 20 ms) and draft saves (every 250 ms) while `wengao import`, another
 * process, writes `reports` reports into the same library. Latency is counted from when the request was
 * due, so time spent queued behind a blocked event loop counts. `blockingMs` is SQLite's own wait: the
 * app's LOCK_WAIT.blockingMs, or the old 3000 to compare.
 */
export async function benchLock({ reports = 300, blockingMs = LOCK_WAIT.blockingMs as number } = {}): Promise<LockBench> {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-bench-lock-'));
  const path = join(dir, 'library.sqlite');
  const folder = join(dir, 'reports');
  mkdirSync(folder);
  for (let i = 0; i < reports; i++) writeFileSync(join(folder, `report-${i}.txt`), syntheticReport(i));
  const library = openLibrary(path, { integrity: 'fast', busyTimeoutMs: blockingMs });
  const handlers = createHandlers(library, undefined, inProcessParser);
  const searchTimes: number[] = [];
  const saveTimes: number[] = [];
  let failures = 0;
  const timed = (times: number[], channel: 'paragraphs:search' | 'drafts:save', input: unknown) => {
    const due = performance.now();
    void dispatch(handlers, channel, input).then((result) => {
      times.push(performance.now() - due);
      if (!result.ok) failures++;
    });
  };
  try {
    const started = performance.now();
    const cli = spawn(process.execPath, [process.argv[1] ?? '', 'import', folder, '--db', path], { stdio: ['ignore', 'ignore', 'inherit'] });
    const searching = setInterval(() => timed(searchTimes, 'paragraphs:search', { query: '意识形态' }), 20);
    const saving = setInterval(() => timed(saveTimes, 'drafts:save', { id: 1, title: '文稿', content: '{"root":{"children":[]}}' }), 250);
    timed(saveTimes, 'drafts:save', { title: '文稿', content: '{"root":{"children":[]}}' });
    const code = await new Promise<number | null>((resolve) => cli.on('exit', resolve));
    clearInterval(searching);
    clearInterval(saving);
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (code !== 0) throw new Error(`wengao import exited with ${code}`);
    return {
      blockingMs,
      reports,
      cliSeconds: Math.round((performance.now() - started) / 10) / 100,
      searches: searchTimes.length,
      searchP50Ms: quantile(searchTimes, 0.5),
      searchP95Ms: quantile(searchTimes, 0.95),
      searchMaxMs: quantile(searchTimes, 1),
      saves: saveTimes.length,
      saveP95Ms: quantile(saveTimes, 0.95),
      failures,
    };
  } finally {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
