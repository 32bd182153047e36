import { describe, expect, it } from 'vitest';
import {
  getParagraph,
  listTrash,
  markUsed,
  mergeParagraphs,
  purgeTrash,
  restoreParagraph,
  saveParagraph,
  searchFacets,
  setFavorite,
  trashParagraph,
  updateParagraph,
} from '../../electron/library/paragraphs';
import { LibraryError } from '../../electron/library/errors';
import { openLibrary } from '../../electron/library/open';
import { listPhraseCategories } from '../../electron/library/phrases';
import { addCategory, addPhrase, deleteCategory, deletePhrase, movePhrase, moveCategory, renameCategory, updatePhrase } from '../../electron/library/phrases';
import { searchParagraphs } from '../../electron/library/search';
import { tempLibraryPath } from './helpers';

const fresh = () => openLibrary(tempLibraryPath());
const found = (db: ReturnType<typeof fresh>['db'], query: string) => searchParagraphs(db, { query }).hits.map((h) => h.id);

describe('curating paragraphs', () => {
  it('edits text, part, tags and note, keeping the index and placeholder count in step', () => {
    const { db } = fresh();
    const { id } = saveParagraph(db, { text: '原来的段落。', part: 'work', tags: [] });
    const edited = updateParagraph(db, id, { text: '修改后的段落，共XX次。', part: 'plans', tags: ['重点', ' 重点 ', '宣传'], note: '来自去年' });
    expect(edited).toMatchObject({ part: 'plans', tags: ['重点', '宣传'], note: '来自去年' });
    expect(found(db, '原来')).toEqual([]);
    expect(found(db, '修改后')).toEqual([id]);
    expect(searchParagraphs(db, { query: '修改后' }).hits[0]?.placeholderCount).toBe(1);
  });

  it('refuses an edit that would duplicate another paragraph', () => {
    const { db } = fresh();
    saveParagraph(db, { text: '甲段落。', part: 'work', tags: [] });
    const { id } = saveParagraph(db, { text: '乙段落。', part: 'work', tags: [] });
    expect(() => updateParagraph(db, id, { text: '甲段落。' })).toThrow(/已有的段落/);
    expect(getParagraph(db, id).text).toBe('乙段落。');
  });

  it('moves paragraphs to a trash that restores them, and purges them after 30 days', () => {
    const { db } = fresh();
    const { id } = saveParagraph(db, { text: '要删除的段落。', part: 'work', tags: [] });
    trashParagraph(db, id, '2026-01-01T00:00:00.000Z');
    expect(found(db, '要删除')).toEqual([]);
    expect(listTrash(db).map((t) => t.id)).toEqual([id]);
    restoreParagraph(db, id);
    expect(found(db, '要删除')).toEqual([id]);
    trashParagraph(db, id, '2026-01-01T00:00:00.000Z');
    expect(purgeTrash(db, new Date('2026-01-20T00:00:00.000Z'))).toBe(0);
    expect(purgeTrash(db, new Date('2026-02-01T00:00:00.000Z'))).toBe(1);
    expect(() => getParagraph(db, id)).toThrow(LibraryError);
  });

  it('counts uses and favourites, which lift a paragraph in the ranking', () => {
    const { db } = fresh();
    const a = saveParagraph(db, { text: '做好舆情应对。', part: 'work', tags: [] }).id;
    const b = saveParagraph(db, { text: '做好舆情处置。', part: 'work', tags: [] }).id;
    expect(found(db, '舆情')[0]).toBe(b);
    markUsed(db, a);
    expect(found(db, '舆情')[0]).toBe(a);
    setFavorite(db, b, true);
    expect(found(db, '舆情')[0]).toBe(b);
  });

  it('saves a selection once: saving the same text again adds its tags instead', () => {
    const { db } = fresh();
    const first = saveParagraph(db, { text: '牢牢掌握意识形态工作领导权。', part: 'work', tags: ['政治'] });
    const again = saveParagraph(db, { text: '牢牢掌握意识形态工作领导权。 ', part: 'plans', tags: ['常用'] });
    expect(again.id).toBe(first.id);
    expect(again.tags).toEqual(['政治', '常用']);
    expect(searchFacets(db).tags).toEqual(['常用', '政治']);
  });

  it('merges near-duplicates into one paragraph', () => {
    const { db } = fresh();
    const keep = saveParagraph(db, { text: '加强阵地管理。', part: 'work', tags: ['甲'] }).id;
    const other = saveParagraph(db, { text: '加强阵地的管理。', part: 'work', tags: ['乙'] }).id;
    markUsed(db, other);
    const merged = mergeParagraphs(db, keep, [other]);
    expect(merged).toMatchObject({ id: keep, tags: ['甲', '乙'], useCount: 1 });
    expect(found(db, '阵地')).toEqual([keep]);
  });
});

describe('editing phrases and categories', () => {
  it('adds, edits, reorders and deletes phrases', () => {
    const { db } = fresh();
    const category = addCategory(db, '我的常用');
    const a = addPhrase(db, category, '第一条');
    const b = addPhrase(db, category, '第二条');
    expect(() => addPhrase(db, category, '第一条')).toThrow(/已经有/);
    movePhrase(db, b, 'up');
    const texts = () => listPhraseCategories(db).find((c) => c.id === category)?.phrases.map((p) => p.text);
    expect(texts()).toEqual(['第二条', '第一条']);
    updatePhrase(db, a, { text: '第一条（改）' });
    deletePhrase(db, b);
    expect(texts()).toEqual(['第一条（改）']);
  });

  it('renames, reorders and deletes categories with their phrases', () => {
    const { db } = fresh();
    const id = addCategory(db, '临时');
    addPhrase(db, id, '临时短语');
    moveCategory(db, id, 'up');
    const names = () => listPhraseCategories(db).map((c) => c.name);
    expect(names().at(-2)).toBe('临时');
    renameCategory(db, id, '正式');
    expect(() => renameCategory(db, id, '开头结尾')).toThrow(/已经有名为/);
    deleteCategory(db, id);
    expect(names()).not.toContain('正式');
    expect(db.prepare("SELECT count(*) AS n FROM phrases WHERE text = '临时短语'").get()).toEqual({ n: 0 });
  });
});

describe('near-duplicates', () => {
  it('finds paragraphs that say nearly the same and ignores different ones', async () => {
    const { findNearDuplicates, similarity } = await import('../../electron/library/nearDuplicates');
    const { db } = fresh();
    const a = saveParagraph(db, { text: '局党组把意识形态工作纳入年度工作要点，全年召开专题会议4次，研究部署意识形态工作。', part: 'work', tags: [] });
    const b = saveParagraph(db, { text: '局党组把意识形态工作纳入年度工作要点，全年召开专题会议5次，认真研究部署意识形态工作。', part: 'work', tags: [] });
    saveParagraph(db, { text: '局党组把意识形态工作纳入党建工作责任制。', part: 'work', tags: [] });
    expect(similarity(a.text, b.text)).toBeGreaterThan(0.6);
    expect(findNearDuplicates(db, a.id, a.text).map((h) => h.id)).toEqual([b.id]);
  });
});
