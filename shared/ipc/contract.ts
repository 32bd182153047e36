/**
 * The one IPC contract. The preload, the main-process handler table, the web-mode server and the
 * renderer bridge are all typed from this table: adding a channel is one entry here plus one handler.
 *
 * Channel names are `domain:verbObject`. The domain is what the channel acts on: a table family
 * (`paragraphs`, `phrases`, `skeletons`, `drafts`, `checks`), the library file as a whole
 * (`library`: status, backups, packs), or a use case (`import`, `export`).
 */
import { z } from 'zod';
import { PARTS } from '../model/parts';
import { LINE_LABELS, type ImportCommitResult, type ImportPreview, type LearnedLine } from './import';
import type { CheckRule, Draft, DraftSummary, DraftVersion, LibraryInfo, LibrarySource, LibraryStatus, PhraseCategory, SavedDraft, Skeleton } from './library';
import { SOURCE_ORIGINS, type CopyMatch } from './copies';
import type { SampleIssuer } from '../checks/types';
import type { ReportDocument } from '../model/document';
import type { PackImportReport } from './pack';
import type { ParsedReport } from '../genre/types';
import type { LibraryParagraph, SearchHit, SearchResult, TrashedParagraph } from './search';
import { fileNamePattern, formatOf, WRITTEN_FORMATS } from '../export/formats';
import { MAX_DRAFT_CHARS, MAX_EXPORT_BASE64, MAX_PACK_CHARS, MAX_PARAGRAPH_CHARS, MAX_PASTE_CHARS, MAX_REPORT_BASE64 } from '../model/limits';
import { headingLevelSchema } from '../model/headingLevel';

/** Phantom marker for a channel's output type; the value is never read. */
const returns = <T>(): T => undefined as T;



/** A file's bytes (base64, so the HTTP bridge can carry them too) or pasted text. */
const lineCorrection = z.object({ shape: z.string().max(200), label: z.enum(LINE_LABELS) }).strict();
const importSource = z.union([
  z
    .object({
      name: z.string().min(1).max(260),
      dataBase64: z.string().max(MAX_REPORT_BASE64),
      /** Read a .txt in this encoding instead of the one detected (the preview's choice). */
      encoding: z.enum(['utf-8', 'gb18030']).optional(),
    })
    .strict(),
  z.object({ text: z.string().max(MAX_PASTE_CHARS), name: z.string().max(260).optional() }).strict(),
]);
export type ImportSource = z.input<typeof importSource>;
const previewId = z.string().min(1).max(64);
/** Names one read of a file (import:preview, drafts:readFile) so the page can cancel it. */
const jobId = z.string().min(1).max(64);

const id = z.number().int().positive();
const part = z.enum(PARTS);
const tags = z.array(z.string().trim().min(1).max(30)).max(30);
const empty = z.object({}).strict();

