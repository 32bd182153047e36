import type { HandlerTable } from '../../shared/ipc/contract';
import {
  deleteDraft,
  ignoredChecks,
  listDrafts,
  listVersions,
  previewVersion,
  loadDraft,
  loadLatestDraft,
  renameDraft,
  restoreDraft,
  restoreVersion,
  saveDraft,
  saveVersion,
  setIgnoredChecks,
} from '../library/drafts';
import { libraryInfo } from '../library/info';
import { findCopies } from '../library/copies';
import { listIssuers, listSources, setSourceOrigin, sourceDocument } from '../library/sources';
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
} from '../library/paragraphs';
import type { Library } from '../library/open';
import { findNearDuplicates } from '../library/nearDuplicates';
import { exportPack, importPack, parsePack } from '../library/pack';
import { searchParagraphs } from '../library/search';
import { LibrarySession } from './librarySession';
import {
  addCategory,
  addPhrase,
  deleteCategory,
  deletePhrase,
  listPendingPhrases,
  listPhraseCategories,
  reviewPhrases,
  moveCategory,
  movePhrase,
  renameCategory,
  updatePhrase,
} from '../library/phrases';
import { deleteSkeleton, listSkeletons, addSkeleton } from '../library/skeletons';
import { errorCode, LibraryError } from '../library/errors';
import { libraryMessages } from '../library/messages';
import { ImportError } from './import/errors';
import { commitImport, moveBoundary, previewImport } from './import/preview';
import { WorkerParser, type ReportParser } from './parse/parser';
import { waitingOutLocks } from './lockWait';
import { wrapHandlers } from './wrapHandlers';
import { deleteCheckRule, listCheckRules, saveCheckRule } from '../library/checkRules';
import { forgetLines, listLearnedLines } from '../library/learnedLines';
import { draftContentProblem } from '../../shared/model/draftContent';
import { ExportError } from './export/errors';
import { storeRecurringPhrases } from './import/store';
import { ImportPreviews } from './import/previews';

/**
 * What only the desktop app can do: save dialogs and Chromium's PDF printer. Web mode has none; its
 * page downloads and prints through the browser instead.
 */
export interface DesktopExports {
  saveFile(fileName: string, data: Uint8Array): Promise<{ path: string } | null>;
  savePdf(fileName: string): Promise<{ path: string } | null>;
  /** The system clipboard's text, for 粘贴 in the editor's context menu. */
  readClipboardText?: () => string | Promise<string>;
}

const desktopOnly = (): never => {
  throw new ExportError('BAD_INPUT', '这项功能只在桌面版中可用；在浏览器中请使用浏览器自己的下载或打印。');
};

/** SQLite refusing a write because the connection was made read-only (see LibraryMaintenance). */
const isRefusedWrite = (error: unknown) => errorCode(error).startsWith('SQLITE_READONLY');

/**
 * Once the library is known to be damaged its connection takes no writes; a handler that tries one
 * tells the user why and what to do, instead of a raw SqliteError.
 */
function refusingWritesWhenDamaged(table: HandlerTable, session: LibrarySession): HandlerTable {
  return wrapHandlers(table, (handler) => async (input: never) => {
    try {
      return await handler(input);
    } catch (error) {
      const damage = session.maintenance.damage();
      if (damage && isRefusedWrite(error)) throw new LibraryError('LIBRARY_CORRUPT', damage, { cause: error });
      throw error;
    }
  });
}

/** The handler table behind every channel, used by the desktop app and by web mode alike. */
export function createHandlers(
  source: Library | LibrarySession,
  desktop?: DesktopExports,
  parser: ReportParser = new WorkerParser(),
): HandlerTable {
  const session = LibrarySession.of(source);
  return refusingWritesWhenDamaged(waitingOutLocks(handlerTable(session, parser, desktop), session.lockWaits), session);
}

