import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { quantile } from './quantile';

export interface StartupTiming {
  command: string;
  runs: number;
  p50Ms: number;
  p95Ms: number;
}

export interface StartupBench {
  /** `node -e 0`: what any Node program pays on this machine before its first line. */
  node: StartupTiming;
  /** The built CLI, `node out/cli/wengao.mjs --help` (target: under 200 ms). */
  cli: StartupTiming;
  /** `npx wengao --help` from the project folder: npm's own start-up plus the CLI. */
  npx: StartupTiming | null;
}

function time(command: string, file: string, args: string[], runs: number, cwd: string): StartupTiming {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const run = spawnSync(file, args, { cwd, stdio: 'ignore' });
    const elapsed = performance.now() - start;
    if (run.status !== 0) throw new Error(`${command} 退出码 ${run.status}`);
    if (i >= 2) times.push(elapsed);
  }
  return { command, runs, p50Ms: quantile(times, 0.5), p95Ms: quantile(times, 0.95) };
}

/** The project folder: the nearest package.json named wengao above the running CLI. */
function projectRoot(from: string): string | null {
  for (let dir = dirname(from); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'wengao') return dir;
  }
  return null;
}

/** How long `wengao --help` takes to start, against Node's own start-up. */
export function benchStartup(runs = 20): StartupBench {
  const root = projectRoot(resolve(process.argv[1] ?? '.'));
  const cliFile = root ? join(root, 'out/cli/wengao.mjs') : resolve(process.argv[1] ?? '');
  const cwd = root ?? process.cwd();
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  return {
    node: time('node -e 0', process.execPath, ['-e', '0'], runs, cwd),
    cli: time('node out/cli/wengao.mjs --help', process.execPath, [cliFile, '--help'], runs, cwd),
    npx: root ? time('npx wengao --help', npx, ['wengao', '--help'], Math.min(runs, 10), root) : null,
  };
}
