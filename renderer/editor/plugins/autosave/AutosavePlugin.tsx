import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import type { WengaoApi } from '../../../../shared/ipc/contract';
import { strings } from '../../../app/strings';

export type SaveState = 'loading' | 'saved' | 'dirty' | 'saving' | 'error';

const SAVE_AFTER_MS = 1000;
const LOAD_TAG = 'wengao-load';

interface Props {
  bridge: WengaoApi;
  onState: (state: SaveState) => void;
  onError: (message: string) => void;
}

function $draftTitle(): string {
  const first = $getRoot().getFirstChild()?.getTextContent().trim() ?? '';
  return first.slice(0, 80) || strings.untitledDraft;
}

/**
 * Opens the latest draft from the library and saves the draft at most one second after the last
 * edit. Saves run one at a time so a new draft is created exactly once.
 */
export function AutosavePlugin({ bridge, onState, onError }: Props): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let draftId: number | undefined;
    let loaded = false;
    let disposed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let queue: Promise<void> = Promise.resolve();

    const save = () => {
      queue = queue.then(async () => {
        const { title, content } = editor.getEditorState().read(() => ({
          title: $draftTitle(),
          content: JSON.stringify(editor.getEditorState().toJSON()),
        }));
        onState('saving');
        const result = await bridge['draft:save']({ ...(draftId ? { id: draftId } : {}), title, content });
        if (disposed) return;
        if (result.ok) {
          draftId = result.value.id;
          onState('saved');
        } else {
          onState('error');
          onError(`${strings.saveFailed}${result.error.message}`);
        }
      });
    };

    void bridge['draft:loadCurrent']({}).then((result) => {
      if (disposed) return;
      if (!result.ok) onError(`${strings.loadDraftFailed}${result.error.message}`);
      else if (result.value) {
        draftId = result.value.id;
        try {
          editor.setEditorState(editor.parseEditorState(result.value.content), { tag: LOAD_TAG });
        } catch {
          onError(strings.draftUnreadable);
        }
      }
      loaded = true;
      editor.setEditable(true);
      onState('saved');
    });

    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (!loaded || tags.has(LOAD_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      onState('dirty');
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_AFTER_MS);
    });

    return () => {
      disposed = true;
      clearTimeout(timer);
      unregister();
    };
  }, [editor, bridge, onState, onError]);
  return null;
}
