import type { SaveState } from '../editor/plugins/autosave/AutosavePlugin';
import { strings } from './strings';
import type { LibraryStatusControl } from './useLibraryStatus';

function formatTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

interface Props {
  words: number;
  saveState: SaveState;
  library: LibraryStatusControl;
  zoom: number;
  onZoom: (step: number) => void;
  onLibraryCare: () => void;
}

export function StatusBar({ words, saveState, library, zoom, onZoom, onLibraryCare }: Props) {
  const { status } = library;
  return (
    <footer className="statusbar">
      <span role="status">
        <span>{strings.wordCount(words)}</span>
        <span className={`save-state save-${saveState}`}>{strings.saveState[saveState]}</span>
      </span>
      <span className="statusbar-library">
        {status?.integrity === 'damaged' && <span className="save-error">素材库需要修复</span>}
        <span>{status?.lastBackupAt ? `上次备份 ${formatTime(status.lastBackupAt)}` : '尚未备份'}</span>
        <button type="button" className="link-button" disabled={library.backingUp} onClick={library.backupNow}>
          {library.backingUp ? '正在备份…' : '立即备份'}
        </button>
        <button type="button" className="link-button" onClick={onLibraryCare}>
          备份与素材包
        </button>
        <span className="zoom" aria-label="缩放">
          <button type="button" className="link-button" aria-label="缩小（Ctrl+-）" onClick={() => onZoom(-0.1)}>
            −
          </button>
          <button type="button" className="link-button" title="恢复 100%（Ctrl+0）" onClick={() => onZoom(0)}>
            {Math.round(zoom * 100)}%
          </button>
          <button type="button" className="link-button" aria-label="放大（Ctrl+=）" onClick={() => onZoom(0.1)}>
            +
          </button>
        </span>
      </span>
    </footer>
  );
}
