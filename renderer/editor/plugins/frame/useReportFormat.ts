import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import type { ReportFormat } from '../../../../shared/model/reportFormat';
import { $getReportFormat } from '../../format';

/** The draft's 公文 choices, kept current as the draft changes (opened, undone, set in the dialog). */
export function useReportFormat(): ReportFormat {
  const [editor] = useLexicalComposerContext();
  const [format, setFormat] = useState<ReportFormat>({});
  useEffect(() => {
    const read = () => {
      const next = editor.getEditorState().read($getReportFormat);
      setFormat((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
    };
    read();
    return editor.registerUpdateListener(read);
  }, [editor]);
  return format;
}
