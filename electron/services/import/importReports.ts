import type { ImportSummary } from '../../../shared/model/import';
import type { Library } from '../../library/open';
import { analyseFile } from './analyse';
import { ImportError } from './errors';
import { collectReportFiles, readReportFile } from './files';
import { storeRecurringPhrases, storeReport } from './store';


export type { ImportSummary };

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

/**
 * Imports files and folders into the library, one transaction per file: a bad file is skipped with
 * its reason and changes nothing; the others are stored.
 */
export async function importPaths(
  library: Library,
  paths: readonly string[],
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportSummary> {
  const files = await collectReportFiles(paths);
  const summary: ImportSummary = { reports: 0, paragraphs: 0, duplicates: 0, phrases: 0, present: [], skipped: [] };
  const stored: number[] = [];
  for (const [index, file] of files.entries()) {
    try {
      const { name, bytes } = await readReportFile(file);
      const analysed = await analyseFile(name, bytes);
      const result = storeReport(library, analysed);
      if (result.status === 'present') summary.present.push(file);
      else {
        summary.reports++;
        summary.paragraphs += result.paragraphs;
        summary.duplicates += result.duplicates;
        summary.phrases += result.phrases;
        stored.push(result.sourceId);
      }
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      summary.skipped.push({ file, reason: error.message });
    }
    onProgress?.({ done: index + 1, total: files.length, file });
  }
  summary.phrases += storeRecurringPhrases(library, stored);
  return summary;
}
