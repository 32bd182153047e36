import { $getRoot, $getState, $setState, createState, type LexicalEditor } from 'lexical';
import { FORMAT_STATE_KEY } from '../../shared/model/editorNodeTypes';
import { parseReportFormat, type ReportFormat } from '../../shared/model/reportFormat';

/**
 * The draft's 公文 choices, kept on the root node so they are saved, undone and exported with the
 * draft (documentFromLexical reads them back as `format`).
 */
const reportFormat = createState(FORMAT_STATE_KEY, { parse: parseReportFormat });

export function $getReportFormat(): ReportFormat {
  return $getState($getRoot(), reportFormat);
}

export function $setReportFormat(patch: Partial<ReportFormat>): void {
  $setState($getRoot(), reportFormat, parseReportFormat({ ...$getReportFormat(), ...patch }));
}

export function setReportFormat(editor: LexicalEditor, patch: Partial<ReportFormat>): void {
  editor.update(() => $setReportFormat(patch));
}
