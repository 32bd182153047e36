import { AppDialog } from '../../kit/AppDialog';
import { useState } from 'react';
import type { Part } from '../../../shared/model/parts';
import { useBridge } from '../../kit/BridgeContext';
import { useLibraryVersion } from '../../kit/LibraryRefresh';
import { ParagraphFields, parseTags } from '../ParagraphFields';
import { libraryStrings as t } from '../strings';
import { editorStrings } from '../../editor/strings';
import '../library.css';

interface Props {
  text: string | null;
  onClose: () => void;
  onSaved: () => void;
}

export function SaveToLibraryDialog({ text, onClose, onSaved }: Props) {
  return (
    <AppDialog open={text !== null} onOpenChange={(open) => !open && onClose()} title={editorStrings.saveSelection.title} className="edit-dialog">
      {text !== null && <SaveForm key={text} initial={text} onClose={onClose} onSaved={onSaved} />}
    </AppDialog>
  );
}

function SaveForm({ initial, onClose, onSaved }: { initial: string; onClose: () => void; onSaved: () => void }) {
  const bridge = useBridge();
  const { bump } = useLibraryVersion();
  const [text, setText] = useState(initial);
  const [part, setPart] = useState<Part>('work');
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="edit-form"
      onSubmit={(event) => {
        event.preventDefault();
        const tagList = parseTags(tags);
        void bridge['paragraphs:save']({ text, part, tags: tagList }).then((result) => {
          if (!result.ok) return setError(result.error.message);
          bump();
          onSaved();
        });
      }}
    >
      {error && (
        <p className="entry-error" role="alert">
          {error}
        </p>
      )}
      <label>
        {t.text}
        <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <ParagraphFields part={part} tags={tags} onPart={setPart} onTags={setTags} />
      <div className="dialog-footer">
        <button type="button" onClick={onClose}>
          {t.cancel}
        </button>
        <button type="submit" className="primary" disabled={text.trim() === ''}>
          {t.save}
        </button>
      </div>
    </form>
  );
}
