import { AppDialog } from '../kit/AppDialog';
import { useConfirmed } from '../kit/confirm';
import { useState } from 'react';
import type { DraftVersion } from '../../shared/ipc/library';
import { useBridge } from '../kit/BridgeContext';
import { draftStrings as t } from './strings';
import './drafts.css';
import { dateTime as when } from '../kit/dateTime';
import { RestorableCopy } from '../kit/RestorableCopy';
import { useAnswer } from '../kit/useAnswer';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  current: { id: number; title: string } | null;
  onOpenDraft: (id: number) => void;
  onNotice: (message: string) => void;
  /** Saves pending edits of the open draft now. */
  onFlush: () => Promise<void>;
}

const kinds: Record<DraftVersion['kind'], string> = t.versionKinds;

/** Recent drafts (open, rename, delete) and the current draft's versions (save, restore). */
export function DraftsDialog({ open, onOpenChange, current, onOpenDraft, onNotice, onFlush }: Props) {
  const bridge = useBridge();
  const confirmed = useConfirmed();
  const [renaming, setRenaming] = useState<{ id: number; title: string } | null>(null);
  const [tick, setTick] = useState(0);
  const [preview, setPreview] = useState<{ when: string; text: string; words: number } | null>(null);
  const reload = () => setTick((t) => t + 1);

  const drafts = useAnswer(open ? String(tick) : null, () => bridge['drafts:list']({})) ?? [];
  const versions = useAnswer(open && current ? `${current.id}:${tick}` : null, () => bridge['drafts:listVersions']({ id: current?.id ?? 0 })) ?? [];

  const act = async (run: () => Promise<{ ok: boolean; error?: { message: string } }>, done?: string) => {
    const result = await run();
    if (!result.ok) onNotice(result.error?.message ?? t.failed);
    else if (done) onNotice(done);
    reload();
  };

  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t.title}>
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
              <span className="draft-title">
                {draft.title}
                <span className="draft-first-line">{draft.firstLine || t.emptyDraft}</span>
              </span>
            )}
            <span className="draft-meta">{t.draftMeta(draft.words, when(draft.updatedAt))}</span>
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
                  confirmed({ message: t.confirmDelete(draft.title), confirmLabel: t.remove }, () =>
                    act(() => bridge['drafts:delete']({ id: draft.id }), t.deleted(draft.title)),
                  );
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
              <RestorableCopy
                key={version.id}
                createdAt={version.createdAt}
                kind={kinds[version.kind]}
                bytes={version.size}
                restoreLabel={t.restore}
                previewLabel={t.preview}
                onPreview={() =>
                  void bridge['drafts:previewVersion']({ versionId: version.id }).then((r) => {
                    if (r.ok) setPreview({ when: when(version.createdAt), ...r.value });
                    else onNotice(r.error.message);
                  })
                }
                onRestore={() =>
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
              />
            ))}
          </ul>
          {preview && (
            <section className="version-preview" aria-label={t.previewOf(preview.when, preview.words)}>
              <h4>{t.previewOf(preview.when, preview.words)}</h4>
              <pre>{preview.text}</pre>
            </section>
          )}
        </>
      )}
      <div className="dialog-footer">
        <button type="button" onClick={() => onOpenChange(false)}>
          {t.close}
        </button>
      </div>
    </AppDialog>
  );
}
