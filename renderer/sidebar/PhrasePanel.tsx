import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useConfirmed } from '../kit/confirm';
import { ArrowDown, ArrowUp, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { PhraseCategory } from '../../shared/ipc/library';
import { normaliseForSearch } from '../../shared/search/query';
import { useBridge } from '../kit/BridgeContext';
import { useLibraryVersion } from '../kit/LibraryRefresh';
import { useLibraryList } from '../kit/useLibraryList';
import { strings } from '../kit/strings';
import { INSERT_PHRASE_COMMAND } from '../editor/plugins/insert/commands';
import { PanelState } from './PanelState';
import { PendingPhrases } from './PendingPhrases';
import './sidebar.css';

const t = strings.phrases;

function filterCategories(categories: PhraseCategory[], query: string): PhraseCategory[] {
  const terms = normaliseForSearch(query).split(/\s+/u).filter(Boolean);
  if (terms.length === 0) return categories;
  return categories.map((c) => ({
    ...c,
    phrases: c.phrases.filter((p) => terms.every((term) => normaliseForSearch(`${c.name} ${p.text}`).includes(term))),
  }));
}

export function PhrasePanel() {
  const [editor] = useLexicalComposerContext();
  const bridge = useBridge();
  const confirmed = useConfirmed();
  const { bump } = useLibraryVersion();
  const state = useLibraryList('phrases:list');
  const [query, setQuery] = useState('');
  const [managing, setManaging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Open inline forms by key (`rename:ID`, `edit:ID`, `new:ID`) with their text. */
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const setDraft = (key: string, text: string) => setDrafts((all) => ({ ...all, [key]: text }));
  const closeDraft = (key: string) =>
    setDrafts((all) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== key)));
  const [newCategory, setNewCategory] = useState('');

  /** Runs one edit and reloads the lists; a failure is shown above the list. */
  const edit = async (run: () => Promise<{ ok: boolean; error?: { message: string } }>) => {
    const result = await run();
    setError(result.ok ? null : (result.error?.message ?? null));
    if (result.ok) bump();
  };

  return (
    <>
    <PendingPhrases />
    <PanelState state={state} empty={strings.phrasesEmpty} isEmpty={(categories) => categories.length === 0}>
      {(categories) => {
        const shown = filterCategories(categories, query).filter((c) => managing || c.phrases.length > 0);
        return (
          <>
            <div className="panel-tools">
              <input
                type="search"
                role="searchbox"
                aria-label={t.search}
                placeholder={t.searchPlaceholder}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                className="panel-search"
              />
              <button type="button" className="link-button" aria-pressed={managing} onClick={() => setManaging(!managing)}>
                {managing ? t.doneManaging : t.manage}
              </button>
            </div>
            {error && (
              <p className="panel-note panel-error" role="alert">
                {error}
              </p>
            )}
            {!managing && <p className="panel-hint">{strings.phrasesHint}</p>}
            {shown.length === 0 && <p className="panel-note">{t.noMatch(query)}</p>}
            {shown.map((category) => (
              <section key={category.id} className="phrase-group" aria-labelledby={`phrase-category-${category.id}`}>
                <h3 id={`phrase-category-${category.id}`}>
                  {category.name}
                  {managing && (
                    <span className="manage-actions">
                      <button type="button" aria-label={t.moveUp(category.name)} onClick={() => void edit(() => bridge['phrases:moveCategory']({ id: category.id, direction: 'up' }))}>
                        <ArrowUp aria-hidden size={12} />
                      </button>
                      <button type="button" aria-label={t.moveDown(category.name)} onClick={() => void edit(() => bridge['phrases:moveCategory']({ id: category.id, direction: 'down' }))}>
                        <ArrowDown aria-hidden size={12} />
                      </button>
                      <button
                        type="button"
                        aria-label={t.rename(category.name)}
                        onClick={() => setDraft(`rename:${category.id}`, category.name)}
                      >
                        <Pencil aria-hidden size={12} />
                      </button>
                      <button
                        type="button"
                        aria-label={t.deleteCategory(category.name)}
                        onClick={() => {
                          confirmed({ message: t.confirmDeleteCategory(category.name, category.phrases.length), confirmLabel: strings.delete }, () =>
                            edit(() => bridge['phrases:deleteCategory']({ id: category.id })),
                          );
                        }}
                      >
                        <Trash2 aria-hidden size={12} />
                      </button>
                    </span>
                  )}
                </h3>
                {managing && drafts[`rename:${category.id}`] !== undefined && (
                  <form
                    className="inline-form"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void edit(() => bridge['phrases:renameCategory']({ id: category.id, name: drafts[`rename:${category.id}`] ?? '' }));
                      closeDraft(`rename:${category.id}`);
                    }}
                  >
                    <input aria-label={t.categoryName} value={drafts[`rename:${category.id}`]} onChange={(e) => setDraft(`rename:${category.id}`, e.target.value)} />
                    <button type="submit">{t.save}</button>
                  </form>
                )}
                <div className="phrase-chips">
                  {category.phrases.map((phrase) =>
                    managing ? (
                      <span key={phrase.id} className="chip managing">
                        {drafts[`edit:${phrase.id}`] !== undefined ? (
                          <form
                            className="inline-form"
                            onSubmit={(e) => {
                              e.preventDefault();
                              void edit(() => bridge['phrases:update']({ id: phrase.id, text: drafts[`edit:${phrase.id}`] ?? '' }));
                              closeDraft(`edit:${phrase.id}`);
                            }}
                          >
                            <input aria-label={t.phraseText} value={drafts[`edit:${phrase.id}`]} onChange={(e) => setDraft(`edit:${phrase.id}`, e.target.value)} />
                            <button type="submit">{t.save}</button>
                          </form>
                        ) : (
                          <>
                            <span>{phrase.text}</span>
                            <button type="button" aria-label={t.moveUp(phrase.text)} onClick={() => void edit(() => bridge['phrases:move']({ id: phrase.id, direction: 'up' }))}>
                              <ArrowUp aria-hidden size={12} />
                            </button>
                            <button type="button" aria-label={t.moveDown(phrase.text)} onClick={() => void edit(() => bridge['phrases:move']({ id: phrase.id, direction: 'down' }))}>
                              <ArrowDown aria-hidden size={12} />
                            </button>
                            <button type="button" aria-label={t.editPhrase(phrase.text)} onClick={() => setDraft(`edit:${phrase.id}`, phrase.text)}>
                              <Pencil aria-hidden size={12} />
                            </button>
                            <button
                              type="button"
                              aria-label={t.deletePhrase(phrase.text)}
                              onClick={() => {
                                confirmed({ message: t.confirmDeletePhrase(phrase.text), confirmLabel: strings.delete }, () =>
                                  edit(() => bridge['phrases:delete']({ id: phrase.id })),
                                );
                              }}
                            >
                              <Trash2 aria-hidden size={12} />
                            </button>
                          </>
                        )}
                      </span>
                    ) : (
                      <button
                        key={phrase.id}
                        type="button"
                        className="chip"
                        // Keeps the caret in the editor so the phrase lands exactly where the user was typing.
                        onMouseDown={(event) => event.preventDefault()}
                        onClick={() => {
                          editor.dispatchCommand(INSERT_PHRASE_COMMAND, phrase.text);
                          editor.focus();
                        }}
                      >
                        {phrase.text}
                      </button>
                    ),
                  )}
                </div>
                {managing && (
                  <form
                    className="inline-form"
                    onSubmit={(e) => {
                      e.preventDefault();
                      const text = drafts[`new:${category.id}`]?.trim();
                      if (!text) return;
                      void edit(() => bridge['phrases:add']({ categoryId: category.id, text }));
                      closeDraft(`new:${category.id}`);
                    }}
                  >
                    <input
                      aria-label={t.newPhrase(category.name)}
                      placeholder={t.newPhrasePlaceholder}
                      value={drafts[`new:${category.id}`] ?? ''}
                      onChange={(e) => setDraft(`new:${category.id}`, e.target.value)}
                    />
                    <button type="submit">{t.add}</button>
                  </form>
                )}
              </section>
            ))}
            {managing && (
              <form
                className="inline-form new-category"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (!newCategory.trim()) return;
                  void edit(() => bridge['phrases:addCategory']({ name: newCategory }));
                  setNewCategory('');
                }}
              >
                <input aria-label={t.newCategory} placeholder={t.newCategory} value={newCategory} onChange={(e) => setNewCategory(e.target.value)} />
                <button type="submit">{t.add}</button>
              </form>
            )}
          </>
        );
      }}
    </PanelState>
    </>
  );
}
