import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliArguments, cliEntryBeside, runCliInApp } from '../../electron/cliMode';
import { tempDir } from './helpers';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const built = join(root, 'out/cli/wengao.mjs');
const nodeAddon = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

async function node(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { env: { ...process.env, WENGAO_DB: '', NODE_OPTIONS: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the built CLI (out/cli)', () => {
  it('runs on plain Node: no tsx, no TypeScript at run time', async () => {
    const files = readdirSync(join(root, 'out/cli'), { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
    const text = files.filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(root, 'out/cli', f), 'utf8')).join('\n');
    expect(text).not.toMatch(/from ?["']tsx/);
    const { code, stdout } = await node([built, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('文稿助手命令行');
    for (const command of ['doctor', 'parse', 'import', 'search', 'export-docx', 'check', 'pack', 'backup', 'bench']) expect(stdout).toContain(command);
  });

  it('loads the better-sqlite3 build named by WENGAO_SQLITE_BINDING, as the packaged app asks it to', async () => {
    const db = join(tempDir(), 'library.sqlite');
    const ok = await node([built, '--db', db, 'doctor', '--json'], { WENGAO_SQLITE_BINDING: nodeAddon });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ healthy: true, integrity: 'ok' });
    const missing = await node([built, '--db', db, 'doctor', '--json'], { WENGAO_SQLITE_BINDING: join(tempDir(), 'better_sqlite3.node') });
    expect(missing.code).toBe(1);
    const report = JSON.parse(missing.stdout) as { error: { code: string; message: string } };
    expect(report.error.code).toBe('LIBRARY_UNAVAILABLE');
    expect(report.error.message).not.toContain('损坏');
  });

  it('says how to build it when a checkout has not been built yet', async () => {
    const checkout = tempDir();
    mkdirSync(join(checkout, 'electron/cli'), { recursive: true });
    copyFileSync(join(root, 'electron/cli/wengao.mjs'), join(checkout, 'electron/cli/wengao.mjs'));
    const { code, stderr } = await node([join(checkout, 'electron/cli/wengao.mjs'), '--help']);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('文稿助手命令行还没有构建：请在项目目录运行 npm run build（npm install 也会构建它）。');
  });
});

describe('the desktop app as a CLI (文稿助手 --cli …)', () => {
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
    delete process.env.WENGAO_SQLITE_BINDING;
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  it('takes the arguments after --cli and leaves a normal start alone', () => {
    expect(cliArguments(['/opt/文稿助手/wengao', '--cli', 'search', '舆情', '--json'])).toEqual(['search', '舆情', '--json']);
    expect(cliArguments(['/opt/文稿助手/wengao', '--no-sandbox'])).toBeNull();
    expect(cliEntryBeside('/app/out/main')).toBe(join('/app/out/cli/wengao.mjs'));
  });

  it('runs the built CLI with the app’s better-sqlite3 build and exits with its exit code', async () => {
    const db = join(tempDir(), 'library.sqlite');
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    const exit = vi.fn();
    await runCliInApp({ exit }, ['--db', db, 'doctor', '--json'], { cliEntry: built, sqliteBinding: nodeAddon });
    expect(exit).toHaveBeenCalledWith(0);
    expect(JSON.parse(printed.join('\n'))).toMatchObject({ healthy: true, path: db });
    expect(process.env.WENGAO_SQLITE_BINDING).toBe(nodeAddon);
  });
});
