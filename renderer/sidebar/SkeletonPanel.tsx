import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { Skeleton, SkeletonHeading } from '../../shared/ipc/library';
import { useBridge } from '../kit/BridgeContext';
import { useConfirmed } from '../kit/confirm';
import { useRovingFocus } from '../kit/useRovingFocus';
import { useLibraryVersion } from '../kit/LibraryRefresh';
import { $isReportHeadingNode } from '../editor/nodes/ReportHeadingNode';
import { $isTitleNode } from '../editor/nodes/TitleNode';
import { kindNamed } from '../../shared/genre/kinds';
import { useLibraryList } from '../kit/useLibraryList';
import { strings } from '../kit/strings';
import { INSERT_SKELETON_COMMAND } from '../editor/plugins/insert/commands';
import { headingNumber } from '../../shared/model/numbering';
import { sectionsOf } from '../quick-insert/sections';
import { PanelState } from './PanelState';
import './sidebar.css';

/** Saves the draft's headings as a skeleton of the user's own. */
function SaveOutline() {
  const [editor] = useLexicalComposerContext();
  const bridge = useBridge();
  const { bump } = useLibraryVersion();
  const [name, setName] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const headings = (): SkeletonHeading[] =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .filter($isReportHeadingNode)
        .map((h) => ({ level: h.getLevel(), text: h.getTextContent().trim() }))
        .filter((h) => h.text !== ''),
    );
  // The outline's kind is the kind the draft's title names (a 述职报告's outline is a 述职报告 skeleton).
  const kindName = (): string =>
    kindNamed(editor.getEditorState().read(() => $getRoot().getChildren().find($isTitleNode)?.getTextContent() ?? '')).name;
  if (name === null) {
    return (
      <p className="panel-tools">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            if (headings().length === 0) setMessage(strings.outlineNoHeadings);
            else {
              setMessage(null);
              setName(strings.mySkeleton);
            }
          }}
        >
          {strings.saveOutline}
        </button>
        {message && <span className="panel-note">{message}</span>}
      </p>
    );
  }
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void bridge['skeletons:save']({ name, docType: kindName(), headings: headings() }).then((result) => {
          setMessage(result.ok ? strings.outlineSaved(name) : result.error.message);
          if (result.ok) {
            setName(null);
            bump();
          }
        });
      }}
    >
      <input aria-label={strings.skeletonName} value={name} onChange={(e) => setName(e.target.value)} />
      <button type="submit">{strings.phrases.save}</button>
      <button type="button" onClick={() => setName(null)}>
        {strings.cancel}
      </button>
    </form>
  );
}

/** One skeleton: insert it whole, or one of its sections; the user's own can be deleted. */
function SkeletonEntry({ skeleton }: { skeleton: Skeleton }) {
  const [editor] = useLexicalComposerContext();
  const bridge = useBridge();
  const confirmed = useConfirmed();
  const { bump } = useLibraryVersion();
  return (
    <li className="skeleton-entry">
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
      {!skeleton.builtin && (
        <button
          type="button"
          className="skeleton-delete"
          aria-label={strings.deleteSkeleton(skeleton.name)}
          onClick={() => {
            confirmed({ message: strings.confirmDeleteSkeleton(skeleton.name), confirmLabel: strings.delete }, () =>
              bridge['skeletons:delete']({ id: skeleton.id }).then((r) => r.ok && bump()),
            );
          }}
        >
          <Trash2 aria-hidden size={13} />
        </button>
      )}
      <ol className="skeleton-preview" aria-label={strings.headingCount(skeleton.headings.length)}>
        {sectionsOf(skeleton.headings).map((section, i) => (
          <li key={i}>
            <button
              type="button"
              className="section-insert"
              title={strings.insertSectionHint}
              aria-label={strings.insertSection(section[0]?.text ?? '')}
              onClick={() => {
                editor.dispatchCommand(INSERT_SKELETON_COMMAND, section);
                editor.focus();
              }}
            >
              {headingNumber(1, i + 1)}
              {section[0]?.text}
            </button>
          </li>
        ))}
      </ol>
    </li>
  );
}

export function SkeletonPanel() {
  const state = useLibraryList('skeletons:list');
  const roving = useRovingFocus<HTMLUListElement>();
  const importedRoving = useRovingFocus<HTMLUListElement>();
  return (
    <PanelState state={state} empty={strings.skeletonsEmpty} isEmpty={(list) => list.length === 0}>
      {(skeletons) => {
        // An imported report's outline is material to borrow from, not a kind of report: its own group, closed.
        const own = skeletons.filter((s) => !s.imported);
        const imported = skeletons.filter((s) => s.imported);
        return (
          <>
            <p className="panel-hint">{strings.skeletonsHint}</p>
            <SaveOutline />
            <ul className="entry-list" aria-label={strings.skeletonList} {...roving}>
              {own.map((skeleton) => (
                <SkeletonEntry key={skeleton.id} skeleton={skeleton} />
              ))}
            </ul>
            {imported.length > 0 && (
              <details className="imported-skeletons">
                <summary>{strings.importedSkeletons(imported.length)}</summary>
                <ul className="entry-list" aria-label={strings.importedSkeletonList} {...importedRoving}>
                  {imported.map((skeleton) => (
                    <SkeletonEntry key={skeleton.id} skeleton={skeleton} />
                  ))}
                </ul>
              </details>
            )}
          </>
        );
      }}
    </PanelState>
  );
}
