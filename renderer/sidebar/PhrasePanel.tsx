import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLibraryList } from '../app/useLibraryList';
import { strings } from '../app/strings';
import { INSERT_PHRASE_COMMAND } from '../editor/plugins/insert/commands';
import { PanelState } from './PanelState';

export function PhrasePanel() {
  const [editor] = useLexicalComposerContext();
  const state = useLibraryList('library:listPhrases');
  return (
    <PanelState
      state={state}
      empty={strings.phrasesEmpty}
      isEmpty={(categories) => categories.every((c) => c.phrases.length === 0)}
    >
      {(categories) => (
        <>
          <p className="panel-hint">{strings.phrasesHint}</p>
          {categories
            .filter((category) => category.phrases.length > 0)
            .map((category) => (
              <section key={category.id} className="phrase-group" aria-labelledby={`phrase-category-${category.id}`}>
                <h3 id={`phrase-category-${category.id}`}>{category.name}</h3>
                <div className="phrase-chips">
                  {category.phrases.map((phrase) => (
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
                  ))}
                </div>
              </section>
            ))}
        </>
      )}
    </PanelState>
  );
}
