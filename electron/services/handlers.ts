import type { HandlerTable } from '../../shared/ipc/contract';
import { loadLatestDraft, saveDraft } from '../library/drafts';
import { libraryInfo } from '../library/info';
import type { Library } from '../library/open';
import { listPhraseCategories } from '../library/phrases';
import { listSkeletons } from '../library/skeletons';
import { commitImport, previewImport } from './import/preview';
import { storeRecurringPhrases } from './import/store';

/** The handler table behind every channel, used by the desktop app and by web mode alike. */
export function createHandlers(library: Library): HandlerTable {
  return {
    'library:info': () => libraryInfo(library),
    'library:listSkeletons': () => listSkeletons(library.db),
    'library:listPhrases': () => listPhraseCategories(library.db),
    'draft:loadCurrent': () => loadLatestDraft(library.db),
    'draft:save': (input) => saveDraft(library.db, input),
    'import:preview': ({ source }) => previewImport(library, source),
    'import:commit': ({ source, exclude }) => commitImport(library, source, exclude),
    'import:finish': ({ sourceIds }) => ({ phrases: storeRecurringPhrases(library, sourceIds) }),
  };
}
