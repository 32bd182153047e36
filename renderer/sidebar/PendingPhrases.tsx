import { Check, Pencil, X } from 'lucide-react';
import { useState } from 'react';
import { useBridge } from '../kit/BridgeContext';
import { useConfirmed } from '../kit/confirm';
import { useLibraryVersion } from '../kit/LibraryRefresh';
import { useLibraryList } from '../kit/useLibraryList';
import { strings } from '../kit/strings';

const t = strings.phrases;

/**
 * The phrases harvested at import, waiting for the user (待审): 收入 puts one in the palette (in 导入收集),
 * 修改 lets it be corrected first, 不要 deletes it; 全部收入 takes them all, 全部不要 (asked first) drops them all.
 * Nothing shows when none wait.
 */
export function PendingPhrases() {
  const bridge = useBridge();
  const { bump } = useLibraryVersion();
  const state = useLibraryList('phrases:listPending');
  const [editing, setEditing] = useState<{ id: number; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const confirmed = useConfirmed();
  if (state.status !== 'ready' || state.value.length === 0) return null;
  const pending = state.value;

  const review = async (accept: number[], reject: number[]) => {
    const result = await bridge['phrases:review']({ accept, reject });
    setError(result.ok ? null : result.error.message);
    bump();
  };
  const saveEdit = async () => {
    if (!editing) return;
    const updated = await bridge['phrases:update']({ id: editing.id, text: editing.text.trim() });
    if (!updated.ok) {
      setError(updated.error.message);
      return;
    }
    setEditing(null);
    await review([editing.id], []);
  };

  return (
    <details className="pending-phrases" open>
      <summary>{t.pending(pending.length)}</summary>
      <p className="panel-hint">{t.pendingHint}</p>
      {error && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
      <ul className="entry-list" aria-label={t.pendingList}>
        {pending.map((phrase) => (
          <li key={phrase.id} className="pending-phrase">
            {editing?.id === phrase.id ? (
              <form
                className="inline-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void saveEdit();
                }}
              >
                <input aria-label={t.phraseText} value={editing.text} onChange={(event) => setEditing({ id: phrase.id, text: event.target.value })} autoFocus />
                <button type="submit">{t.accept}</button>
              </form>
            ) : (
              <>
                <span className="pending-text">{phrase.text}</span>
                <button type="button" className="icon-button" aria-label={t.acceptTitle(phrase.text)} title={t.accept} onClick={() => void review([phrase.id], [])}>
                  <Check aria-hidden size={13} />
                </button>
                <button type="button" className="icon-button" aria-label={t.editPhrase(phrase.text)} onClick={() => setEditing({ id: phrase.id, text: phrase.text })}>
                  <Pencil aria-hidden size={13} />
                </button>
                <button type="button" className="icon-button" aria-label={t.rejectTitle(phrase.text)} title={t.reject} onClick={() => void review([], [phrase.id])}>
                  <X aria-hidden size={13} />
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="panel-tools">
        <button type="button" onClick={() => void review(pending.map((p) => p.id), [])}>
          {t.acceptAll}
        </button>
        <button type="button" onClick={() => confirmed({ message: t.rejectAllConfirm(pending.length), confirmLabel: t.rejectAll }, () => review([], pending.map((p) => p.id)))}>
          {t.rejectAll}
        </button>
      </p>
    </details>
  );
}
