import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/library/migrations';
import { tempDir, tempLibraryPath } from './helpers';
import { wengao } from './wengaoCli';

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
    expect(report.info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
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

describe('wengao parse and import', () => {
  const fixtures = resolve(import.meta.dirname, '../fixtures/reports');

  it('parse --json prints the documented outline', async () => {
    const { code, stdout } = await wengao('parse', resolve(fixtures, 'two-line-title.txt'), '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      title: string;
      encoding: string;
      blocks: { type: string; level?: number; number?: string; text: string; part: string; runIn?: boolean }[];
      placeholders: { text: string; block: number; offset: number }[];
      removed: unknown[];
    };
    expect(parsed.title).toBe('城关镇人民政府关于2024年意识形态工作责任制落实情况的报告');
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.blocks[0]).toEqual({ type: 'title', text: parsed.title, part: 'other' });
    expect(parsed.blocks.find((b) => b.runIn)).toMatchObject({ type: 'heading', level: 2, number: '（一）', text: '压实领导责任' });
    expect(parsed.placeholders).toEqual([{ text: '某某', block: expect.any(Number), offset: expect.any(Number) }]);
    const block = parsed.blocks[parsed.placeholders[0]?.block ?? -1];
    expect(block?.text.slice(parsed.placeholders[0]?.offset, (parsed.placeholders[0]?.offset ?? 0) + 2)).toBe('某某');
  }, 30_000);

  it('parse explains a file it cannot read and exits 1', async () => {
    const { code, stderr } = await wengao('parse', resolve(fixtures, 'missing.docx'));
    expect(code).toBe(1);
    expect(stderr).toContain('无法读取这个文件');
  }, 30_000);

  it('import --json reports what was added, and a second run adds nothing', async () => {
    const db = tempLibraryPath();
    const first = JSON.parse((await wengao('import', fixtures, '--db', db, '--json')).stdout) as Record<string, unknown>;
    // robust-repeated-paragraphs.txt repeats three of its own paragraphs: the library keeps each once.
    expect(first).toMatchObject({ reports: readdirSync(fixtures).filter((f) => f.endsWith('.txt')).length, duplicates: 3, skipped: [] });
    expect(first.paragraphs).toBeGreaterThan(20);
    const second = JSON.parse((await wengao('import', fixtures, '--db', db, '--json')).stdout) as Record<string, unknown>;
    expect(second).toMatchObject({ reports: 0, paragraphs: 0, skipped: [] });
  }, 30_000);
});

describe('pack export', () => {
  it('refuses to replace an existing file without --force, like the other exports', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    const out = join(dir, '素材包.json');
    writeFileSync(out, '同事的旧素材包');
    const refused = await wengao('--db', db, 'pack', 'export', '--out', out);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('已存在');
    expect(readFileSync(out, 'utf8')).toBe('同事的旧素材包');
    const forced = await wengao('--db', db, 'pack', 'export', '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('wengao-pack');
  });
});
