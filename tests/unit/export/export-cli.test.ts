import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveDraft } from '../../../electron/library/drafts';
import { openLibrary } from '../../../electron/library/open';
import { writeExport } from '../../../electron/services/export/writeExport';
import { tempDir } from '../helpers';
import { wengao } from '../wengaoCli';
import { readDocx } from './docxXml';
import { lexicalDraft } from './lexicalDraft';

const report = resolve(import.meta.dirname, '../../fixtures/export/full-report.txt');

describe('wengao export-docx and export-txt', () => {
  it('exports a .txt report to a GB/T 9704 .docx and refuses to overwrite it without --force', async () => {
    const out = join(tempDir(), '报告.docx');
    const first = await wengao('export-docx', report, '-o', out, '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ out, unfilledFields: 2 });
    const docx = await readDocx(readFileSync(out));
    expect(docx.paragraphs[0]?.text).toContain('中共XX县自然资源局党组');

    writeFileSync(out, 'kept');
    const again = await wengao('export-docx', report, '-o', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已存在');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('kept');

    expect((await wengao('export-docx', report, '-o', out, '--force')).code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(4000);
  }, 60_000);

  it('refuses a file that Word has open', async () => {
    const dir = tempDir();
    const out = join(dir, '年度工作总结.docx');
    writeFileSync(join(dir, '~$度工作总结.docx'), '');
    const result = await wengao('export-docx', report, '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('正被 Word、WPS 或 LibreOffice 打开');
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('exports a stored draft by its number, and plain text from a .docx', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    const library = openLibrary(db);
    const { id } = saveDraft(library.db, { title: '测试文稿', content: lexicalDraft });
    library.close();
    const docxOut = join(dir, 'draft.docx');
    expect((await wengao('--db', db, 'export-docx', String(id), '-o', docxOut)).code).toBe(0);
    const txtOut = join(dir, 'draft.txt');
    const txt = await wengao('export-txt', docxOut, '-o', txtOut);
    expect(txt.code).toBe(0);
    expect(readFileSync(txtOut, 'utf8')).toContain('（一）压实责任。局党组把意识形态工作列入XX年度重点。');
  }, 60_000);

  it('explains bad input in Chinese and exits non-zero', async () => {
    const dir = tempDir();
    const cases: [string[], string][] = [
      [['export-docx', join(dir, 'missing.txt'), '-o', join(dir, 'a.docx')], '无法读取这个文件'],
      [['export-docx', report, '-o', join(dir, 'a.pdf')], '输出文件应以 .docx 结尾'],
      [['export-docx', join(dir, 'x.pdf'), '-o', join(dir, 'a.docx')], '请给出 .txt 或 .docx 文件'],
      [['--db', join(dir, 'l.sqlite'), 'export-docx', '999', '-o', join(dir, 'a.docx')], '文稿'],
      [['export-docx', report], "required option '-o, --out <file>'"],
    ];
    for (const [args, message] of cases) {
      const result = await wengao(...args);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr, args.join(' ')).toContain(message);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
  }, 60_000);
});

describe('writing an export', () => {
  it('leaves neither the target nor a temporary file behind when writing fails', () => {
    const dir = tempDir();
    const target = join(dir, 'no-such-folder', 'a.docx');
    expect(() => writeExport(target, new Uint8Array([1, 2, 3]))).toThrow(/无法写入/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces an existing file whole when forced', () => {
    const dir = tempDir();
    const target = join(dir, 'a.txt');
    writeFileSync(target, 'old');
    writeExport(target, 'new', { force: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});
