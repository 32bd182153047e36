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

/** The unit and region a new draft is written for (新建文稿); empty ones are left unset. */
export function $setHome({ unit, region }: { unit: string; region: string }): void {
  // An empty one is dropped by the reading of the stored choices, which keeps only what is set.
  $setState($getRoot(), reportFormat, parseReportFormat({ ...$getReportFormat(), unit: unit.trim(), region: region.trim() }));
}
