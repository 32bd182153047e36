import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { $findMatches, $replaceAll, $replaceMatch, $selectMatch } from '../../find';
import { editorStrings } from '../../strings';

const t = editorStrings.find;

/**
 * Find (Ctrl+F) and replace (Ctrl+H) in the draft. Each step is one editor update, so Ctrl+Z undoes
 * a replacement.
 */
export function FindReplacePlugin() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState<null | 'find' | 'replace'>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [current, setCurrent] = useState(0);
  const [count, setCount] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key !== 'f' && key !== 'h') return;
      event.preventDefault();
      setOpen(key === 'f' ? 'find' : 'replace');
      setTimeout(() => input.current?.select(), 0);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The count follows edits once typing pauses; it never walks the draft on every keystroke.
  useEffect(() => {
    if (!open) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => setCount(editor.getEditorState().read(() => $findMatches(query).length));
    const first = setTimeout(count, 0);
    const unregister = editor.registerUpdateListener(() => {
      clearTimeout(timer);
      timer = setTimeout(count, 200);
    });
    return () => {
      clearTimeout(first);
      clearTimeout(timer);
      unregister();
    };
  }, [editor, open, query]);

  const go = (step: number) => {
    if (count === 0) return;
    const next = (current + step + count) % count;
    setCurrent(next);
    editor.update(() => {
      const match = $findMatches(query)[next];
      if (!match) return;
      $selectMatch(match);
      editor.getElementByKey(match.key)?.scrollIntoView({ block: 'center' });
    });
  };

  if (!open) return null;
  return (
    <div className="floating-panel find-bar inline-form" role="search" aria-label={t.bar}>
      <input
        ref={input}
        aria-label={t.find}
        placeholder={t.find}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(0);
          setMessage(null);
        }}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Enter') {
            e.preventDefault();
            go(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') setOpen(null);
        }}
      />
      <span className="find-count">{query ? (count ? `${Math.min(current + 1, count)} / ${count}` : t.noResults) : ''}</span>
      <button type="button" onClick={() => go(-1)} disabled={count === 0}>
        {t.previous}
      </button>
      <button type="button" onClick={() => go(1)} disabled={count === 0}>
        {t.next}
      </button>
      {open === 'replace' && (
        <>
          <input aria-label={t.replaceWith} placeholder={t.replaceWith} value={replacement} onChange={(e) => setReplacement(e.target.value)} />
          <button
            type="button"
            disabled={count === 0}
            onClick={() =>
              editor.update(() => {
                const match = $findMatches(query)[current];
                if (match) $replaceMatch(match, replacement);
              })
            }
          >
            {t.replace}
          </button>
          <button
            type="button"
            disabled={count === 0}
            onClick={() => {
              let replaced = 0;
              editor.update(() => {
                replaced = $replaceAll(query, replacement);
              });
              setMessage(t.replaced(replaced));
            }}
          >
            {t.replaceAll}
          </button>
        </>
      )}
      {message && <span className="find-count">{message}</span>}
      <button type="button" className="icon-button" aria-label={t.close} onClick={() => setOpen(null)}>
        <X aria-hidden size={14} />
      </button>
    </div>
  );
}
