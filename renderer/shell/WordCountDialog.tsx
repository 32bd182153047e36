import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useMemo } from 'react';
import { textStatistics } from '../../shared/model/wordCount';
import { AppDialog } from '../kit/AppDialog';
import { strings } from '../kit/strings';

const t = strings.wordCountDialog;

/** 字数统计 (Ctrl+Shift+G, or the word count in the status bar), as Word's dialog. */
export function WordCountDialog({ open, onOpenChange, pages }: { open: boolean; onOpenChange: (open: boolean) => void; pages: number }) {
  const [editor] = useLexicalComposerContext();
  const stats = useMemo(
    () => (open ? textStatistics(editor.getEditorState().read(() => $getRoot().getChildren().map((block) => block.getTextContent()))) : null),
    [editor, open],
  );
  const rows: [string, number][] = stats
    ? [
        [t.pages, pages],
        [t.words, stats.words],
        [t.charactersNoSpaces, stats.charactersNoSpaces],
        [t.charactersWithSpaces, stats.charactersWithSpaces],
        [t.paragraphs, stats.paragraphs],
      ]
    : [];
  return (
    <AppDialog open={open} onOpenChange={onOpenChange} title={t.title} className="word-count-dialog">
      <dl className="word-count-table">
        {rows.map(([label, value]) => (
          <div key={label} className="word-count-row">
            <dt>{label}</dt>
            <dd>{value.toLocaleString('zh-CN')}</dd>
          </div>
        ))}
      </dl>
      <p className="dialog-note">{t.note}</p>
    </AppDialog>
  );
}
