import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { looksBinary } from '../../../shared/genre/decode';
import { detectDocType, detectIssuer, detectYear } from '../../../shared/genre/meta';
import { parseReportBytes, parseReportLines, parseReportText, type ParseOptions } from '../../../shared/genre/report';
import type { Encoding, ParsedReport } from '../../../shared/genre/types';
import type { SourceKind } from '../../library/sources';
import { readDocx } from './docx';
import { assertDocxWithinLimits } from './docxLimits';
import { MAX_REPORT_BYTES } from '../../../shared/model/limits';
import { ImportError } from './errors';
import type { ImportSource } from '../../../shared/ipc/contract';
import type { LearnedLine } from '../../../shared/ipc/import';

export interface AnalysedReport {
  name: string;
  kind: SourceKind;
  contentHash: string;
  encoding: Encoding | null;
  report: ParsedReport;
  year: number | null;
  issuer: string | null;
  docType: string;
  /** Shapes labelled by what earlier imports taught (the preview marks them 已学会). */
  learnedShapes?: string[];
  /** Lines the user corrected in the preview: the library learns them when the report is imported. */
  teach?: Omit<LearnedLine, 'learnedAt'>[];
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function finish(name: string, kind: SourceKind, contentHash: string, report: ParsedReport, encoding: Encoding | null): AnalysedReport {
  if (!report.blocks.some((b) => b.type !== 'title')) throw new ImportError('NO_TEXT');
  return {
    name,
    kind,
    contentHash,
    encoding,
    report,
    year: detectYear(report),
    issuer: detectIssuer(report),
    docType: detectDocType(report.title),
  };
}

/** Reads one file's bytes into a parsed report, or explains in Chinese why it cannot be imported. */
export async function analyseFile(name: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<AnalysedReport> {
  if (bytes.length === 0) throw new ImportError('EMPTY');
  if (bytes.length > MAX_REPORT_BYTES) throw new ImportError('TOO_LARGE');
  const extension = extname(name).toLowerCase();
  if (extension === '.doc' || startsWith(bytes, oleMagic)) throw new ImportError('LEGACY_DOC');
  const hash = sha256(bytes);
  if (extension === '.docx') {
    // Every .docx is a zip: anything else (a picture renamed) is not a damaged Word file but none at all.
    if (!startsWith(bytes, zipMagic)) throw new ImportError('NOT_DOCX');
    await assertDocxWithinLimits(bytes);
    let read;
    try {
      read = await readDocx(bytes);
    } catch {
      throw new ImportError('CORRUPT_DOCX');
    }
    const report = parseReportLines(read.lines, options);
    return finish(name, 'docx', hash, { ...report, ...(read.review ? { review: read.review } : {}), ...(read.fields ? { fields: read.fields } : {}) }, null);
  }
  if (extension !== '.txt' && extension !== '') throw new ImportError('UNSUPPORTED');
  if (looksBinary(bytes)) throw new ImportError('BINARY');
  const { encoding, ...report } = parseReportBytes(bytes, options);
  return finish(name, 'txt', hash, report, encoding);
}

/** Pasted text: the same pipeline without decoding. */
export function analysePaste(text: string, name = '粘贴的文本', options: ParseOptions = {}): AnalysedReport {
  if (text.trim() === '') throw new ImportError('EMPTY');
  return finish(name, 'paste', sha256(text.replace(/\r\n?/g, '\n').trim()), parseReportText(text, options), null);
}

/** A file or a paste as the page sends it. */
export function analyseSource(source: ImportSource, options: ParseOptions = {}): Promise<AnalysedReport> {
  if ('text' in source) return Promise.resolve(analysePaste(source.text, source.name, options));
  const encoding = source.encoding ?? options.encoding;
  return analyseFile(source.name, new Uint8Array(Buffer.from(source.dataBase64, 'base64')), { ...options, ...(encoding ? { encoding } : {}) });
}
