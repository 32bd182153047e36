import type { Database } from 'better-sqlite3';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { SourceOrigin } from '../../shared/ipc/copies';
import type { SampleIssuer } from '../../shared/checks/types';
import type { ParsedReport } from '../../shared/genre/types';
import { documentFromReport } from '../../shared/model/documentFromReport';
import type { ReportDocument } from '../../shared/model/document';
import type { LibrarySource } from '../../shared/ipc/library';
import { LibraryError } from './errors';
import { libraryMessages } from './messages';

export type SourceKind = 'txt' | 'docx' | 'paste' | 'pack';

export interface SourceRecord {
  fileName: string;
  kind: SourceKind;
  contentHash: string;
  title: string | null;
  year: number | null;
  issuer: string | null;
  encoding: string | null;
  removedCount: number;
  origin: SourceOrigin;
  /** The whole parsed report as JSON, kept compressed so a later year's report can continue it. */
  report?: unknown;
}

export function findSourceByHash(db: Database, contentHash: string): { id: number; fileName: string } | undefined {
  return db
    .prepare<[string], { id: number; fileName: string }>('SELECT id, file_name AS fileName FROM sources WHERE content_hash = ?')
    .get(contentHash);
}

export function insertSource(db: Database, source: SourceRecord, now: string): number {
  const info = db
    .prepare(
      `INSERT INTO sources (file_name, kind, content_hash, title, year, issuer, encoding, removed_count, origin, report, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      source.fileName,
      source.kind,
      source.contentHash,
      source.title,
      source.year,
      source.issuer,
      source.encoding,
      source.removedCount,
      source.origin,
      source.report === undefined ? null : deflateRawSync(JSON.stringify(source.report)),
      now,
    );
  return Number(info.lastInsertRowid);
}

interface SourceRow {
  id: number;
  fileName: string;
  kind: LibrarySource['kind'];
  title: string | null;
  year: number | null;
  issuer: string | null;
  origin: SourceOrigin;
  importedAt: string;
  hasReport: number;
  paragraphs: number;
}

/** Every imported report, newest first, with how many paragraphs it gave the library. */
export function listSources(db: Database): LibrarySource[] {
  return db
    .prepare<[], SourceRow>(
      `SELECT s.id, s.file_name AS fileName, s.kind, s.title, s.year, s.issuer, s.origin, s.imported_at AS importedAt,
              s.report IS NOT NULL AS hasReport, (SELECT count(*) FROM paragraph_sources ps WHERE ps.source_id = s.id) AS paragraphs
         FROM sources s ORDER BY s.imported_at DESC, s.id DESC`,
    )
    .all()
    .map(({ hasReport, ...row }) => ({ ...row, hasReport: hasReport === 1 }));
}

/** Marks an imported report as one of the user's own or a sample from the web. */
export function setSourceOrigin(db: Database, id: number, origin: SourceOrigin): void {
  const info = db.prepare('UPDATE sources SET origin = ? WHERE id = ?').run(origin, id);
  if (info.changes === 0) throw new LibraryError('NOT_FOUND', libraryMessages.sourceMissing(id));
}

/** The parsed report kept with a source, or null for one imported before reports were kept. */
export function sourceReport(db: Database, id: number): unknown {
  const row = db.prepare<[number], { report: Buffer | null }>('SELECT report FROM sources WHERE id = ?').get(id);
  if (!row) throw new LibraryError('NOT_FOUND', libraryMessages.sourceMissing(id));
  return row.report === null ? null : (JSON.parse(inflateRawSync(row.report).toString('utf8')) as unknown);
}

/** The units that issued the web samples in the library, each with one sample it issued, longest first. */
export function listIssuers(db: Database): SampleIssuer[] {
  return db
    .prepare<[], SampleIssuer>(
      `SELECT issuer, coalesce(min(title), min(file_name)) AS sample FROM sources
        WHERE origin = 'sample' AND issuer IS NOT NULL AND issuer <> '' GROUP BY issuer ORDER BY length(issuer) DESC`,
    )
    .all();
}

/** An imported report as a document, for 续写: refused with what to do for one imported before reports were kept. */
export function sourceDocument(db: Database, id: number): ReportDocument {
  const report = sourceReport(db, id) as ParsedReport | null;
  if (!report) {
    const title = db.prepare<[number], { title: string | null; fileName: string }>('SELECT title, file_name AS fileName FROM sources WHERE id = ?').get(id);
    throw new LibraryError('NOT_FOUND', libraryMessages.sourceWithoutReport(title?.title ?? title?.fileName ?? String(id)));
  }
  return documentFromReport(report);
}
