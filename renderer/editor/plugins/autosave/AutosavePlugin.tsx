import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect, useRef } from 'react';
import type { Result, WengaoApi } from '../../../../shared/ipc/contract';
import type { Draft } from '../../../../shared/model/library';
import { onPageRequest } from '../../../app/bridge';
import { strings } from '../../../app/strings';

export type SaveState = 'loading' | 'saved' | 'dirty' | 'saving' | 'error';

/** What the app asks of the draft session: reopen the latest, open one, or start a new one. */
export type DraftRequest =
  | { seq: number; kind: 'latest' }
  | { seq: number; kind: 'open'; id: number }
  | { seq: number; kind: 'new'; build: () => void };

const SAVE_AFTER_MS = 1000;
const LOAD_TAG = 'wengao-load';

interface Props {
  bridge: WengaoApi;
  request: DraftRequest;
  onState: (state: SaveState) => void;
  onError: (message: string) => void;
  onDraft: (draft: { id: number; title: string } | null) => void;
  /** Set to the function that saves pending edits now (restoring a version calls it first). */
  flushRef?: { current: () => Promise<void> };
}

function $draftTitle(): string {
  const first = $getRoot().getFirstChild()?.getTextContent().trim() ?? '';
  return first.slice(0, 80) || strings.untitledDraft;
}

/**
 * The draft session: opens the requested draft from the library and saves it at most one second
 * after the last edit, when the window loses focus or is hidden, and before another draft opens.
 * Saves run one at a time so a new draft is created exactly once. The editor stays read-only until
 * the draft has loaded, so nothing typed early is replaced.
 */
export function AutosavePlugin({ bridge, request, onState, onError, onDraft, flushRef }: Props): null {
  const [editor] = useLexicalComposerContext();
  const session = useRef<{ id: number | undefined; dirty: boolean; queue: Promise<void> }>({
    id: undefined,
    dirty: false,
    queue: Promise.resolve(),
  });

  useEffect(() => {
    const state = session.current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let loaded = false;

    const save = () => {
      clearTimeout(timer);
      if (!state.dirty) return state.queue;
      state.dirty = false;
      state.queue = state.queue.then(async () => {
        const { title, content } = editor.getEditorState().read(() => ({
          title: $draftTitle(),
          content: JSON.stringify(editor.getEditorState().toJSON()),
        }));
        onState('saving');
        const result = await bridge['drafts:save']({ ...(state.id ? { id: state.id } : {}), title, content });
        if (result.ok) {
          const created = state.id === undefined;
          state.id = result.value.id;
          if (created) onDraft({ id: result.value.id, title });
          onState(state.dirty ? 'dirty' : 'saved');
        } else {
          onState('error');
          onError(`${strings.saveFailed}${result.error.message}`);
        }
      });
      return state.queue;
    };

    const show = (result: Result<Draft | null>) => {
      if (!result.ok) onError(`${strings.loadDraftFailed}${result.error.message}`);
      const draft = result.ok ? result.value : null;
      state.id = draft?.id;
      if (draft) {
        try {
          editor.setEditorState(editor.parseEditorState(draft.content), { tag: LOAD_TAG });
        } catch {
          onError(strings.draftUnreadable);
        }
      } else {
        editor.update(() => $getRoot().clear(), { tag: LOAD_TAG });
      }
      onDraft(draft ? { id: draft.id, title: draft.title } : null);
    };

    onState('loading');
    editor.setEditable(false);
    void save().then(async () => {
      if (request.kind === 'new') {
        state.id = undefined;
        editor.update(() => request.build(), { discrete: true });
        state.dirty = true;
        onDraft(null);
        await save();
      } else {
        show(request.kind === 'open' ? await bridge['drafts:open']({ id: request.id }) : await bridge['drafts:loadCurrent']({}));
        onState('saved');
      }
      loaded = true;
      editor.setEditable(true);
    });

    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (!loaded || tags.has(LOAD_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      state.dirty = true;
      onState('dirty');
      clearTimeout(timer);
      timer = setTimeout(() => void save(), SAVE_AFTER_MS);
    });
    // Leaving the window or the page saves at once: at most the last second is ever at risk.
    const flush = () => void save();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    if (flushRef) flushRef.current = () => save();
    // Closing the desktop window asks for this before it closes.
    const stopHandling = onPageRequest('drafts:flush', () => save());
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);

    return () => {
      stopHandling();
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      unregister();
      void save();
    };
  }, [editor, bridge, request, onState, onError, onDraft, flushRef]);
  return null;
}
