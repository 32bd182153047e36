import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import type { DraftSummary, DraftVersion } from '../../shared/model/library';
import { useBridge } from '../app/BridgeContext';
import { draftStrings as t } from './strings';
import './drafts.css';

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
const kinds: Record<DraftVersion['kind'], string> = t.versionKinds;

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
    if (!result.ok) onNotice(result.error?.message ?? t.failed);
    else if (done) onNotice(done);
    reload();
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title>{t.title}</Dialog.Title>
          <h3 className="dialog-subtitle">{t.recent}</h3>
          <ul className="drafts-list" aria-label={t.recent}>
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
                    <input aria-label={t.draftName} value={renaming.title} onChange={(e) => setRenaming({ id: draft.id, title: e.target.value })} />
                    <button type="submit">{t.save}</button>
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
                    {t.open}
                  </button>
                  <button type="button" onClick={() => setRenaming({ id: draft.id, title: draft.title })}>
                    {t.rename}
                  </button>
                  <button
                    type="button"
                    disabled={draft.id === current?.id}
                    onClick={() => {
                      if (window.confirm(t.confirmDelete(draft.title))) void act(() => bridge['drafts:delete']({ id: draft.id }), t.deleted(draft.title));
                    }}
                  >
                    {t.remove}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {current && (
            <>
              <h3 className="dialog-subtitle">
                {t.versionsOf(current.title)}
                <button type="button" className="link-button" onClick={() => void act(() => bridge['drafts:saveVersion']({ id: current.id }), t.versionSaved)}>
                  {t.saveVersion}
                </button>
              </h3>
              <ul className="drafts-list" aria-label={t.versions}>
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
                              onNotice(t.restored(when(version.createdAt)));
                              onOpenChange(false);
                            })
                        }
                      >
                        {t.restore}
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="dialog-footer">
            <button type="button" onClick={() => onOpenChange(false)}>
              {t.close}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
