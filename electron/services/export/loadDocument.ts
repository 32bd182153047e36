import { documentFromLexical, DraftContentError } from '../../../shared/model/documentFromLexical';
import { documentFromReport } from '../../../shared/model/documentFromReport';
import type { ReportDocument } from '../../../shared/model/document';
import type { Database } from 'better-sqlite3';
import { loadDraft } from '../../library/drafts';
import { analyseFile } from '../import/analyse';
import { readReportFile } from '../import/files';
import { ExportError, exportMessages } from './errors';

/** A stored draft as a report document. */
export function documentOfDraft(db: Database, id: number): { title: string; document: ReportDocument } {
  const draft = loadDraft(db, id);
  try {
    return { title: draft.title, document: documentFromLexical(draft.content) };
  } catch (error) {
    if (error instanceof DraftContentError) throw new ExportError('BAD_DRAFT', exportMessages.badDraft(error.message));
    throw error;
  }
}

/** A .txt or .docx report read through the import parser: numbering, run-in headings, fields restored. */
export async function documentOfFile(path: string): Promise<{ title: string; document: ReportDocument }> {
  const { name, bytes } = await readReportFile(path);
  const analysed = await analyseFile(name, bytes);
  return { title: analysed.report.title ?? name, document: documentFromReport(analysed.report) };
}

/** `export-docx INPUT`: a file path, or a draft's number. */
export function isDraftId(input: string): boolean {
  return /^[1-9]\d{0,15}$/.test(input);
}
