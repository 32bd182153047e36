import type { HandlerTable } from '../../shared/ipc/contract';
import {
  deleteDraft,
  listDrafts,
  listVersions,
  loadDraft,
  loadLatestDraft,
  renameDraft,
  restoreDraft,
  restoreVersion,
  saveDraft,
  saveVersion,
} from '../library/drafts';
import { libraryInfo } from '../library/info';
import { createBackup } from '../library/backup';
import {
  getParagraph,
  listTrash,
  markUsed,
  mergeParagraphs,
  restoreParagraph,
  saveParagraph,
  searchFacets,
  setFavorite,
  trashParagraph,
  updateParagraph,
} from '../library/curation';
import type { Library } from '../library/open';
import {
  addCategory,
  addPhrase,
  deleteCategory,
  deletePhrase,
  deleteSkeleton,
  moveCategory,
  movePhrase,
  renameCategory,
  saveSkeleton,
  updatePhrase,
} from '../library/phraseEditing';
import { searchParagraphs } from '../library/search';
import { LibraryMaintenance } from './maintenance';
import { listPhraseCategories } from '../library/phrases';
import { listSkeletons } from '../library/skeletons';
import { commitImport, previewImport } from './import/preview';
import { storeRecurringPhrases } from './import/store';

/** The handler table behind every channel, used by the desktop app and by web mode alike. */
export function createHandlers(library: Library, maintenance = new LibraryMaintenance(library, null)): HandlerTable {
  return {
    'library:status': () => maintenance.status(),
    'library:backupNow': async () => {
      const backup = await createBackup(library, 'manual');
      return { path: backup.path, createdAt: backup.createdAt };
    },
    'library:search': (request) => searchParagraphs(library.db, request),
    'library:facets': () => searchFacets(library.db),
    'library:paragraph': ({ id }) => getParagraph(library.db, id),
    'library:updateParagraph': ({ id, ...patch }) => updateParagraph(library.db, id, patch),
    'library:saveParagraph': (input) => saveParagraph(library.db, input),
    'library:setFavorite': ({ id, favorite }) => (setFavorite(library.db, id, favorite), null),
    'library:markUsed': ({ id }) => (markUsed(library.db, id), null),
    'library:trashParagraph': ({ id }) => (trashParagraph(library.db, id), null),
    'library:restoreParagraph': ({ id }) => (restoreParagraph(library.db, id), null),
    'library:listTrash': () => listTrash(library.db),
    'library:mergeParagraphs': ({ keep, others }) => mergeParagraphs(library.db, keep, others),
    'library:info': () => libraryInfo(library),
    'library:listSkeletons': () => listSkeletons(library.db),
    'library:listPhrases': () => listPhraseCategories(library.db),
    'draft:loadCurrent': () => loadLatestDraft(library.db),
    'draft:save': (input) => saveDraft(library.db, input),
    'phrases:add': ({ categoryId, text }) => ({ id: addPhrase(library.db, categoryId, text) }),
    'phrases:update': ({ id, ...patch }) => (updatePhrase(library.db, id, patch), null),
    'phrases:delete': ({ id }) => (deletePhrase(library.db, id), null),
    'phrases:move': ({ id, direction }) => (movePhrase(library.db, id, direction), null),
    'phrases:addCategory': ({ name }) => ({ id: addCategory(library.db, name) }),
    'phrases:renameCategory': ({ id, name }) => (renameCategory(library.db, id, name), null),
    'phrases:deleteCategory': ({ id }) => (deleteCategory(library.db, id), null),
    'phrases:moveCategory': ({ id, direction }) => (moveCategory(library.db, id, direction), null),
    'skeletons:save': (skeleton) => ({ id: saveSkeleton(library.db, skeleton) }),
    'skeletons:delete': ({ id }) => (deleteSkeleton(library.db, id), null),
    'draft:list': () => listDrafts(library.db),
    'draft:open': ({ id }) => loadDraft(library.db, id),
    'draft:rename': ({ id, title }) => (renameDraft(library.db, id, title), null),
    'draft:delete': ({ id }) => (deleteDraft(library.db, id), null),
    'draft:restore': ({ id }) => (restoreDraft(library.db, id), null),
    'draft:versions': ({ id }) => listVersions(library.db, id),
    'draft:saveVersion': ({ id }) => saveVersion(library.db, id),
    'draft:restoreVersion': ({ versionId }) => restoreVersion(library.db, versionId),
    'import:preview': ({ source }) => previewImport(library, source),
    'import:commit': ({ source, exclude }) => commitImport(library, source, exclude),
    'import:finish': ({ sourceIds }) => ({ phrases: storeRecurringPhrases(library, sourceIds) }),
  };
}