export const contract = {
  'library:getInfo': { input: z.object({}).strict(), output: returns<LibraryInfo>() },
  'skeletons:list': { input: z.object({}).strict(), output: returns<Skeleton[]>() },
  'phrases:list': { input: z.object({}).strict(), output: returns<PhraseCategory[]>() },
  /** Phrases harvested at import, waiting for review (待审). */
  'phrases:listPending': { input: empty, output: returns<{ id: number; text: string; frequency: number }[]>() },
  'phrases:review': {
    input: z.object({ accept: z.array(id).max(10_000), reject: z.array(id).max(10_000) }).strict(),
    output: returns<{ accepted: number; rejected: number }>(),
  },
  'drafts:loadCurrent': { input: z.object({}).strict(), output: returns<Draft | null>() },
  'drafts:save': {
    input: z
      .object({
        id: z.number().int().positive().optional(),
        title: z.string().max(500),
        content: z.string().min(2).max(MAX_DRAFT_CHARS),
      })
      .strict(),
    output: returns<SavedDraft>(),
  },
  'library:getStatus': { input: empty, output: returns<LibraryStatus>() },
  'library:backupNow': { input: empty, output: returns<{ path: string; createdAt: string }>() },
  'paragraphs:search': {
    input: z
      .object({
        query: z.string().max(200),
        limit: z.number().int().min(0).max(1000).optional(),
        offset: z.number().int().min(0).optional(),
        part: part.optional(),
        tag: z.string().max(30).optional(),
        year: z.number().int().min(1900).max(2200).optional(),
        favorite: z.boolean().optional(),
        source: z.number().int().positive().optional(),
        origin: z.enum(['own', 'sample']).optional(),
      })
      .strict(),
    output: returns<SearchResult>(),
  },
  'paragraphs:listFacets': { input: empty, output: returns<{ tags: string[]; years: number[] }>() },
  'paragraphs:get': { input: z.object({ id }).strict(), output: returns<LibraryParagraph>() },
  'paragraphs:update': {
    input: z
      .object({ id, text: z.string().trim().min(1).max(100_000).optional(), part: part.optional(), tags: tags.optional(), note: z.string().max(10_000).optional() })
      .strict(),
    output: returns<LibraryParagraph>(),
  },
  'paragraphs:save': {
    input: z.object({ text: z.string().trim().min(1).max(100_000), part, tags }).strict(),
    output: returns<LibraryParagraph>(),
  },
  'paragraphs:setFavorite': { input: z.object({ id, favorite: z.boolean() }).strict(), output: returns<null>() },
  'paragraphs:markUsed': { input: z.object({ id }).strict(), output: returns<null>() },
  'paragraphs:trash': { input: z.object({ id }).strict(), output: returns<null>() },
  'paragraphs:restore': { input: z.object({ id }).strict(), output: returns<null>() },
  'paragraphs:listTrash': { input: empty, output: returns<TrashedParagraph[]>() },
  'library:listBackups': {
    input: empty,
    output: returns<{ path: string; kind: 'daily' | 'weekly' | 'manual' | 'before-restore'; createdAt: string; bytes: number }[]>(),
  },
  'library:restoreBackup': { input: z.object({ path: z.string().min(1).max(4096) }).strict(), output: returns<{ previous: string | null }>() },
  'library:exportPack': { input: empty, output: returns<string>() },
  'library:importPack': { input: z.object({ json: z.string().max(MAX_PACK_CHARS) }).strict(), output: returns<PackImportReport>() },
  'paragraphs:findNearDuplicates': { input: z.object({ id }).strict(), output: returns<(SearchHit & { similarity: number })[]>() },
  'paragraphs:merge': { input: z.object({ keep: id, others: z.array(id).min(1).max(100) }).strict(), output: returns<LibraryParagraph>() },
  'phrases:add': { input: z.object({ categoryId: id, text: z.string().trim().min(1).max(2000) }).strict(), output: returns<{ id: number }>() },
  'phrases:update': {
    input: z.object({ id, text: z.string().trim().min(1).max(2000).optional(), categoryId: id.optional() }).strict(),
    output: returns<null>(),
  },
  'phrases:delete': { input: z.object({ id }).strict(), output: returns<null>() },
  'phrases:move': { input: z.object({ id, direction: z.enum(['up', 'down']) }).strict(), output: returns<null>() },
  'phrases:addCategory': { input: z.object({ name: z.string().trim().min(1).max(30) }).strict(), output: returns<{ id: number }>() },
  'phrases:renameCategory': { input: z.object({ id, name: z.string().trim().min(1).max(30) }).strict(), output: returns<null>() },
  'phrases:deleteCategory': { input: z.object({ id }).strict(), output: returns<null>() },
  'phrases:moveCategory': { input: z.object({ id, direction: z.enum(['up', 'down']) }).strict(), output: returns<null>() },
  'skeletons:save': {
    input: z
      .object({
        name: z.string().trim().min(1).max(200),
        docType: z.string().trim().min(1).max(100),
        headings: z
          .array(z.object({ level: headingLevelSchema, text: z.string().trim().min(1).max(500) }).strict())
          .min(1)
          .max(500),
      })
      .strict(),
    output: returns<{ id: number }>(),
  },
  'skeletons:delete': { input: z.object({ id }).strict(), output: returns<null>() },
  'drafts:list': { input: empty, output: returns<DraftSummary[]>() },
  'drafts:open': { input: z.object({ id }).strict(), output: returns<Draft>() },
  'drafts:rename': { input: z.object({ id, title: z.string().trim().min(1).max(200) }).strict(), output: returns<null>() },
  'drafts:delete': { input: z.object({ id }).strict(), output: returns<null>() },
  'drafts:restore': { input: z.object({ id }).strict(), output: returns<null>() },
  'drafts:listVersions': { input: z.object({ id }).strict(), output: returns<DraftVersion[]>() },
  'drafts:previewVersion': { input: z.object({ versionId: id }).strict(), output: returns<{ text: string; words: number }>() },
  'drafts:saveVersion': { input: z.object({ id }).strict(), output: returns<DraftVersion>() },
  'drafts:restoreVersion': { input: z.object({ versionId: id }).strict(), output: returns<Draft>() },
  /** A .docx/.txt (or pasted text) read through the import parser, to open as a new draft. */
  /** 打开: `keepNoise` keeps what the cleaner would remove (the user asked to restore it). */
  'drafts:readFile': { input: z.object({ source: importSource, keepNoise: z.boolean().optional(), jobId: jobId.optional() }).strict(), output: returns<ParsedReport>() },
  /** Desktop only: asks where to save an export (.docx/.txt) and writes it whole; null when cancelled. */
  'export:saveFile': {
    input: z
      .object({
        fileName: z.string().trim().min(1).max(200).regex(fileNamePattern(WRITTEN_FORMATS)),
        dataBase64: z.string().max(MAX_EXPORT_BASE64),
      })
      .strict(),
    output: returns<{ path: string } | null>(),
  },
  /** Desktop only: prints the page's print view to a PDF the user names; null when cancelled. */
  'export:savePdf': { input: z.object({ fileName: z.string().trim().min(1).max(200).regex(fileNamePattern([formatOf('pdf')])) }).strict(), output: returns<{ path: string } | null>() },
  /** Desktop only: the clipboard's text for the context menu's 粘贴 (the page may not read it). */
  'drafts:readClipboard': { input: empty, output: returns<string>() },
  'checks:listRules': { input: empty, output: returns<CheckRule[]>() },
  /** 查重: the sentences of these paragraphs that a web sample in the library holds. */
  'checks:findCopies': { input: z.object({ paragraphs: z.array(z.string().max(MAX_PARAGRAPH_CHARS)).max(20_000) }).strict(), output: returns<CopyMatch[]>() },
  /** The units that issued the library's web samples, for 疑似沿用他处的单位名. */
  'checks:listIssuers': { input: empty, output: returns<SampleIssuer[]>() },
  'sources:list': { input: empty, output: returns<LibrarySource[]>() },
  'sources:setOrigin': { input: z.object({ id, origin: z.enum(SOURCE_ORIGINS) }).strict(), output: returns<null>() },
  /** The whole report kept with an imported source, as a document a new year's report can continue. */
  'sources:getDocument': { input: z.object({ id }).strict(), output: returns<ReportDocument>() },
  'checks:saveRule': {
    input: z
      .object({
        id: id.optional(),
        kind: z.enum(['wording', 'sensitive']),
        wrong: z.string().trim().min(1).max(200),
        right: z.string().trim().max(200).optional(),
        note: z.string().trim().max(200).optional(),
      })
      .strict(),
    output: returns<{ id: number }>(),
  },
  'checks:deleteRule': { input: z.object({ id }).strict(), output: returns<null>() },
  'checks:listIgnored': { input: z.object({ draftId: id }).strict(), output: returns<string[]>() },
  'checks:setIgnored': { input: z.object({ draftId: id, keys: z.array(z.string().max(400)).max(5000) }).strict(), output: returns<null>() },
  /** `corrections`: what the user said lines of a shape are, for every file of the batch (网站内容, 报告正文, 标题). */
  'import:preview': {
    input: z.object({ source: importSource, jobId: jobId.optional(), corrections: z.array(lineCorrection).max(2000).optional() }).strict(),
    output: returns<ImportPreview>(),
  },
  /** Stops a read started with this jobId; it then answers CANCELLED. */
  'jobs:cancel': { input: z.object({ jobId }).strict(), output: returns<{ cancelled: boolean }>() },
  'import:commit': {
    input: z
      .object({ previewId, exclude: z.array(z.number().int().nonnegative()).max(1_000_000), origin: z.enum(SOURCE_ORIGINS).optional() })
      .strict(),
    output: returns<ImportCommitResult>(),
  },
  /** Moves the end of a heading whose end was guessed by `shift` characters (later when positive). */
  'import:moveBoundary': {
    input: z.object({ previewId, block: z.number().int().nonnegative().max(10_000_000), shift: z.number().int().min(-10_000).max(10_000) }).strict(),
    output: returns<ImportPreview>(),
  },
  /** The dialog no longer shows these previews: the main process lets go of them. */
  'import:discard': { input: z.object({ previewIds: z.array(previewId).max(10_000) }).strict(), output: returns<null>() },
  /** What earlier previews taught the importer (备份与素材包 › 学会的网站内容). */
  'import:listLearned': { input: empty, output: returns<LearnedLine[]>() },
  /** Forgets one learned shape, or all of them when none is named; answers how many went. */
  'import:deleteLearned': { input: z.object({ shape: z.string().min(1).max(200).optional() }).strict(), output: returns<{ forgotten: number }>() },
  'import:finish': {
    input: z.object({ sourceIds: z.array(z.number().int().positive()).max(100_000) }).strict(),
    output: returns<{ phrases: number }>(),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Contract[C]['output'];

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export type ErrorCode =
  | 'UNKNOWN_CHANNEL'
  | 'INVALID_INPUT'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'LIBRARY_CORRUPT'
  | 'LIBRARY_UNAVAILABLE'
  | 'IMPORT_REJECTED'
  | 'EXPORT_FAILED'
  | 'DUPLICATE'
  | 'INTERNAL';

export interface IpcError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/**
 * What the main process asks of the page (the other direction of the contract). The page answers a
 * request on its answer channel once it has done it; the main process does not wait for ever.
 */
export const pageRequests = ['drafts:flush'] as const;
export type PageRequest = (typeof pageRequests)[number];
export const answerChannel = (request: PageRequest) => `${request}:done` as const;

/** What `window.wengaoEvents` exposes in the desktop app: the page's handler for each request. */
export interface WengaoEvents {
  onRequest(request: PageRequest, handler: () => Promise<void>): () => void;
}

/** What `window.wengao` exposes: one typed function per channel. */
export type WengaoApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

/** What the main process and the web server implement for each channel (input already validated). */
export type HandlerTable = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};
