import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { X } from 'lucide-react';
import { SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useShortcut } from '../../../kit/shortcuts';
import { $findMatches, $replaceAll, $replaceMatch, $selectMatch, type Match } from '../../find';
import { editorStrings } from '../../strings';
import { clearMatches, paintMatches } from './findHighlights';

const t = editorStrings.find;

/**
 * Find (Ctrl+F) and replace (Ctrl+H) in the draft. Keys typed in the bar never reach the document:
 * Enter and Shift+Enter walk the marked matches without moving the focus, and closing the bar puts
 * the caret on the current match. Each replacement is one editor update, so Ctrl+Z undoes it.
 */
export function FindReplacePlugin() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState<null | 'find' | 'replace'>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [current, setCurrent] = useState(0);
  const [matches, setMatches] = useState<Match[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const count = matches.length;

  const [shownAt, setShownAt] = useState(0);
  const show = (mode: 'find' | 'replace') => {
    setOpen(mode);
    setShownAt((n) => n + 1);
  };
  // Before the next key arrives: what the user types after Ctrl+F goes into the bar, not the page.
  useLayoutEffect(() => {
    if (shownAt === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [shownAt]);
  useShortcut('find', () => show('find'));
  useShortcut('replace', () => show('replace'));

  // The matches follow edits once typing pauses; they never walk the draft on every keystroke.
  useEffect(() => {
    if (!open) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const find = () => setMatches(editor.getEditorState().read(() => $findMatches(query)));
    const first = setTimeout(find, 0);
    const unregister = editor.registerUpdateListener(() => {
      clearTimeout(timer);
      timer = setTimeout(find, 200);
    });
    return () => {
      clearTimeout(first);
      clearTimeout(timer);
      unregister();
    };
  }, [editor, open, query]);

  const shown = count === 0 ? 0 : Math.min(current, count - 1);
  useEffect(() => {
    if (!open) return;
    paintMatches(editor, matches, shown);
    return clearMatches;
  }, [editor, open, matches, shown]);

  // A key pressed right after typing must see the matches of what was typed, not the last paint's.
  const fresh = () => {
    const now = editor.getEditorState().read(() => $findMatches(query));
    setMatches(now);
    return now;
  };

  const go = (step: number) => {
    const now = fresh();
    if (now.length === 0) return;
    const next = (Math.min(current, now.length - 1) + step + now.length) % now.length;
    setCurrent(next);
    const match = now[next];
    if (match) editor.getElementByKey(match.key)?.scrollIntoView({ block: 'center' });
  };

  /** Closes the bar; the caret goes back to the page, on the current match if there is one. */
  const close = () => {
    const now = fresh();
    const match = now[Math.min(current, now.length - 1)];
    setOpen(null);
    if (match && query) editor.update(() => $selectMatch(match), { onUpdate: () => editor.focus() });
    else editor.focus();
  };

  // Replacing edits the document but leaves the focus in the bar.
  const quietly = (fn: () => void) => editor.update(fn, { tag: SKIP_DOM_SELECTION_TAG });

  if (!open) return null;
  return (
    <div
      className="floating-panel find-bar inline-form"
      role="search"
      aria-label={t.bar}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
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
          if (e.nativeEvent.isComposing || e.key !== 'Enter') return;
          e.preventDefault();
          go(e.shiftKey ? -1 : 1);
        }}
      />
      <span className="find-count" aria-live="polite">
        {query ? (count ? `${shown + 1} / ${count}` : t.noResults) : ''}
      </span>
      <button type="button" onClick={() => go(-1)} disabled={count === 0} title={t.previousHint}>
        {t.previous}
      </button>
      <button type="button" onClick={() => go(1)} disabled={count === 0} title={t.nextHint}>
        {t.next}
      </button>
      {open === 'replace' && (
        <>
          <input aria-label={t.replaceWith} placeholder={t.replaceWith} value={replacement} onChange={(e) => setReplacement(e.target.value)} />
          <button
            type="button"
            disabled={count === 0}
            onClick={() =>
              quietly(() => {
                const match = $findMatches(query)[shown];
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
              editor.update(
                () => {
                  replaced = $replaceAll(query, replacement);
                },
                { tag: SKIP_DOM_SELECTION_TAG, discrete: true },
              );
              setMessage(t.replaced(replaced));
            }}
          >
            {t.replaceAll}
          </button>
        </>
      )}
      {message && <span className="find-count">{message}</span>}
      <button type="button" className="icon-button" aria-label={t.close} onClick={close}>
        <X aria-hidden size={14} />
      </button>
    </div>
  );
}
