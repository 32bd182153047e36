import type { InitialConfigType } from '@lexical/react/LexicalComposer';
import { reportNodes } from './nodes';
import { reportTheme } from './theme';

export const editorConfig: InitialConfigType = {
  namespace: 'wengao-report',
  nodes: reportNodes,
  theme: reportTheme,
  // Editable once the last draft has loaded, so nothing typed early is replaced by it.
  editable: false,
  onError: (error) => {
    // A broken update must not take the user's text with it; report it and keep the last good state.
    console.error('[wengao] editor error:', error);
  },
};
