import { storedSourceIds, summariseImport, type ImportOutcome, type ImportSummary } from '../../../shared/ipc/import';
import type { Library } from '../../library/open';
import type { SourceOrigin } from '../../../shared/ipc/copies';
import { learnedCorrections } from '../../library/learnedLines';
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
  /** Where the files come from; unset, each is judged by whether site noise was removed from it. */
  origin?: SourceOrigin,
): Promise<ImportSummary> {
  const files = await collectReportFiles(paths);
  const outcomes: ImportOutcome[] = [];
  // What the user taught the importer in earlier previews holds for files imported from the command line too.
  const learned = learnedCorrections(library.db);
  const options = learned.size > 0 ? { corrections: learned } : {};
  for (const [index, file] of files.entries()) {
    try {
      const { name, bytes } = await readReportFile(file);
      outcomes.push({ file, kind: 'stored', result: storeReport(library, await analyseFile(name, bytes, options), origin ? { origin } : {}) });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      outcomes.push({ file, kind: 'skipped', reason: error.message });
    }
    onProgress?.({ done: index + 1, total: files.length, file });
  }
  return summariseImport(outcomes, storeRecurringPhrases(library, storedSourceIds(outcomes)));
}
