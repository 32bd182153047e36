/**
 * The one IPC contract. The preload, the main-process handler table, the web-mode server and the
 * renderer bridge are all typed from this table: adding a channel is one entry here plus one handler.
 */
import { z } from 'zod';
import type { ImportCommitResult, ImportPreview } from '../model/import';
import type { Draft, LibraryInfo, PhraseCategory, SavedDraft, Skeleton } from '../model/library';

/** Phantom marker for a channel's output type; the value is never read. */
const returns = <T>(): T => undefined as T;

/** Drafts are Lexical JSON; 20 MB is far beyond any real report and keeps a bad caller bounded. */
export const MAX_DRAFT_CHARS = 20_000_000;

/** A 20 MB file is about 26.7 million base64 characters; anything larger is refused before parsing. */
export const MAX_IMPORT_BASE64 = 28_000_000;
export const MAX_PASTE_CHARS = 10_000_000;

/** A file's bytes (base64, so the HTTP bridge can carry them too) or pasted text. */
const importSource = z.union([
  z.object({ name: z.string().min(1).max(260), dataBase64: z.string().max(MAX_IMPORT_BASE64) }).strict(),
  z.object({ text: z.string().max(MAX_PASTE_CHARS), name: z.string().max(260).optional() }).strict(),
]);
export type ImportSource = z.input<typeof importSource>;

export const contract = {
  'library:info': { input: z.object({}).strict(), output: returns<LibraryInfo>() },
  'library:listSkeletons': { input: z.object({}).strict(), output: returns<Skeleton[]>() },
  'library:listPhrases': { input: z.object({}).strict(), output: returns<PhraseCategory[]>() },
  'draft:loadCurrent': { input: z.object({}).strict(), output: returns<Draft | null>() },
  'draft:save': {
    input: z
      .object({
        id: z.number().int().positive().optional(),
        title: z.string().max(500),
        content: z.string().min(2).max(MAX_DRAFT_CHARS),
      })
      .strict(),
    output: returns<SavedDraft>(),
  },
  'import:preview': { input: z.object({ source: importSource }).strict(), output: returns<ImportPreview>() },
  'import:commit': {
    input: z
      .object({ source: importSource, exclude: z.array(z.number().int().nonnegative()).max(1_000_000) })
      .strict(),
    output: returns<ImportCommitResult>(),
  },
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
  | 'INTERNAL';

export interface IpcError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What `window.wengao` exposes: one typed function per channel. */
export type WengaoApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

/** What the main process and the web server implement for each channel (input already validated). */
export type HandlerTable = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};
