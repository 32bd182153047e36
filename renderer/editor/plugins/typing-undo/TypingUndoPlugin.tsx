import { createEmptyHistoryState, HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CUT_TAG, HISTORIC_TAG, PASTE_TAG } from 'lexical';
import { useEffect, useState } from 'react';

/** Typing with pauses shorter than this is one undo step, as in Word and WPS. */
export const TYPING_GROUP_MS = 1000;
/** An edit this soon after a key or input event was made by typing. */
const INPUT_WINDOW_MS = 150;
/** Keys that edit as part of typing; every other key (shortcuts included) is an action of its own. */
const TYPING_KEYS = new Set(['Enter', 'Backspace', 'Delete']);

/**
 * Undo as Word users expect: consecutive typing (characters, IME commits, Enter, Backspace) with
 * pauses under a second is one step. Lexical's history merges only single characters typed into
 * one text node, so a sentence committed by an IME or a paragraph break starts a new step; here
 * each step the history pushes during a run of typing is folded into the run's first step.
 * Inserting from the sidebar, pasting, cutting and every command stay steps of their own.
 */
export function TypingUndoPlugin(): React.JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [history] = useState(createEmptyHistoryState);

  useEffect(() => {
    let lastInput = -Infinity;
    let lastTyping = -Infinity;
    let depth = history.undoStack.length;
    const onInput = (event: Event) => {
      if (event instanceof KeyboardEvent && (!TYPING_KEYS.has(event.key) || event.ctrlKey || event.altKey || event.metaKey)) return;
      lastInput = performance.now();
    };
    const unregisterRoot = editor.registerRootListener((root, previous) => {
      for (const type of ['beforeinput', 'compositionend', 'keydown'] as const) {
        previous?.removeEventListener(type, onInput, true);
        root?.addEventListener(type, onInput, true);
      }
    });
    const unregisterUpdate = editor.registerUpdateListener(({ tags, dirtyElements, dirtyLeaves }) => {
      const now = performance.now();
      const pushed = history.undoStack.length > depth;
      const changed = dirtyElements.size > 0 || dirtyLeaves.size > 0;
      if (tags.has(HISTORIC_TAG) || !changed) {
        depth = history.undoStack.length;
        if (tags.has(HISTORIC_TAG)) lastTyping = -Infinity;
        return;
      }
      // An IME's composing updates are not steps of their own (history discards them): only its
      // commit counts, so a composition begun after a pause starts a new step.
      if (editor.isComposing()) return;
      const typing = now - lastInput < INPUT_WINDOW_MS && !tags.has(PASTE_TAG) && !tags.has(CUT_TAG);
      if (pushed && typing && now - lastTyping < TYPING_GROUP_MS) history.undoStack.pop();
      lastTyping = typing ? now : -Infinity;
      depth = history.undoStack.length;
    });
    return () => {
      unregisterRoot();
      unregisterUpdate();
    };
  }, [editor, history]);

  return <HistoryPlugin externalHistoryState={history} delay={TYPING_GROUP_MS} />;
}
