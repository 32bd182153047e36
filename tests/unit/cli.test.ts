import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/library/migrations';
import { saveDraft } from '../../electron/library/drafts';
import { openLibrary } from '../../electron/library/open';
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

  it('doctor on a file that is no library says so, exits non-zero, and neither touches it nor suggests deleting it', async () => {
    const db = tempLibraryPath();
    writeFileSync(db, 'not a database '.repeat(500));
    const { code, stdout } = await wengao('--db', db, 'doctor');
    expect(code).toBe(1);
    expect(stdout).toContain('状态：有问题');
    expect(stdout).toContain('不是文稿助手的素材库');
    expect(stdout).not.toContain('删除');
    expect(readFileSync(db, 'utf8')).toBe('not a database '.repeat(500));
  }, 30_000);

  it('doctor on a library that is gone restores its backup and says so', async () => {
    const db = tempLibraryPath();
    expect((await wengao('--db', db, 'import', resolve(import.meta.dirname, '../fixtures/reports/two-line-title.txt'))).code).toBe(0);
    expect((await wengao('--db', db, 'backup')).code).toBe(0);
    rmSync(db);
    const { code, stdout } = await wengao('--db', db, 'doctor');
    expect(code).toBe(0);
    expect(stdout).toContain('已自动从最近的完好备份恢复');
    expect(stdout).toMatch(/段落：[1-9]/);
  }, 60_000);
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

describe('wengao new (续写)', () => {
  it('writes this year’s report from last year’s file: years moved on, the changes listed; bad input refused in Chinese', async () => {
    const dir = tempDir();
    const from = join(dir, '2025.txt');
    writeFileSync(from, '某县财政局2025年意识形态工作总结\n一、2025年工作情况\n全年召开专题会议36次，2018年以来连续开展学习。\n二、2026年工作打算\n2026年，我局将开展培训6期。\n');
    const out = join(dir, '2026.docx');
    const made = await wengao('--db', join(dir, 'library.sqlite'), 'new', '--from', from, '--year', '2026', '-o', out, '--json');
    expect(made.code).toBe(0);
    const result = JSON.parse(made.stdout) as { fromYear: number; toYear: number; years: { from: string; to: string }[]; figures: number };
    expect(result).toMatchObject({ fromYear: 2025, toYear: 2026, figures: 2 });
    expect(result.years.map((y) => `${y.from}→${y.to}`)).toEqual(['2025→2026', '2025→2026', '2026→2027', '2026→2027']);
    const parsed = await wengao('parse', out, '--json');
    const headings = (JSON.parse(parsed.stdout) as { title: string; blocks: { type: string; text: string }[] }).blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings).toEqual(['2026年工作情况', '2027年工作打算']);
    const badYear = await wengao('--db', join(dir, 'library.sqlite'), 'new', '--from', from, '--year', '明年', '-o', join(dir, 'x.docx'));
    expect(badYear.code).not.toBe(0);
    expect(badYear.stderr).toContain('年度应是四位数字');
  }, 30_000);
});

describe('wengao new --from a .docx and a draft, wengao check against the library’s samples', () => {
  const lastYear = '某县财政局2025年意识形态工作总结\n一、2025年工作情况\n全年召开专题会议36次，2018年以来连续开展学习。\n二、2026年工作打算\n2026年，我局将开展培训6期。\n';

  it('continues a Word file and a draft by its number alike', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    writeFileSync(join(dir, '2025.txt'), lastYear);
    // Last year's report as a Word file, then as a draft of the library.
    expect((await wengao('--db', db, 'new', '--from', join(dir, '2025.txt'), '--year', '2025', '-o', join(dir, '2025.docx'))).code).toBe(0);
    const fromDocx = await wengao('--db', db, 'new', '--from', join(dir, '2025.docx'), '--year', '2026', '-o', join(dir, 'a.docx'), '--json');
    expect(fromDocx.code).toBe(0);
    expect((JSON.parse(fromDocx.stdout) as { toYear: number; figures: number }).toYear).toBe(2026);
    const library = openLibrary(db);
    const { id } = saveDraft(library.db, { title: '某县财政局2025年意识形态工作总结', content: JSON.stringify({ root: { type: 'root', children: [{ type: 'report-title', children: [{ type: 'text', text: '某县财政局2025年意识形态工作总结' }] }, { type: 'paragraph', children: [{ type: 'text', text: '2025年以来，全年召开专题会议36次。' }] }] } }) });
    library.close();
    const fromDraft = await wengao('--db', db, 'new', '--from', String(id), '--year', '2026', '-o', join(dir, 'b.docx'), '--json');
    expect(fromDraft.code).toBe(0);
    expect(JSON.parse(fromDraft.stdout)).toMatchObject({ fromYear: 2025, toYear: 2026, figures: 1 });
    const title = (JSON.parse((await wengao('parse', join(dir, 'b.docx'), '--json')).stdout) as { title: string }).title;
    expect(title).toBe('某县财政局2026年意识形态工作总结');
  }, 60_000);

  it('reports a sentence copied from a web sample and another county’s name, not the own region', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    const samples = resolve(import.meta.dirname, '../fixtures/samples');
    expect((await wengao('--db', db, 'import', samples)).code).toBe(0);
    const report = join(dir, '2025.txt');
    writeFileSync(report, '于都县文化和旅游局2025年意识形态工作总结\n一、工作情况\n依托新时代文明实践站开展理论宣讲进社区活动，把党的创新理论送到群众家门口，让群众听得懂、记得住、用得上。学习安吉县的经验，于都县各乡镇在党中央、国务院的领导下推进。\n于都县文化和旅游局\n2025年12月20日\n');
    const checked = await wengao('--db', db, 'check', report, '--json', '--region', '江西省赣州市于都县');
    const findings = (JSON.parse(checked.stdout) as { findings: { check: string; message: string }[] }).findings;
    expect(findings.filter((f) => f.check === 'copied-from-sample').map((f) => f.message)).toEqual([
      expect.stringMatching(/^与网上范文相同的文字占 \d+%（1 句，来自 1 篇范文）/u),
      '这句话与网上范文“龙华区观澜街道2024年意识形态工作责任制落实情况报告”相同：请按本单位的实际情况改写。',
    ]);
    expect(findings.filter((f) => f.check === 'leftover-name').map((f) => f.message)).toEqual(['疑似沿用他处的地名：安吉县（浙江省湖州市），本文稿的地区是江西省赣州市于都县。请核对是否从别处材料中照搬。']);
  }, 60_000);
});