function handlerTable(session: LibrarySession, parser: ReportParser, desktop?: DesktopExports): HandlerTable {
  const previews = new ImportPreviews();
  // Read at every call: restoring a backup replaces the open library.
  const db = () => session.library.db;
  return {
    'library:getStatus': () => session.status(),
    'library:backupNow': async () => {
      const backup = await createBackup(session.library, 'manual');
      return { path: backup.path, createdAt: backup.createdAt };
    },
    'paragraphs:search': (request) => searchParagraphs(db(), request),
    'paragraphs:listFacets': () => searchFacets(db()),
    'paragraphs:get': ({ id }) => getParagraph(db(), id),
    'paragraphs:update': ({ id, ...patch }) => updateParagraph(db(), id, patch),
    'paragraphs:save': (input) => saveParagraph(db(), input),
    'paragraphs:setFavorite': ({ id, favorite }) => (setFavorite(db(), id, favorite), null),
    'paragraphs:markUsed': ({ id }) => (markUsed(db(), id), null),
    'paragraphs:trash': ({ id }) => (trashParagraph(db(), id), null),
    'paragraphs:restore': ({ id }) => (restoreParagraph(db(), id), null),
    'paragraphs:listTrash': () => listTrash(db()),
    'library:listBackups': () => session.backups().map(({ path, kind, createdAt, bytes }) => ({ path, kind, createdAt, bytes })),
    'library:restoreBackup': ({ path }) => session.restore(path),
    'library:exportPack': () => JSON.stringify(exportPack(db()), null, 1),
    'library:importPack': ({ json }) => importPack(db(), parsePack(json)),
    'paragraphs:findNearDuplicates': ({ id }) => findNearDuplicates(db(), id, getParagraph(db(), id).text),
    'paragraphs:merge': ({ keep, others }) => mergeParagraphs(db(), keep, others),
    'library:getInfo': () => libraryInfo(session.library),
    'skeletons:list': () => listSkeletons(db()),
    'phrases:list': () => listPhraseCategories(db()),
    'drafts:loadCurrent': () => loadLatestDraft(db()),
    'drafts:save': (input) => {
      // What is stored must open again: content that is no editor document is refused, the stored draft kept.
      const problem = draftContentProblem(input.content);
      if (problem) throw new LibraryError('INVALID_INPUT', libraryMessages.draftNotSaved(problem));
      return saveDraft(db(), input);
    },
    'phrases:add': ({ categoryId, text }) => ({ id: addPhrase(db(), categoryId, text) }),
    'phrases:listPending': () => listPendingPhrases(db()),
    'phrases:review': ({ accept, reject }) => reviewPhrases(db(), accept, reject),
    'phrases:update': ({ id, ...patch }) => (updatePhrase(db(), id, patch), null),
    'phrases:delete': ({ id }) => (deletePhrase(db(), id), null),
    'phrases:move': ({ id, direction }) => (movePhrase(db(), id, direction), null),
    'phrases:addCategory': ({ name }) => ({ id: addCategory(db(), name) }),
    'phrases:renameCategory': ({ id, name }) => (renameCategory(db(), id, name), null),
    'phrases:deleteCategory': ({ id }) => (deleteCategory(db(), id), null),
    'phrases:moveCategory': ({ id, direction }) => (moveCategory(db(), id, direction), null),
    'skeletons:save': (skeleton) => ({ id: addSkeleton(db(), skeleton) }),
    'skeletons:delete': ({ id }) => (deleteSkeleton(db(), id), null),
    'drafts:list': () => listDrafts(db()),
    'drafts:open': ({ id }) => loadDraft(db(), id),
    'drafts:rename': ({ id, title }) => (renameDraft(db(), id, title), null),
    'drafts:delete': ({ id }) => (deleteDraft(db(), id), null),
    'drafts:restore': ({ id }) => (restoreDraft(db(), id), null),
    'drafts:listVersions': ({ id }) => listVersions(db(), id),
    'drafts:previewVersion': ({ versionId }) => previewVersion(db(), versionId),
    'drafts:saveVersion': ({ id }) => saveVersion(db(), id),
    'drafts:restoreVersion': ({ versionId }) => restoreVersion(db(), versionId),
    'drafts:readFile': async ({ source, keepNoise, jobId }) => {
      try {
        return (await parser.analyse(source, { keepNoise: keepNoise ?? false }, jobId)).report;
      } catch (error) {
        throw error instanceof ImportError ? error.forOpening() : error;
      }
    },
    'export:saveFile': ({ fileName, dataBase64 }) =>
      desktop ? desktop.saveFile(fileName, new Uint8Array(Buffer.from(dataBase64, 'base64'))) : desktopOnly(),
    'export:savePdf': ({ fileName }) => (desktop ? desktop.savePdf(fileName) : desktopOnly()),
    'drafts:readClipboard': () => (desktop?.readClipboardText ? desktop.readClipboardText() : desktopOnly()),
    'checks:listRules': () => listCheckRules(db()),
    'checks:findCopies': ({ paragraphs }) => findCopies(db(), paragraphs),
    'checks:listIssuers': () => listIssuers(db()),
    'sources:list': () => listSources(db()),
    'sources:setOrigin': ({ id, origin }) => (setSourceOrigin(db(), id, origin), null),
    'sources:getDocument': ({ id }) => sourceDocument(db(), id),
    'checks:saveRule': (rule) => saveCheckRule(db(), rule),
    'checks:deleteRule': ({ id }) => (deleteCheckRule(db(), id), null),
    'checks:listIgnored': ({ draftId }) => ignoredChecks(db(), draftId),
    'checks:setIgnored': ({ draftId, keys }) => (setIgnoredChecks(db(), draftId, keys), null),
    'import:preview': ({ source, jobId, corrections }) => previewImport(session.library, previews, parser, source, jobId, corrections),
    'jobs:cancel': ({ jobId }) => ({ cancelled: parser.cancel(jobId) }),
    'import:commit': ({ previewId, exclude, origin }) => commitImport(session.library, previews, previewId, exclude, origin),
    'import:moveBoundary': ({ previewId, block, shift }) => moveBoundary(session.library, previews, previewId, block, shift),
    'import:discard': ({ previewIds }) => (previews.discard(previewIds), null),
    'import:listLearned': () => listLearnedLines(db()),
    'import:deleteLearned': ({ shape }) => ({ forgotten: forgetLines(db(), shape) }),
    'import:finish': ({ sourceIds }) => ({ phrases: storeRecurringPhrases(session.library, sourceIds) }),
  };
}
