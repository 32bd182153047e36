import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempLibraryPath } from './helpers';

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, '../../electron/cli/wengao.mjs');

async function wengao(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, WENGAO_DB: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('wengao CLI', () => {
  it('describes its commands in --help', async () => {
    const { code, stdout } = await wengao('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('doctor');
    expect(stdout).toContain('--db');
  }, 30_000);

  it('doctor creates, seeds and reports a healthy library at --db', async () => {
    const db = tempLibraryPath();
    const { code, stdout } = await wengao('--db', db, 'doctor', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { healthy: boolean; integrity: string; info: { schemaVersion: number; counts: Record<string, number> } };
    expect(report).toMatchObject({ healthy: true, integrity: 'ok', path: db });
    expect(report.info.schemaVersion).toBe(1);
    expect(report.info.counts.skeletons).toBeGreaterThan(0);
    expect(report.info.counts.phrases).toBeGreaterThan(0);

    const text = await wengao('doctor', '--db', db);
    expect(text.stdout).toContain('状态：正常');
    expect(text.stdout).toContain('完整性检查：通过');
  }, 30_000);

  it('doctor explains a damaged library and exits non-zero', async () => {
    const db = tempLibraryPath();
    writeFileSync(db, 'not a database '.repeat(500));
    const { code, stdout } = await wengao('--db', db, 'doctor');
    expect(code).toBe(1);
    expect(stdout).toContain('状态：有问题');
    expect(stdout).toContain('备份');
  }, 30_000);
});
