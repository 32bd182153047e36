import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLibraryList } from '../app/useLibraryList';
import { strings } from '../app/strings';
import { INSERT_SKELETON_COMMAND } from '../editor/plugins/insert/commands';
import { headingNumber } from '../../shared/model/numbering';
import { PanelState } from './PanelState';

export function SkeletonPanel() {
  const [editor] = useLexicalComposerContext();
  const state = useLibraryList('library:listSkeletons');
  return (
    <PanelState state={state} empty={strings.skeletonsEmpty} isEmpty={(list) => list.length === 0}>
      {(skeletons) => (
        <>
          <p className="panel-hint">{strings.skeletonsHint}</p>
          <ul className="entry-list">
            {skeletons.map((skeleton) => (
              <li key={skeleton.id} className="skeleton-entry">
                <button
                  type="button"
                  className="entry"
                  onClick={() => {
                    editor.dispatchCommand(INSERT_SKELETON_COMMAND, skeleton.headings);
                    editor.focus();
                  }}
                >
                  {skeleton.name}
                </button>
                <ol className="skeleton-preview" aria-label={strings.headingCount(skeleton.headings.length)}>
                  {skeleton.headings
                    .filter((heading) => heading.level === 1)
                    .map((heading, i) => (
                      <li key={i}>
                        {headingNumber(1, i + 1)}
                        {heading.text}
                      </li>
                    ))}
                </ol>
              </li>
            ))}
          </ul>
        </>
      )}
    </PanelState>
  );
}
