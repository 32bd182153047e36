import { describe, expect, it } from 'vitest';
import {
  deleteDraft,
  listDrafts,
  listVersions,
  loadDraft,
  loadLatestDraft,
  renameDraft,
  restoreDraft,
  restoreVersion,
  saveDraft,
  saveVersion,
} from '../../electron/library/drafts';
import { openLibrary } from '../../electron/library/open';
import { tempLibraryPath } from './helpers';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, minutes)).toISOString();

describe('drafts', () => {
  it('keeps an automatic version at most every ten minutes of editing', () => {
    const { db } = openLibrary(tempLibraryPath());
    const { id } = saveDraft(db, { title: '报告', content: 'v0' }, at(0));
    for (let minute = 1; minute <= 25; minute++) saveDraft(db, { id, title: '报告', content: `v${minute}` }, at(minute));
    expect(listVersions(db, id).map((v) => [v.kind, v.createdAt])).toEqual([
      ['auto', at(20)],
      ['auto', at(10)],
      ['auto', at(0)],
    ]);
  });

  it('saves a version on request and restores it, keeping what it replaced', () => {
    const { db } = openLibrary(tempLibraryPath());
    const { id } = saveDraft(db, { title: '报告', content: '第一稿' }, at(0));
    const manual = saveVersion(db, id, at(1));
    saveDraft(db, { id, title: '报告', content: '改坏了的稿子' }, at(2));
    expect(restoreVersion(db, manual.id, at(3)).content).toBe('第一稿');
    expect(listVersions(db, id).map((v) => v.kind)).toEqual(['before-restore', 'manual', 'auto']);
    const kept = listVersions(db, id)[0];
    expect(kept && restoreVersion(db, kept.id, at(4)).content).toBe('改坏了的稿子');
  });

  it('lists, renames, deletes to the trash and restores drafts', () => {
    const { db } = openLibrary(tempLibraryPath());
    const a = saveDraft(db, { title: '甲', content: '{}' }, at(0)).id;
    const b = saveDraft(db, { title: '乙', content: '{}' }, at(1)).id;
    renameDraft(db, a, '甲（改名）');
    expect(listDrafts(db).map((d) => d.title)).toEqual(['乙', '甲（改名）']);
    deleteDraft(db, b);
    expect(loadLatestDraft(db)?.id).toBe(a);
    expect(() => loadDraft(db, b)).toThrow(/不存在/);
    restoreDraft(db, b);
    expect(listDrafts(db)).toHaveLength(2);
  });
});
