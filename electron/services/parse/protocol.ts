import type { ParseOptions } from '../../../shared/genre/report';
import type { ImportSource } from '../../../shared/ipc/contract';
import type { AnalysedReport } from '../import/analyse';
import type { ImportErrorCode } from '../import/errors';

/** What the main process sends the parse worker, and what comes back. */
export interface ParseRequest {
  id: number;
  source: ImportSource;
  options: ParseOptions;
}

export type ParseReply =
  | { id: number; ok: true; analysed: AnalysedReport }
  | { id: number; ok: false; code: ImportErrorCode }
  | { id: number; ok: false; unexpected: string };
