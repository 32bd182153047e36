/**
 * The limits users meet, defined once: the import and open checks, the IPC schemas, web mode's body
 * limit per channel, the parse worker's time and memory, and the messages that name them all derive
 * from here.
 */

/** The largest report file that is imported or opened: far beyond any real report. */
export const MAX_REPORT_MB = 20;
export const MAX_REPORT_BYTES = MAX_REPORT_MB * 1024 * 1024;
/** A report file as base64 (4 characters per 3 bytes), as the IPC and HTTP bridges carry it. */
export const MAX_REPORT_BASE64 = Math.ceil(MAX_REPORT_BYTES / 3) * 4;
/** Pasted text, and a pasted report for import. */
export const MAX_PASTE_CHARS = 10_000_000;
/** A draft is Lexical JSON; far beyond any real report, and it keeps a bad caller bounded. */
export const MAX_DRAFT_CHARS = 20_000_000;
/** An exported file on its way to a save dialog: never larger than the largest report. */
export const MAX_EXPORT_BASE64 = MAX_REPORT_BASE64;
/** A library pack (JSON) being imported: room for a few hundred thousand paragraphs. */
export const MAX_PACK_CHARS = 200_000_000;

/**
 * The largest request web mode reads for a channel, in bytes of JSON: a draft or a pack of the
 * largest size above (three bytes a character as UTF-8, the worst case), any other request the
 * largest report as base64; a megabyte more for the rest of the JSON.
 */
export function maxRequestBytes(channel: string): number {
  const room = 1024 * 1024;
  if (channel === 'drafts:save') return MAX_DRAFT_CHARS * 3 + room;
  if (channel === 'library:importPack') return MAX_PACK_CHARS * 3 + room;
  return MAX_REPORT_BASE64 + room;
}

/**
 * The longest paragraph the library holds: one paragraph can be a whole report. Packs carry any
 * paragraph the library holds, so what pack export writes, pack import reads.
 */
export const MAX_PARAGRAPH_CHARS = MAX_REPORT_BYTES;

/**
 * What a .docx of at most MAX_REPORT_MB may unpack to. Beyond these it is a zip bomb or a machine-made
 * file, not a report: reading it would freeze the program and eat gigabytes.
 */
export const DOCX_LIMITS = {
  entries: 2000,
  inflatedBytes: 200 * 1024 * 1024,
  documentXmlBytes: 64 * 1024 * 1024,
  runsPerParagraph: 20_000,
} as const;

/** Days a paragraph stays in the trash, restorable, before it is deleted for good. */
export const TRASH_DAYS = 30;

/**
 * One report read for import or 打开, in its worker: a real report takes well under a second and a few
 * dozen MB; a read beyond these is stopped and the file refused.
 */
export const PARSE_LIMITS = {
  timeMs: 60_000,
  memoryMb: 1024,
} as const;

/** What the import dialog's parsed, not yet stored reports may hold in memory together. */
export const HELD_PREVIEWS_BYTES = 256 * 1024 * 1024;

/**
 * Another program (the CLI importing) holding the library's write lock. The CLI waits in SQLite for
 * `cliMs`; the app and web mode block for at most `blockingMs` at a time and retry off the event loop
 * until `totalMs`, so every other request is answered meanwhile.
 */
export const LOCK_WAIT = {
  cliMs: 3000,
  blockingMs: 50,
  totalMs: 20_000,
} as const;
