import { vi } from 'vitest';
import type { Result, WengaoApi } from '../../shared/ipc/contract';
import type { Draft, PhraseCategory, Skeleton } from '../../shared/model/library';

export const skeleton: Skeleton = {
  id: 1,
  name: '意识形态工作责任制落实情况报告',
  docType: '报告',
  builtin: true,
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

const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });

export function fakeBridge(overrides: Partial<WengaoApi> = {}, draft: Draft | null = null) {
  const bridge = {
    'library:info': vi.fn(() =>
      ok({ path: '/x', schemaVersion: 1, seedVersion: 1, counts: { phrases: 1, phraseCategories: 2, skeletons: 1, drafts: 0 } }),
    ),
    'library:listSkeletons': vi.fn(() => ok([skeleton])),
    'library:listPhrases': vi.fn(() => ok(phrases)),
    'draft:loadCurrent': vi.fn(() => ok(draft)),
    'draft:save': vi.fn(() => ok({ id: 7, updatedAt: '2026-01-01T00:00:00.000Z' })),
    ...overrides,
  } satisfies WengaoApi;
  return bridge;
}
