import { AppDialog } from '../kit/AppDialog';
import { useConfirm } from '../kit/confirm';
import { useEffect, useState } from 'react';
import type { Part } from '../../shared/model/parts';
import type { LibraryParagraph, SearchHit } from '../../shared/ipc/search';
import { useBridge } from '../kit/BridgeContext';
import { ParagraphFields, parseTags } from './ParagraphFields';
import { libraryStrings as t } from './strings';
import './library.css';

interface Props {
  id: number | null;
  onClose: () => void;
  onSaved: (paragraph: LibraryParagraph) => void;
  onTrashed: (id: number) => void;
  onMerged: () => void;
}

export function EditParagraphDialog({ id, onClose, onSaved, onTrashed, onMerged }: Props) {
  const bridge = useBridge();
  const confirm = useConfirm();
  const [form, setForm] = useState<{ text: string; part: Part; tags: string; note: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [similar, setSimilar] = useState<(SearchHit & { similarity: number })[]>([]);

  // The parent keys this dialog by paragraph id, so each paragraph starts with fresh state.
  useEffect(() => {
    if (id === null) return;
    void bridge['paragraphs:get']({ id }).then((result) => {
      if (result.ok) setForm({ ...result.value, tags: result.value.tags.join('，') });
      else setError(result.error.message);
    });
    void bridge['paragraphs:findNearDuplicates']({ id }).then((result) => result.ok && setSimilar(result.value));
  }, [bridge, id]);

  const save = async () => {
    if (id === null || !form) return;
    const tags = parseTags(form.tags);
    const result = await bridge['paragraphs:update']({ id, text: form.text, part: form.part, tags, note: form.note });
    if (result.ok) onSaved(result.value);
    else setError(result.error.message);
  };

  const merge = async (other: number) => {
    if (id === null || !(await confirm({ message: t.mergeConfirm }))) return;
    const result = await bridge['paragraphs:merge']({ keep: id, others: [other] });
    if (result.ok) {
      setSimilar((list) => list.filter((s) => s.id !== other));
      onMerged();
    } else setError(result.error.message);
  };

  const trash = async () => {
    if (id === null || !(await confirm({ message: t.trashConfirm }))) return;
    const result = await bridge['paragraphs:trash']({ id });
    if (result.ok) onTrashed(id);
    else setError(result.error.message);
  };

  return (
    <AppDialog open={id !== null} onOpenChange={(open) => !open && onClose()} title={t.editTitle} className="edit-dialog">
      {error && (
        <p className="entry-error" role="alert">
          {error}
        </p>
      )}
      {form && (
        <form
          className="edit-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label>
            {t.text}
            <textarea rows={8} value={form.text} onChange={(e) => setForm({ ...form, text: e.target.value })} />
          </label>
          <ParagraphFields
            part={form.part}
            tags={form.tags}
            onPart={(part) => setForm({ ...form, part })}
            onTags={(tags) => setForm({ ...form, tags })}
          />
          <label>
            {t.note}
            <input value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
          </label>
          {similar.length > 0 && (
            <section aria-label={t.similar}>
              <h3 className="dialog-subtitle">{t.similar}</h3>
              <ul className="drafts-list">
                {similar.map((other) => (
                  <li key={other.id}>
                    <span className="draft-title">{other.text}</span>
                    <span className="draft-meta">{t.similarity(other.similarity)}</span>
                    <span className="hit-actions">
                      <button type="button" onClick={() => void merge(other.id)}>
                        {t.mergeHere}
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="dialog-footer">
            <button type="button" className="danger" onClick={() => void trash()}>
              {t.trash}
            </button>
            <button type="button" onClick={onClose}>
              {t.cancel}
            </button>
            <button type="submit" className="primary">
              {t.save}
            </button>
          </div>
        </form>
      )}
    </AppDialog>
  );
}
