import type { SaveState } from '../editor/plugins/autosave/AutosavePlugin';
import { strings } from './strings';

export function StatusBar({ words, saveState }: { words: number; saveState: SaveState }) {
  return (
    <footer className="statusbar" role="status">
      <span>{strings.wordCount(words)}</span>
      <span className={`save-state save-${saveState}`}>{strings.saveState[saveState]}</span>
    </footer>
  );
}
