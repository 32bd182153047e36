import type { SaveState } from '../editor/plugins/autosave/AutosavePlugin';
import { strings } from './strings';
import type { LibraryStatusControl } from './useLibraryStatus';

function formatTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function StatusBar({ words, saveState, library }: { words: number; saveState: SaveState; library: LibraryStatusControl }) {
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
      </span>
    </footer>
  );
}
