import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/library/migrate';
import { LATEST_SCHEMA_VERSION } from '../../electron/library/migrations';
import { migration0001 } from '../../electron/library/migrations/0001-init';
import { openLibrary, type Library } from '../../electron/library/open';
import { analyseFile, analysePaste } from '../../electron/services/import/analyse';
import { ImportError } from '../../electron/services/import/errors';
import { importPaths } from '../../electron/services/import/importReports';
import { storeReport } from '../../electron/services/import/store';
import { buildRunInDocx } from '../fixtures/docx';
import { tempDir, tempLibraryPath } from './helpers';

const fixtures = resolve(import.meta.dirname, '../fixtures/reports');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));

function counts(library: Library) {
  return library.db
    .prepare(
      `SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM paragraphs) AS paragraphs,
              (SELECT count(*) FROM paragraph_sources) AS links, (SELECT count(*) FROM skeletons) AS skeletons,
              (SELECT count(*) FROM phrases) AS phrases`,
    )
    .get() as Record<string, number>;
}

async function expectImportError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).code).toBe(code);
}

describe('migration 0002-import', () => {
  it('adds the import tables to a version-1 library and keeps its data', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:', [migration0001]);
    db.prepare("INSERT INTO phrase_categories (name) VALUES ('我的')").run();
    migrate(db, ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT name FROM phrase_categories').pluck().all()).toEqual(['我的']);
    const columns = db.prepare("SELECT name FROM pragma_table_info('phrases')").pluck().all();
    expect(columns).toEqual(expect.arrayContaining(['mined', 'frequency']));
    expect(() => db.prepare("INSERT INTO paragraphs (text, norm_hash, part, created_at, updated_at) VALUES ('a', 'h', 'bogus', '', '')").run()).toThrow(/CHECK/);
  });
});

