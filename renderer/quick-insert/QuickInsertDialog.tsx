import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useMemo, useState } from 'react';
import { useFocusEditor } from '../kit/editorFocus';
import { useShortcut } from '../kit/shortcuts';
import type { SkeletonHeading } from '../../shared/ipc/library';
import { normaliseForSearch, queryTerms } from '../../shared/search/query';
import { useBridge } from '../kit/BridgeContext';
import { useLibraryList } from '../kit/useLibraryList';
import {
  INSERT_PARAGRAPH_COMMAND,
  INSERT_PHRASE_COMMAND,
  INSERT_SKELETON_COMMAND,
  REMEMBER_CARET_COMMAND,
} from '../editor/plugins/insert/commands';
import { sectionsOf } from './sections';
import { quickInsertStrings as t } from './strings';
import './quick-insert.css';

type Option =
  | { kind: 'section'; label: string; detail: string; headings: SkeletonHeading[]; searchText: string }
  | { kind: 'phrase'; label: string; detail: string }
  | { kind: 'paragraph'; label: string; detail: string; id: number; text: string };

const kindNames = t.kinds;
const MAX_EACH = 8;

/**
 * Quick insert (Ctrl+K): one search over skeleton sections, phrases and library paragraphs, used
 * with the keyboard only. Paragraphs come ranked by the library's search.
 */
export function QuickInsertDialog() {
  const [editor] = useLexicalComposerContext();
  const [open, onOpenChange] = useState(false);
  const focusEditor = useFocusEditor();

  const bridge = useBridge();
  const skeletons = useLibraryList('skeletons:list');
  const phrases = useLibraryList('phrases:list');
  const [query, setQuery] = useState('');
  // Ctrl+K, never while an IME is composing; the caret is remembered before the dialog takes focus.
  useShortcut('quickInsert', () => {
    editor.update(() => void editor.dispatchCommand(REMEMBER_CARET_COMMAND, undefined), { discrete: true });
    // Each Ctrl+K is a new search, however the last one ended.
    setQuery('');
    onOpenChange(true);
  });
  const [paragraphs, setParagraphs] = useState<Option[]>([]);
  const [active, setActive] = useState(0);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      if (query.trim() === '') return setParagraphs([]);
      void bridge['paragraphs:search']({ query, limit: MAX_EACH }).then((r) => {
        if (!live || !r.ok) return;
        setParagraphs(r.value.hits.map((h) => ({ kind: 'paragraph', label: h.snippet.text, detail: h.source ?? '', id: h.id, text: h.text })));
      });
    }, 40);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [bridge, query]);

  const options = useMemo(() => {
    const terms = queryTerms(query);
    const match = (text: string) => terms.every((t) => normaliseForSearch(text).includes(t));
    const sections: Option[] =
      skeletons.status === 'ready'
        ? skeletons.value.flatMap((s) =>
            sectionsOf(s.headings).map((section) => ({
              kind: 'section' as const,
              label: section[0]?.text ?? '',
              detail: s.name,
              headings: section,
              searchText: section.map((h) => h.text).join(' '),
            })),
          )
        : [];
    const phraseOptions: Option[] =
      phrases.status === 'ready'
        ? phrases.value.flatMap((c) => c.phrases.map((p) => ({ kind: 'phrase' as const, label: p.text, detail: c.name })))
        : [];
    return [
      ...sections.filter((o) => o.kind === 'section' && match(o.searchText)).slice(0, MAX_EACH),
      ...phraseOptions.filter((o) => match(o.label)).slice(0, MAX_EACH),
      ...paragraphs,
    ];
  }, [query, skeletons, phrases, paragraphs]);

  const choose = (option: Option | undefined) => {
    if (!option) return;
    onOpenChange(false);
    if (option.kind === 'section') editor.dispatchCommand(INSERT_SKELETON_COMMAND, option.headings);
    else if (option.kind === 'phrase') editor.dispatchCommand(INSERT_PHRASE_COMMAND, option.label);
    else {
      editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, option.text);
      void bridge['paragraphs:markUsed']({ id: option.id });
    }
    editor.focus();
  };

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) setQuery('');
        onOpenChange(next);
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog quick-insert"
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            focusEditor();
          }}
        >
          <Dialog.Title>{t.title}</Dialog.Title>
          <input
            role="combobox"
            aria-expanded={options.length > 0}
            aria-controls="quick-insert-options"
            aria-activedescendant={options.length > 0 ? `quick-option-${active}` : undefined}
            aria-label={t.search}
            placeholder={t.placeholder}
            value={query}
            autoFocus
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              // Never act on keys that belong to an IME composition (Enter confirms the composition).
              if (e.nativeEvent.isComposing) return;
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                setActive((a) => Math.max(0, Math.min(options.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
              } else if (e.key === 'Enter') {
                e.preventDefault();
                choose(options[active]);
              }
            }}
          />
          <ul id="quick-insert-options" role="listbox" aria-label={t.options} className="quick-options">
            {options.map((option, i) => (
              <li
                key={`${option.kind}-${i}`}
                id={`quick-option-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                onMouseEnter={() => setActive(i)}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(option);
                }}
              >
                <span className={`quick-kind kind-${option.kind}`}>{kindNames[option.kind]}</span>
                <span className="quick-label">{option.label}</span>
                <span className="quick-detail">{option.detail}</span>
              </li>
            ))}
            {options.length === 0 && <li className="panel-note">{t.noMatch}</li>}
          </ul>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
