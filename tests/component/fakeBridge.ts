import { vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../electron/ipc/dispatch';
import { openLibrary } from '../../electron/library/open';
import { createHandlers } from '../../electron/services/handlers';
import { channels, type Channel, type Result, type WengaoApi } from '../../shared/ipc/contract';
import type { ImportPreview } from '../../shared/ipc/import';
import type { Draft, PhraseCategory, Skeleton } from '../../shared/ipc/library';

export const skeleton: Skeleton = {
  id: 1,
  name: '意识形态工作责任制落实情况报告',
  docType: '报告',
  kind: 'report',
  builtin: true,
  imported: false,
  headings: [
    { level: 1, text: '工作开展情况' },
    { level: 2, text: '加强组织领导' },
    { level: 2, text: '强化理论武装' },
    { level: 1, text: '存在的问题' },
  ],
};

export const phrases: PhraseCategory[] = [
  { id: 1, name: '宣传舆论', builtin: true, phrases: [{ id: 11, text: '弘扬主旋律，传播正能量', builtin: true }] },
  { id: 2, name: '空类', builtin: false, phrases: [] },
];

export const preview: ImportPreview = {
  previewId: 'preview-1',
  name: '去年的报告.txt',
  kind: 'txt',
  title: '2023年意识形态工作总结',
  encoding: 'gb18030',
  year: 2023,
  issuer: null,
  alreadyPresent: false,
  origin: 'own',
  blocks: [
    { index: 0, type: 'title', text: '2023年意识形态工作总结', part: 'other', harvested: false, placeholders: [] },
    { index: 1, type: 'heading', level: 1, number: '一、', text: '工作开展情况', part: 'work', harvested: false, placeholders: [] },
    { index: 2, type: 'paragraph', text: '市X局全年开展学习12次。', part: 'work', harvested: true, placeholders: [{ offset: 1, length: 1 }] },
    { index: 3, type: 'paragraph', text: '不想要的段落。', part: 'work', harvested: true, placeholders: [] },
  ],
  removed: [{ reason: '付费阅读标记', text: '##paidbegin##' }],
  placeholderCount: 1,
  lines: [
    { text: '2023年意识形态工作总结', label: 'title', reason: '以文种结尾的标题', shape: '0年意识形态工作总结' },
    { text: '一、工作开展情况', label: 'body', reason: '一、开头的标题', shape: '一、工作开展情况' },
    { text: '市X局全年开展学习12次。', label: 'body', reason: '完整的句子', shape: '市X局全年开展学习0次。' },
    { text: '不想要的段落。', label: 'body', reason: '完整的句子', shape: '不想要的段落。' },
  ],
};

const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });

/** Every channel answered by the real handler table over a fresh library, as in web mode. */
export function libraryBridge(): WengaoApi {
  const handlers = createHandlers(openLibrary(join(mkdtempSync(join(tmpdir(), 'wengao-component-')), 'library.sqlite')));
  return Object.fromEntries(
    channels.map((channel: Channel) => [channel, vi.fn((input: unknown) => dispatch(handlers, channel, input))]),
  ) as unknown as WengaoApi;
}

export function fakeBridge(overrides: Partial<WengaoApi> = {}, draft: Draft | null = null) {
  const bridge = {
    ...libraryBridge(),
    'library:getInfo': vi.fn(() =>
      ok({ path: '/x', schemaVersion: 1, seedVersion: 1, counts: { phrases: 1, phraseCategories: 2, skeletons: 1, drafts: 0, sources: 0, paragraphs: 0 } }),
    ),
    'skeletons:list': vi.fn(() => ok([skeleton])),
    'phrases:list': vi.fn(() => ok(phrases)),
    'drafts:loadCurrent': vi.fn(() => ok(draft)),
    'drafts:save': vi.fn(() => ok({ id: 7, updatedAt: '2026-01-01T00:00:00.000Z' })),
    'import:preview': vi.fn(() => ok(preview)),
    'import:commit': vi.fn(() => ok({ status: 'added' as const, sourceId: 1, paragraphs: 2, duplicates: 0, phrases: 1 })),
    'import:finish': vi.fn(() => ok({ phrases: 0 })),
    'import:listLearned': vi.fn(() => ok([])),
    'import:deleteLearned': vi.fn(() => ok({ forgotten: 0 })),
    'import:discard': vi.fn(() => ok(null)),
    'import:moveBoundary': vi.fn(() => ok(preview)),
    ...overrides,
  } satisfies WengaoApi;
  return bridge;
}
