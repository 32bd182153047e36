import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, CLEAR_HISTORY_COMMAND, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useEffect, useRef } from 'react';
import type { Result, WengaoApi } from '../../shared/ipc/contract';
import type { Draft } from '../../shared/ipc/library';
import { onPageRequest } from '../kit/bridge';
import { strings } from '../kit/strings';

export type SaveState = 'loading' | 'saved' | 'dirty' | 'saving' | 'error';

/** What the app asks of the draft session: reopen the latest, open one, or start a new one. */
export type DraftRequest =
  | { seq: number; kind: 'latest' }
  | { seq: number; kind: 'open'; id: number }
  | { seq: number; kind: 'new'; build: () => void };

/** Saved this long after the last edit… */
const SAVE_AFTER_MS = 1000;
/** …and at least this often while the user keeps typing without a pause. */
const SAVE_AT_LEAST_EVERY_MS = 5000;
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
 * The draft session: opens the requested draft from the library and saves it one second after the
 * last edit (at least every five seconds while typing goes on), when the window loses focus or is
 * hidden, and before another draft opens. A save takes its snapshot when it is asked for and
 * writes in turn, so a new draft is created exactly once and the previous draft's last edits go to
 * the previous draft. A new report is editable at once; an opened draft only once it has loaded,
 * so nothing typed early is replaced by it. Either is the first step undo can go back to.
 */
export function DraftSession({ bridge, request, onState, onError, onDraft, flushRef }: Props): null {
  const [editor] = useLexicalComposerContext();
  const session = useRef<{ draft: { id: number | undefined }; dirty: boolean; dirtySince: number; queue: Promise<void> }>({
    draft: { id: undefined },
    dirty: false,
    dirtySince: 0,
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
      const draft = state.draft;
      const { title, content } = editor.getEditorState().read(() => ({
        title: $draftTitle(),
        content: JSON.stringify(editor.getEditorState().toJSON()),
      }));
      state.queue = state.queue.then(async () => {
        onState('saving');
        const result = await bridge['drafts:save']({ ...(draft.id ? { id: draft.id } : {}), title, content });
        if (result.ok) {
          const created = draft.id === undefined;
          draft.id = result.value.id;
          if (created && draft === state.draft) onDraft({ id: result.value.id, title });
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
      state.draft = { id: draft?.id };
      if (draft) {
        try {
          editor.setEditorState(editor.parseEditorState(draft.content), { tag: LOAD_TAG });
        } catch {
          onError(strings.draftUnreadable);
        }
      } else {
        editor.update(() => $getRoot().clear(), { tag: LOAD_TAG, discrete: true });
      }
      onDraft(draft ? { id: draft.id, title: draft.title } : null);
    };

    const ready = () => {
      editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
      loaded = true;
      editor.setEditable(true);
    };

    onState('loading');
    const previous = save();
    if (request.kind === 'new') {
      // The dialog that asked for it still has the focus: the caret goes into the page when the
      // focus does (Lexical would otherwise take its own DOM update for the user's next click).
      const focused = editor.getRootElement()?.contains(document.activeElement) ?? false;
      const before = editor.getEditorState();
      let failure: unknown;
      editor.update(
        () => {
          try {
            request.build();
          } catch (error) {
            failure = error;
            throw error;
          }
        },
        { discrete: true, tag: focused ? LOAD_TAG : [LOAD_TAG, SKIP_DOM_SELECTION_TAG] },
      );
      // Lexical keeps the last good state when an update fails (in the build or in a transform it
      // sets off): the open draft stays the current one, and nothing is saved as a new draft.
      if (editor.getEditorState() === before) {
        onError(`${strings.newDraftFailed}${failure instanceof Error ? failure.message : '编辑器未能排出新文稿'}`);
        onState(state.dirty ? 'dirty' : 'saved');
        if (!editor.isEditable()) editor.setEditable(true);
        loaded = true;
      } else {
        state.draft = { id: undefined };
        onDraft(null);
        ready();
        state.dirty = true;
        void save();
      }
    } else {
      editor.setEditable(false);
      void previous.then(async () => {
        show(request.kind === 'open' ? await bridge['drafts:open']({ id: request.id }) : await bridge['drafts:loadCurrent']({}));
        onState('saved');
        ready();
      });
    }

    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (!loaded || tags.has(LOAD_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      const now = Date.now();
      if (!state.dirty) state.dirtySince = now;
      state.dirty = true;
      onState('dirty');
      clearTimeout(timer);
      const wait = Math.min(SAVE_AFTER_MS, Math.max(0, state.dirtySince + SAVE_AT_LEAST_EVERY_MS - now));
      timer = setTimeout(() => void save(), wait);
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
