import JSZip from 'jszip';
import { DOCX_LIMITS } from '../../../shared/model/limits';
import { ImportError } from './errors';

/** Inflates one part, stopping as soon as it grows past `limit` (a zip's stated sizes can lie). */
function inflateAtMost(file: JSZip.JSZipObject, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.pause();
        reject(new ImportError('DOCX_TOO_COMPLEX'));
      } else chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', () => reject(new ImportError('CORRUPT_DOCX')));
  });
}

/** The most runs (`<w:r>`) any one paragraph of the document has, in one linear pass. */
function mostRunsInAParagraph(xml: string): number {
  let most = 0;
  let runs = 0;
  for (const tag of xml.matchAll(/<w:(p|r)[\s>/]|<\/w:p>/gu)) {
    if (tag[0] === '</w:p>' || tag[1] === 'p') {
      most = Math.max(most, runs);
      runs = 0;
    } else runs++;
  }
  return Math.max(most, runs);
}

/**
 * Refuses a .docx that would unpack into far more than any report (a zip bomb, a machine-made file
 * with a million runs in one paragraph) before the parser reads it: parts, unpacked size, the
 * document part's size and runs per paragraph are bounded. Parts the parser never reads are not
 * unpacked at all.
 */
export async function assertDocxWithinLimits(bytes: Uint8Array): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportError('CORRUPT_DOCX');
  }
  const files = Object.values(zip.files);
  if (files.length > DOCX_LIMITS.entries) throw new ImportError('DOCX_TOO_COMPLEX');
  const stated = files.reduce((sum, file) => sum + ((file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0);
  if (stated > DOCX_LIMITS.inflatedBytes) throw new ImportError('DOCX_TOO_COMPLEX');
  const document = zip.file('word/document.xml');
  // A zip without a Word document in it (an .xlsx or a .zip renamed) is no Word file.
  if (!document) throw new ImportError('NOT_DOCX');
  const xml = await inflateAtMost(document, DOCX_LIMITS.documentXmlBytes);
  if (mostRunsInAParagraph(xml) > DOCX_LIMITS.runsPerParagraph) throw new ImportError('DOCX_TOO_COMPLEX');
}
