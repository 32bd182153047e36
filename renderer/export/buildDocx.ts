import type { DocxOptions } from '../../shared/export/docx';
import type { ReportDocument } from '../../shared/model/document';

/** What the worker is sent: the document and its comments. */
export interface DocxRequest {
  doc: ReportDocument;
  options: DocxOptions;
}

export type DocxReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * The Word file for a document, built in a worker so the page stays responsive however long the
 * report; where there are no workers (the component tests' jsdom) it is built here.
 */
export async function buildDocx(doc: ReportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return (await import('../../shared/export/docx')).exportDocx(doc, options);
  const worker = new Worker(new URL('./docx.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<DocxReply>) => (event.data.ok ? resolve(event.data.bytes) : reject(new Error(event.data.message)));
      worker.onerror = (event) => reject(new Error(event.message || 'docx worker failed'));
      worker.postMessage({ doc, options } satisfies DocxRequest);
    });
  } finally {
    worker.terminate();
  }
}
