import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import type { DraftSummary, DraftVersion } from '../../shared/model/library';
import { useBridge } from '../app/BridgeContext';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  current: { id: number; title: string } | null;
  onOpenDraft: (id: number) => void;
  onNotice: (message: string) => void;
  /** Saves pending edits of the open draft now. */
  onFlush: () => Promise<void>;
}

const when = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const kinds: Record<DraftVersion['kind'], string> = { auto: '自动', manual: '手动保存', 'before-restore': '恢复前' };

/** Recent drafts (open, rename, delete) and the current draft's versions (save, restore). */
export function DraftsDialog({ open, onOpenChange, current, onOpenDraft, onNotice, onFlush }: Props) {
  const bridge = useBridge();
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [versions, setVersions] = useState<DraftVersion[]>([]);
  const [renaming, setRenaming] = useState<{ id: number; title: string } | null>(null);
  const [tick, setTick] = useState(0);
  const reload = () => setTick((t) => t + 1);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void bridge['drafts:list']({}).then((r) => live && r.ok && setDrafts(r.value));
    if (current) void bridge['drafts:listVersions']({ id: current.id }).then((r) => live && r.ok && setVersions(r.value));
    return () => {
      live = false;
    };
  }, [bridge, open, current, tick]);

  const act = async (run: () => Promise<{ ok: boolean; error?: { message: string } }>, done?: string) => {
    const result = await run();
    if (!result.ok) onNotice(result.error?.message ?? '操作失败');
    else if (done) onNotice(done);
    reload();
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title>文稿与版本</Dialog.Title>
          <h3 className="dialog-subtitle">最近的文稿</h3>
          <ul className="drafts-list" aria-label="最近的文稿">
            {drafts.map((draft) => (
              <li key={draft.id} className={draft.id === current?.id ? 'current' : ''}>
                {renaming?.id === draft.id ? (
                  <form
                    className="inline-form"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void act(() => bridge['drafts:rename']({ id: draft.id, title: renaming.title }));
                      setRenaming(null);
                    }}
                  >
                    <input aria-label="文稿名称" value={renaming.title} onChange={(e) => setRenaming({ id: draft.id, title: e.target.value })} />
                    <button type="submit">保存</button>
                  </form>
                ) : (
                  <span className="draft-title">{draft.title}</span>
                )}
                <span className="draft-meta">{when(draft.updatedAt)}</span>
                <span className="hit-actions">
                  <button
                    type="button"
                    disabled={draft.id === current?.id}
                    onClick={() => {
                      onOpenDraft(draft.id);
                      onOpenChange(false);
                    }}
                  >
                    打开
                  </button>
                  <button type="button" onClick={() => setRenaming({ id: draft.id, title: draft.title })}>
                    重命名
                  </button>
                  <button
                    type="button"
                    disabled={draft.id === current?.id}
                    onClick={() => {
                      if (window.confirm(`确定删除文稿“${draft.title}”吗？`)) void act(() => bridge['drafts:delete']({ id: draft.id }), `已删除“${draft.title}”。`);
                    }}
                  >
                    删除
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {current && (
            <>
              <h3 className="dialog-subtitle">
                “{current.title}”的版本
                <button type="button" className="link-button" onClick={() => void act(() => bridge['drafts:saveVersion']({ id: current.id }), '已保存版本。')}>
                  保存版本
                </button>
              </h3>
              <ul className="drafts-list" aria-label="版本">
                {versions.map((version) => (
                  <li key={version.id}>
                    <span className="draft-title">{when(version.createdAt)}</span>
                    <span className="draft-meta">
                      {kinds[version.kind]} · {Math.ceil(version.size / 1024)} KB
                    </span>
                    <span className="hit-actions">
                      <button
                        type="button"
                        onClick={() =>
                          // Unsaved edits are saved first, so they become the “before restore” version
                          // instead of overwriting the restored text afterwards.
                          void onFlush()
                            .then(() => bridge['drafts:restoreVersion']({ versionId: version.id }))
                            .then((r) => {
                            if (!r.ok) return onNotice(r.error.message);
                              onOpenDraft(r.value.id);
                              onNotice(`已恢复 ${when(version.createdAt)} 的版本；恢复前的内容也保存为一个版本。`);
                              onOpenChange(false);
                            })
                        }
                      >
                        恢复
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="dialog-footer">
            <button type="button" onClick={() => onOpenChange(false)}>
              关闭
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
