import { createCommand, type LexicalCommand } from 'lexical';

/**
 * Opens 保存到段落库 for the selected text (the context menu's last item, Ctrl+Shift+S). The editor
 * only asks; the library feature (renderer/library/save-selection) answers with its dialog.
 */
export const SAVE_SELECTION_COMMAND: LexicalCommand<void> = createCommand('SAVE_SELECTION');
