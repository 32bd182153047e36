import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WengaoApi } from '../../shared/ipc/contract';
import { editorConfig } from '../editor/config';
import { DraftSession, type DraftRequest, type SaveState } from '../drafts/DraftSession';
import { DraftsDialog } from '../drafts/DraftsDialog';
import { NewReportDialog } from '../drafts/NewReportDialog';
import { QuickInsertDialog } from '../quick-insert/QuickInsertDialog';
import { SaveSelectionPlugin } from '../library/save-selection/SaveSelectionPlugin';
import { WordCountPlugin } from '../editor/plugins/word-count/WordCountPlugin';
import { useLibraryStatus } from './useLibraryStatus';
import { watchSlowRequests } from '../kit/slowRequests';
import { ReportEditor } from '../editor/ReportEditor';
import type { PageStatus } from '../editor/plugins/pages/PagesPlugin';
import { WordCountDialog } from './WordCountDialog';
import { loadPageView, savePageView } from '../kit/viewSettings';
import { ImportDialog } from '../import/ImportDialog';
import { Sidebar } from '../sidebar/Sidebar';
import { BridgeContext } from '../kit/BridgeContext';
import { LibraryCareDialog } from '../library/LibraryCareDialog';
import { takeRestoreNotice } from '../library/restoreNotice';
import { LibraryVersionContext } from '../kit/LibraryRefresh';
import { StatusBar } from './StatusBar';
import { ConfirmProvider } from '../kit/confirm';
import { EditorFocusProvider } from '../kit/editorFocus';
import { FocusRegions } from './FocusRegions';
import { ShortcutsDialog } from './ShortcutsDialog';
import { NoticeProvider, useNotify } from '../kit/notices';
import { useShortcut } from '../kit/shortcuts';
import { Toolbar } from './Toolbar';
import { ChecksProvider } from '../checks/ChecksContext';
import { CheckHighlights } from '../checks/CheckHighlights';

/** The three-pane shell: toolbar, sidebar of material, the page, and the status bar. */
export function App({ bridge }: { bridge: WengaoApi }) {
  return (
    <NoticeProvider>
      <ConfirmProvider>
        <Shell bridge={bridge} />
      </ConfirmProvider>
    </NoticeProvider>
  );
}

