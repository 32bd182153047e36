import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCopies } from '../../electron/library/copies';
import { migrate } from '../../electron/library/migrate';
import { migrations } from '../../electron/library/migrations';
import { openLibrary, type Library } from '../../electron/library/open';
import { trashParagraph, updateParagraph } from '../../electron/library/paragraphs';
import { listSources, setSourceOrigin, sourceDocument } from '../../electron/library/sources';
import { analyseFile } from '../../electron/services/import/analyse';
import { storeReport } from '../../electron/services/import/store';
import { exportPack, importPack } from '../../electron/library/pack';
import { tempLibraryPath } from './helpers';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const analysed = (path: string) => analyseFile(path.split('/').at(-1) ?? path, new Uint8Array(readFileSync(join(fixtures, path))));

/** A sentence of the 龙华区 web sample, and one of the user's own 2025 report. */
const copied = '依托新时代文明实践站开展理论宣讲进社区活动，把党的创新理论送到群众家门口，让群众听得懂、记得住、用得上。';
const own = '局党组专题研究意识形态工作10次，签订责任书35份。';

async function libraryWithSamples(): Promise<Library> {
  const library = openLibrary(tempLibraryPath());
  storeReport(library, await analysed('samples/web-sample-longhua.txt'));
  storeReport(library, await analysed('samples/web-sample-anji.txt'));
  storeReport(library, await analysed('continuation/unit-2025.txt'));
  return library;
}

describe('查重 against the web samples in the library', () => {
  it('takes a file the cleaner removed site noise from for a web sample, and the user’s own report for their own', async () => {
    const library = await libraryWithSamples();
    const origins = Object.fromEntries(listSources(library.db).map((s) => [s.title, s.origin]));
    expect(origins).toEqual({
      龙华区观澜街道2024年意识形态工作责任制落实情况报告: 'sample',
      安吉县文化和旅游局2025年意识形态工作总结: 'sample',
      某县文化和旅游局2025年意识形态工作总结: 'own',
    });
  });

  it('finds a sentence of a sample written with other punctuation and spaces, and names the sample', async () => {
    const library = await libraryWithSamples();
    const draft = `我们注重方法创新。依托新时代文明实践站 开展理论宣讲进社区活动,把党的创新理论送到群众家门口；${own}`;
    const [match, ...rest] = findCopies(library.db, ['第一段没有抄的内容，都是自己写的，一共二十多个字。', draft]);
    expect(rest).toEqual([]);
    expect(match?.paragraph).toBe(1);
    expect(draft.slice(match?.offset, (match?.offset ?? 0) + (match?.length ?? 0))).toBe('依托新时代文明实践站 开展理论宣讲进社区活动,把党的创新理论送到群众家门口；');
    expect(match?.source.title).toBe('龙华区观澜街道2024年意识形态工作责任制落实情况报告');
  });

  it('finds a sample sentence with a clause of one’s own before or after it, and marks only the sample’s words', async () => {
    const library = await libraryWithSamples();
    const before = `我们学习借鉴外地做法，${copied}`;
    const after = `${copied.replace(/。$/u, '')}，取得了良好效果。`;
    const [first, second] = findCopies(library.db, [before, after]);
    expect(before.slice(first?.offset, (first?.offset ?? 0) + (first?.length ?? 0))).toBe(copied);
    expect(second?.paragraph).toBe(1);
    expect(after.slice(second?.offset, (second?.offset ?? 0) + (second?.length ?? 0))).toBe(copied.replace(/。$/u, '，'));
  });

  it('does not count the user’s own reports, short sentences or stock phrases as copied', async () => {
    const library = await libraryWithSamples();
    expect(findCopies(library.db, [own, '守土有责、守土负责、守土尽责。'])).toEqual([]);
    library.db.prepare("INSERT INTO phrases (category_id, text, created_at, updated_at) VALUES ((SELECT min(id) FROM phrase_categories), ?, '', '')").run(copied);
    expect(findCopies(library.db, [copied])).toEqual([]);
  });

  it('follows the library: an edited or trashed sample paragraph, a sample marked as the user’s own', async () => {
    const library = await libraryWithSamples();
    const id = (library.db.prepare('SELECT id FROM paragraphs WHERE text = ?').pluck().get(copied) as number | undefined) ?? 0;
    expect(findCopies(library.db, [copied])).toHaveLength(1);
    updateParagraph(library.db, id, { text: '依托新时代文明实践站开展群众喜闻乐见的宣讲活动，累计开展宣讲三十余场次。' });
    expect(findCopies(library.db, [copied])).toEqual([]);
    expect(findCopies(library.db, ['依托新时代文明实践站开展群众喜闻乐见的宣讲活动，累计开展宣讲三十余场次。'])).toHaveLength(1);
    trashParagraph(library.db, id);
    expect(findCopies(library.db, ['依托新时代文明实践站开展群众喜闻乐见的宣讲活动，累计开展宣讲三十余场次。'])).toEqual([]);

    const anji = '局党组把意识形态工作列入年度工作要点，与业务工作一起谋划、一起推进，主要负责同志切实履行第一责任人职责。';
    expect(findCopies(library.db, [anji])).toHaveLength(1);
    const source = listSources(library.db).find((s) => s.title?.startsWith('安吉县'));
    setSourceOrigin(library.db, source?.id ?? 0, 'own');
    expect(findCopies(library.db, [anji])).toEqual([]);
  });

  it('carries where text came from in a pack', async () => {
    const library = await libraryWithSamples();
    const other = openLibrary(tempLibraryPath());
    importPack(other.db, exportPack(library.db));
    expect(findCopies(other.db, [copied])).toHaveLength(1);
    expect(findCopies(other.db, [own])).toEqual([]);
  });

  it('keeps the whole imported report, so a later year can continue it', async () => {
    const library = await libraryWithSamples();
    const source = listSources(library.db).find((s) => s.origin === 'own');
    const doc = sourceDocument(library.db, source?.id ?? 0);
    expect(doc.blocks[0]).toMatchObject({ kind: 'title', inlines: [{ text: '某县文化和旅游局2025年意识形态工作总结' }] });
    expect(doc.blocks.some((b) => b.kind === 'signature')).toBe(true);
  });
});

describe('migration 0010-copies', () => {
  it('indexes the paragraphs a version-9 library holds and marks the downloads among its sources as samples', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:', migrations.slice(0, 9));
    db.prepare("INSERT INTO sources (file_name, kind, content_hash, removed_count, imported_at) VALUES ('a.txt', 'txt', 'a', 3, ''), ('b.txt', 'txt', 'b', 0, '')").run();
    db.prepare("INSERT INTO paragraphs (text, norm_hash, part, created_at, updated_at) VALUES (?, 'h', 'work', '', '')").run(copied);
    db.prepare('INSERT INTO paragraph_sources (paragraph_id, source_id, position) VALUES (1, 1, 0)').run();
    migrate(db, ':memory:');
    expect(db.prepare('SELECT file_name, origin FROM sources ORDER BY id').all()).toEqual([
      { file_name: 'a.txt', origin: 'sample' },
      { file_name: 'b.txt', origin: 'own' },
    ]);
    expect(findCopies(db, [copied])).toHaveLength(1);
  });
});
