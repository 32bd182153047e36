import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import { colophonLines, PITCH_PT } from '../../../../shared/export/frame';
import { COLOPHON_PARAGRAPH, layoutDocument } from '../../../../shared/export/pages';
import { editorStrings } from '../../strings';
import { useReportFormat } from './useReportFormat';
import { documentOf } from '../../documentOf';

/** Blank lines the Word file puts before the 版记 so it ends on the last line of its page. */
function useBlankLines(active: boolean): number {
  const [editor] = useLexicalComposerContext();
  const [blank, setBlank] = useState(0);
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      const layout = layoutDocument(documentOf(editor));
      setBlank(layout.slots.filter((s) => s.kind === 'blank' && s.paragraph === COLOPHON_PARAGRAPH).length);
    };
    measure();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(measure, 100);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, active]);
  return blank;
}

/** The 版记 after the report, at the foot of its last page as in the Word file; set in 版头与版记. */
export function ReportColophon() {
  const { colophon } = useReportFormat();
  const blank = useBlankLines(colophon !== undefined);
  if (!colophon) return null;
  const lines = colophonLines(colophon);
  return (
    <div className="report-frame-colophon" aria-label={editorStrings.frame.colophon} contentEditable={false} style={{ marginTop: `${blank * PITCH_PT}pt` }}>
      {lines.copyTo && <p className="colophon-copy">{lines.copyTo}</p>}
      {lines.printLine && (
        <p className="colophon-print">
          <span>{lines.printLine.printer}</span>
          <span>{lines.printLine.date}</span>
        </p>
      )}
    </div>
  );
}
