import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useCallback, useState } from 'react';
import type { WengaoApi } from '../../shared/ipc/contract';
import { editorConfig } from '../editor/config';
import { AutosavePlugin, type SaveState } from '../editor/plugins/autosave/AutosavePlugin';
import { WordCountPlugin } from '../editor/plugins/word-count/WordCountPlugin';
import { ReportEditor } from '../editor/ReportEditor';
import { Sidebar } from '../sidebar/Sidebar';
import { BridgeContext } from './BridgeContext';
import { StatusBar } from './StatusBar';
import { strings } from './strings';
import { Toolbar } from './Toolbar';

/** The three-pane shell: toolbar, sidebar of material, the page, and the status bar. */
export function App({ bridge }: { bridge: WengaoApi }) {
  const [words, setWords] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>('loading');
  const [notice, setNotice] = useState<string | null>(null);
  const onError = useCallback((message: string) => setNotice(message), []);

  return (
    <BridgeContext.Provider value={bridge}>
      <LexicalComposer initialConfig={editorConfig}>
        <div className="app">
          <Toolbar />
          {notice && (
            <div className="notice" role="alert">
              <span>{notice}</span>
              <button type="button" aria-label={strings.dismiss} onClick={() => setNotice(null)}>
                ×
              </button>
            </div>
          )}
          <div className="workspace">
            <Sidebar />
            <main className="page-area">
              <ReportEditor />
            </main>
          </div>
          <StatusBar words={words} saveState={saveState} />
        </div>
        <WordCountPlugin onCount={setWords} />
        <AutosavePlugin bridge={bridge} onState={setSaveState} onError={onError} />
      </LexicalComposer>
    </BridgeContext.Provider>
  );
}