function Shell({ bridge: rawBridge }: { bridge: WengaoApi }) {
  const [words, setWords] = useState(0);
  const [pageStatus, setPageStatus] = useState<PageStatus>({ page: 1, pages: 1 });
  const [wordCountOpen, setWordCountOpen] = useState(false);
  const [pageView, setPageView] = useState(loadPageView);
  const togglePageView = useCallback(() => {
    setPageView((on) => {
      savePageView(!on);
      return !on;
    });
  }, []);
  const [saveState, setSaveStateOnly] = useState<SaveState>('loading');
  // When the draft was last known to be in the library, for 已保存 and the time.
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const lastSaveState = useRef<SaveState>('loading');
  const setSaveState = useCallback((state: SaveState) => {
    lastSaveState.current = state;
    setSaveStateOnly(state);
    if (state === 'saved') setSavedAt(new Date());
  }, []);
  const onError = useNotify();
  // A backup restored reloads the page: say which one, from when.
  useEffect(() => {
    const restored = takeRestoreNotice();
    if (restored) onError(restored);
  }, [onError]);
  const libraryStatus = useLibraryStatus(rawBridge, onError);
  const { refresh: refreshStatus } = libraryStatus;
  // A slow answer may mean another program holds the library: the status bar then says so.
  const bridge = useMemo(() => watchSlowRequests(rawBridge, refreshStatus), [rawBridge, refreshStatus]);
  const [libraryVersion, setLibraryVersion] = useState(0);
  const libraryRefresh = useMemo(
    () => ({ version: libraryVersion, bump: () => setLibraryVersion((v) => v + 1) }),
    [libraryVersion],
  );
  const [importOpen, setImportOpen] = useState(false);
  const [newReportOpen, setNewReportOpen] = useState(false);
  const [zoom, setZoom] = useState(1);
  const changeZoom = useCallback((step: number) => setZoom((z) => (step === 0 ? 1 : Math.min(2, Math.max(0.5, Math.round((z + step) * 10) / 10)))), []);
  const [draftsOpen, setDraftsOpen] = useState(false);
  const [careOpen, setCareOpen] = useState(false);
  const [draftRequest, setDraftRequest] = useState<DraftRequest>({ seq: 0, kind: 'latest' });
  const [currentDraft, setCurrentDraft] = useState<{ id: number; title: string } | null>(null);
  const request = useCallback(
    (next: { kind: 'open'; id: number } | { kind: 'new'; build: () => void }) =>
      setDraftRequest((old) => ({ ...next, seq: old.seq + 1 })),
    [],
  );
  const [droppedFiles, setDroppedFiles] = useState<File[]>([]);
  const flushDraft = useRef<() => Promise<void>>(() => Promise.resolve());
  const takeDroppedFiles = useCallback(() => setDroppedFiles([]), []);

  const [sidebarOpen, setSidebarOpen] = useState(true);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  useShortcut('toggleSidebar', () => setSidebarOpen((open) => !open));
  useShortcut('help', () => setShortcutsOpen(true));
  useShortcut('zoomIn', () => changeZoom(0.1));
  useShortcut('zoomOut', () => changeZoom(-0.1));
  useShortcut('zoomReset', () => changeZoom(0));
  useShortcut('import', () => setImportOpen(true));
  useShortcut('newReport', () => setNewReportOpen(true));
  useShortcut('wordCount', () => setWordCountOpen(true));
  useShortcut('pageView', togglePageView);
  // Ctrl+S: the draft saves itself as it is written; this saves what is pending now and says when.
  useShortcut('save', () => {
    void flushDraft.current().then(() => {
      if (lastSaveState.current === 'saved') setSavedAt(new Date());
    });
  });

  return (
    <BridgeContext.Provider value={bridge}>
      <LibraryVersionContext.Provider value={libraryRefresh}>
      <LexicalComposer initialConfig={editorConfig}>
        <EditorFocusProvider>
        <ChecksProvider draftId={currentDraft?.id ?? null}>
        <div
          className="app"
          onDragOver={(event) => {
            if (event.dataTransfer.types.includes('Files')) event.preventDefault();
          }}
          onDrop={(event) => {
            const files = [...event.dataTransfer.files];
            if (files.length === 0) return;
            event.preventDefault();
            setDroppedFiles(files);
            setImportOpen(true);
          }}
        >
          <Toolbar
            onImport={() => setImportOpen(true)}
            onNewReport={() => setNewReportOpen(true)}
            onDrafts={() => setDraftsOpen(true)}
            onOpenReport={(build) => request({ kind: 'new', build })}
            onNotice={onError}
            onToggleSidebar={() => setSidebarOpen((open) => !open)}
            onShortcuts={() => setShortcutsOpen(true)}
          />
          <div className={sidebarOpen ? 'workspace' : 'workspace sidebar-collapsed'}>
            <Sidebar onImport={() => setImportOpen(true)} />
            <main className="page-area">
              <ReportEditor zoom={zoom} pageView={pageView} onPageStatus={setPageStatus} />
            </main>
          </div>
          <StatusBar words={words} pages={pageView ? pageStatus : null} onPageView={togglePageView} onWordCount={() => setWordCountOpen(true)} saveState={saveState} savedAt={savedAt} library={libraryStatus} zoom={zoom} onZoom={changeZoom} onLibraryCare={() => setCareOpen(true)} />
        </div>
        <CheckHighlights />
        </ChecksProvider>
        <WordCountPlugin onCount={setWords} />
        <SaveSelectionPlugin onSaved={onError} />
        <DraftSession bridge={bridge} request={draftRequest} onState={setSaveState} onError={onError} onDraft={setCurrentDraft} flushRef={flushDraft} />
        <QuickInsertDialog />
        <FocusRegions />
        <ShortcutsDialog open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
        <WordCountDialog open={wordCountOpen} onOpenChange={setWordCountOpen} pages={pageStatus.pages} />
        <LibraryCareDialog open={careOpen} onOpenChange={setCareOpen} onNotice={onError} />
        <NewReportDialog open={newReportOpen} onOpenChange={setNewReportOpen} onCreate={(build) => request({ kind: 'new', build })} />
        <DraftsDialog
          open={draftsOpen}
          onOpenChange={setDraftsOpen}
          current={currentDraft}
          onOpenDraft={(id) => request({ kind: 'open', id })}
          onNotice={onError}
          onFlush={() => flushDraft.current()}
        />
        <ImportDialog
          open={importOpen}
          onOpenChange={setImportOpen}
          droppedFiles={droppedFiles}
          onDroppedFilesTaken={takeDroppedFiles}
        />
        </EditorFocusProvider>
      </LexicalComposer>
      </LibraryVersionContext.Provider>
    </BridgeContext.Provider>
  );
}