describe('storing an imported report', () => {
  it('keeps clean paragraphs with their part, heading path and placeholders, a skeleton and mined phrases', async () => {
    const library = openLibrary(tempLibraryPath());
    const result = storeReport(library, await analyseFile('two-line-title.txt', fixture('two-line-title.txt')));
    expect(result).toMatchObject({ status: 'added', paragraphs: 5, duplicates: 0 });

    const source = library.db.prepare('SELECT title, year, issuer, kind FROM sources').get();
    expect(source).toEqual({ title: '城关镇人民政府关于2024年意识形态工作责任制落实情况的报告', year: 2024, issuer: '城关镇人民政府', kind: 'txt' });

    const rows = library.db.prepare('SELECT text, part, heading_path AS path, placeholder_count AS n FROM paragraphs ORDER BY id').all() as {
      text: string;
      part: string;
      path: string;
      n: number;
    }[];
    const withField = rows.find((r) => r.text.includes('某某文化广场'));
    expect(withField).toMatchObject({ part: 'work', n: 1 });
    expect(JSON.parse(withField?.path ?? '[]')).toEqual(['工作开展情况', '强化阵地建设']);
    expect(rows.find((r) => r.text.startsWith('下一步'))?.part).toBe('plans');
    expect(rows.some((r) => r.text === '特此报告。')).toBe(false);

    const skeleton = library.db.prepare('SELECT name, headings, builtin FROM skeletons WHERE source_id IS NOT NULL').get() as { headings: string; builtin: number };
    expect(skeleton.builtin).toBe(0);
    expect(JSON.parse(skeleton.headings).map((h: { text: string }) => h.text)).toEqual([
      '工作开展情况',
      '压实领导责任',
      '强化阵地建设',
      '存在的问题及下一步工作打算',
    ]);
    expect(library.db.prepare("SELECT text FROM phrases WHERE mined = 1 AND text = '“一岗双责”'").get()).toBeUndefined();
    library.close();
  });

  it('adds nothing when the same file is imported twice', async () => {
    const library = openLibrary(tempLibraryPath());
    const analysed = await analyseFile('levels-3-4.txt', fixture('levels-3-4.txt'));
    storeReport(library, analysed);
    const before = counts(library);
    expect(storeReport(library, analysed)).toMatchObject({ status: 'present', paragraphs: 0 });
    expect(counts(library)).toEqual(before);
    library.close();
  });

  it('stores a paragraph identical after normalisation only once, linked to both sources', () => {
    const library = openLibrary(tempLibraryPath());
    const shared = '局党组把意识形态工作纳入年度工作要点，全年专题研究4次。';
    storeReport(library, analysePaste(`一、工作情况\n${shared}\n另一段话。`, '甲'));
    const second = storeReport(library, analysePaste(`一、主要做法\n ${shared.replace('，', ',').replace('4', '４')} \n第三段话。`, '乙'));
    expect(second).toMatchObject({ paragraphs: 1, duplicates: 1 });
    const row = library.db
      .prepare('SELECT p.text, count(ps.source_id) AS sources FROM paragraphs p JOIN paragraph_sources ps ON ps.paragraph_id = p.id WHERE p.text LIKE ? GROUP BY p.id')
      .all('局党组%');
    expect(row).toEqual([{ text: shared, sources: 2 }]);
    library.close();
  });

  it('leaves out the paragraphs the user unticked in the preview', () => {
    const library = openLibrary(tempLibraryPath());
    const analysed = analysePaste('一、工作情况\n要保留的段落。\n不要的段落。');
    const unwanted = analysed.report.blocks.findIndex((b) => b.text === '不要的段落。');
    storeReport(library, analysed, { exclude: new Set([unwanted]) });
    expect(library.db.prepare('SELECT text FROM paragraphs').pluck().all()).toEqual(['要保留的段落。']);
    library.close();
  });

  it('writes all or nothing: a failure half-way leaves the library as it was', () => {
    const library = openLibrary(tempLibraryPath());
    const before = counts(library);
    library.db.exec(`CREATE TRIGGER fail_second AFTER INSERT ON paragraphs WHEN (SELECT count(*) FROM paragraphs) >= 2
                     BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    expect(() => storeReport(library, analysePaste('一、工作情况\n第一段。\n第二段。\n第三段。'))).toThrow(/disk full/);
    expect(counts(library)).toEqual(before);
    library.close();
  });
});

describe('reading files for import', () => {
  it('reads a .docx: typed numbers make headings, a bold or 楷体 lead makes a run-in heading, tables stay tables', async () => {
    const analysed = await analyseFile('档案馆总结.docx', new Uint8Array(await buildRunInDocx()));
    const { blocks } = analysed.report;
    expect(analysed.kind).toBe('docx');
    expect(analysed.report.title).toBe('2024年县档案馆意识形态工作总结');
    expect(blocks.filter((b) => b.type === 'heading').map((b) => [b.level, b.number, b.text, Boolean(b.runIn)])).toEqual([
      [1, '一、', '工作开展情况', false],
      [2, '（一）', '加强组织领导', true],
      [2, '（二）', '强化阵地管理', true],
      [1, '二、', '存在的问题', false],
      [1, '三、', '下一步工作打算', false],
      [3, '1.', '丰富宣传载体', true],
    ]);
    expect(blocks.find((b) => b.text.startsWith('馆党支部'))?.text).toBe('馆党支部把意识形态工作列入年度重点任务，全年专题研究4次。');
    const table = blocks.find((b) => b.type === 'table');
    expect(table?.rows).toEqual([
      ['一、项目', '数量'],
      ['专题学习', '12次'],
    ]);
    expect(blocks.flatMap((b) => b.items ?? []).map((i) => i.lead)).toEqual(['规范展陈审核', '加强网站管理，全年发布信息XX条']);
    expect(blocks.map((b) => b.type).slice(-3)).toEqual(['closing', 'signature', 'date']);
  });

  it('refuses bad files with a clear Chinese reason', async () => {
    const docx = new Uint8Array(await buildRunInDocx());
    await expectImportError(analyseFile('空.txt', new Uint8Array()), 'EMPTY');
    await expectImportError(analyseFile('图片.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), 'BINARY');
    await expectImportError(analyseFile('旧.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])), 'LEGACY_DOC');
    await expectImportError(analyseFile('改了扩展名.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])), 'LEGACY_DOC');
    await expectImportError(analyseFile('坏.docx', docx.subarray(0, docx.length / 2)), 'CORRUPT_DOCX');
    // Not a zip at all (a picture renamed .docx) is no Word file, rather than a damaged one (issue 29, 13).
    await expectImportError(analyseFile('坏.docx', new TextEncoder().encode('not a zip at all')), 'NOT_DOCX');
    await expectImportError(analyseFile('截图.docx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), 'NOT_DOCX');
    await expectImportError(analyseFile('表格.xlsx', new TextEncoder().encode('a,b')), 'UNSUPPORTED');
    await expectImportError(analyseFile('广告.txt', new TextEncoder().encode('【某素材库】加入会员请联系客服')), 'NO_TEXT');
  });

  it('imports folders file by file, skipping bad files without touching the rest', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'a.txt'), fixture('bom-utf8.txt'));
    writeFileSync(join(dir, 'nested', 'b.txt'), fixture('gb18030-crlf.txt'));
    writeFileSync(join(dir, 'nested', 'c.docx'), await buildRunInDocx());
    writeFileSync(join(dir, 'old.doc'), 'legacy');
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 21 * 1024 * 1024);
    writeFileSync(join(dir, 'notes.md'), 'ignored: not a report type');

    const library = openLibrary(tempLibraryPath());
    const progress: number[] = [];
    const summary = await importPaths(library, [dir, join(dir, 'missing.txt')], (p) => progress.push(p.done));
    expect(summary.reports).toBe(3);
    expect(summary.skipped.map((s) => [s.file.replace(dir, ''), s.reason])).toEqual([
      ['/huge.txt', expect.stringContaining('20 MB')],
      ['/old.doc', expect.stringContaining('请另存为 .docx 后导入')],
      ['/missing.txt', expect.stringContaining('无法读取')],
    ]);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);

    const again = await importPaths(library, [dir]);
    expect(again).toMatchObject({ reports: 0, paragraphs: 0 });
    expect(again.present).toHaveLength(3);
    library.close();
  });
});

describe('harvested phrases wait for review', () => {
  it('are 待审, not in the palette nor in packs, until accepted; rejected ones are gone', async () => {
    const { createHandlers } = await import('../../electron/services/handlers');
    const { dispatch } = await import('../../electron/ipc/dispatch');
    const { openLibrary } = await import('../../electron/library/open');
    const { tempLibraryPath } = await import('./helpers');
    const library = openLibrary(tempLibraryPath());
    try {
      const handlers = createHandlers(library);
      const report = (unit: string) => `2025年${unit}工作总结\n一、主要工作\n坚持“两个维护”不动摇，落实“清风行动”，弘扬新风尚，传播好声音。`;
      for (const unit of ['某局', '某县']) {
        const preview = (await dispatch(handlers, 'import:preview', { source: { text: report(unit), name: unit } })) as { ok: true; value: { previewId: string } };
        await dispatch(handlers, 'import:commit', { previewId: preview.value.previewId, exclude: [] });
      }
      await dispatch(handlers, 'import:finish', { sourceIds: [1, 2] });
      const pending = (await dispatch(handlers, 'phrases:listPending', {})) as { ok: true; value: { id: number; text: string }[] };
      const texts = pending.value.map((p) => p.text);
      expect(texts).toEqual(expect.arrayContaining(['“清风行动”', '弘扬新风尚，传播好声音']));
      const palette = (await dispatch(handlers, 'phrases:list', {})) as { ok: true; value: { phrases: { text: string }[] }[] };
      const inPalette = () => palette.value.flatMap((c) => c.phrases.map((p) => p.text));
      expect(inPalette()).not.toContain('“清风行动”');
      const pack = JSON.parse(((await dispatch(handlers, 'library:exportPack', {})) as { ok: true; value: string }).value) as { phrases: { text: string }[] };
      expect(pack.phrases.map((p) => p.text)).not.toContain('“清风行动”');

      const id = (text: string) => pending.value.find((p) => p.text === text)?.id ?? 0;
      expect(await dispatch(handlers, 'phrases:review', { accept: [id('“清风行动”')], reject: [id('弘扬新风尚，传播好声音')] })).toEqual({ ok: true, value: { accepted: 1, rejected: 1 } });
      const after = (await dispatch(handlers, 'phrases:list', {})) as { ok: true; value: { phrases: { text: string }[] }[] };
      expect(after.value.flatMap((c) => c.phrases.map((p) => p.text))).toContain('“清风行动”');
      const left = (await dispatch(handlers, 'phrases:listPending', {})) as { ok: true; value: { text: string }[] };
      expect(left.value.map((p) => p.text)).not.toContain('弘扬新风尚，传播好声音');
      expect(left.value.map((p) => p.text)).not.toContain('“清风行动”');
    } finally {
      library.close();
    }
  });
});
