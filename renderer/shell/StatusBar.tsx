import type { SaveState } from '../drafts/DraftSession';
import { strings } from '../kit/strings';
import type { PageStatus } from '../editor/plugins/pages/PagesPlugin';
import type { LibraryStatusControl } from './useLibraryStatus';

function formatTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return strings.status.time(date.getMonth() + 1, date.getDate(), `${pad(date.getHours())}:${pad(date.getMinutes())}`);
}

const clock = (date: Date) => `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}:${String(date.getSeconds()).padStart(2, '0')}`;

interface Props {
  words: number;
  /** The caret's page, when the page view is on. */
  pages: PageStatus | null;
  onPageView: () => void;
  onWordCount: () => void;
  saveState: SaveState;
  savedAt: Date | null;
  library: LibraryStatusControl;
  zoom: number;
  onZoom: (step: number) => void;
  onLibraryCare: () => void;
}

export function StatusBar({ words, pages, onPageView, onWordCount, saveState, savedAt, library, zoom, onZoom, onLibraryCare }: Props) {
  const { status } = library;
  return (
    <footer className="statusbar">
      <span role="status">
        {pages && <span className="page-status">{strings.status.pages(pages.page, pages.pages)}</span>}
        <button type="button" className="link-button" title={strings.status.wordCountHint} onClick={onWordCount}>
          {strings.wordCount(words)}
        </button>
        <span className={`save-state save-${saveState}`} title={strings.saveNowHint}>
          {saveState === 'saved' && savedAt ? strings.savedAt(clock(savedAt)) : strings.saveState[saveState]}
        </span>
      </span>
      <span className="statusbar-library">
        {status?.integrity === 'damaged' && <span className="save-error">{strings.status.libraryDamaged}</span>}
        {status?.lockWaitSince && (
          <span className="save-error" aria-live="polite">
            {strings.status.lockWait}
          </span>
        )}
        <span>{status?.lastBackupAt ? strings.status.lastBackup(formatTime(status.lastBackupAt)) : strings.status.noBackup}</span>
        <button type="button" className="link-button" disabled={library.backingUp} onClick={library.backupNow}>
          {library.backingUp ? strings.status.backingUp : strings.status.backupNow}
        </button>
        <button type="button" className="link-button" onClick={onLibraryCare}>
          {strings.status.care}
        </button>
        <button type="button" className="link-button" aria-pressed={pages !== null} title={strings.status.pageViewHint} onClick={onPageView}>
          {strings.status.pageView}
        </button>
        <span className="zoom" aria-label={strings.status.zoom}>
          <button type="button" className="link-button" aria-label={strings.status.zoomOut} onClick={() => onZoom(-0.1)}>
            −
          </button>
          <button type="button" className="link-button" title={strings.status.zoomReset} onClick={() => onZoom(0)}>
            {Math.round(zoom * 100)}%
          </button>
          <button type="button" className="link-button" aria-label={strings.status.zoomIn} onClick={() => onZoom(0.1)}>
            +
          </button>
        </span>
      </span>
    </footer>
  );
}
