import type { Database } from 'better-sqlite3';
import { copyNormal, copySentences, COPY_MIN_CHARS, fingerprints } from '../../shared/genre/copyText';
import type { CopyMatch } from '../../shared/ipc/copies';
import { statement } from './statements';

interface Candidate {
  text: string;
  sourceId: number;
  title: string | null;
  fileName: string;
}

/** Candidates hold every fingerprint of the sentence; a few are enough to find one that holds it. */
const CANDIDATES = 20;

const CANDIDATES_SQL = `
  SELECT p.text, s.id AS sourceId, s.title, s.file_name AS fileName
    FROM paragraph_copies c
    JOIN paragraphs p ON p.id = c.rowid AND p.deleted_at IS NULL
    JOIN paragraph_sources ps ON ps.paragraph_id = p.id
    JOIN sources s ON s.id = ps.source_id AND s.origin = 'sample'
   WHERE c.paragraph_copies MATCH ?
   LIMIT ${CANDIDATES}`;

/** Merges the index's segments, as after a large import: queries then read one b-tree per fingerprint. */
export function optimizeCopyIndex(db: Database): void {
  db.exec("INSERT INTO paragraph_copies(paragraph_copies) VALUES ('optimize')");
}

/** Stock phrases long enough to be a sentence: text that is one of them is reused, not copied. */
function stockPhrases(db: Database): string[] {
  return statement<[], { text: string }>(db, 'SELECT text FROM phrases WHERE pending = 0')
    .all()
    .map((p) => copyNormal(p.text))
    .filter((normal) => [...normal].length >= COPY_MIN_CHARS);
}

/**
 * The sentences of these paragraphs (15 characters or more, punctuation and spaces aside) that a
 * web sample in the library holds, whole or but for a clause added before or after, each with the
 * first such sample. The index narrows the library
 * to the paragraphs holding all of a sentence's fingerprints; each is then read to be sure.
 */
export function findCopies(db: Database, paragraphs: readonly string[]): CopyMatch[] {
  const phrases = stockPhrases(db);
  const query = statement<[string], Candidate>(db, CANDIDATES_SQL);
  const matches: CopyMatch[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const sentence of copySentences(text)) {
      // The whole sentence first; else the sentence without its first or its last clause.
      for (const span of [sentence, ...sentence.parts]) {
        if (phrases.some((phrase) => phrase.includes(span.normal))) break;
        const prints = fingerprints(span.normal);
        if (prints.length === 0) continue;
        const found = query.all(prints.join(' AND ')).find((c) => copyNormal(c.text).includes(span.normal));
        if (!found) continue;
        matches.push({ paragraph, offset: span.offset, length: span.length, source: { id: found.sourceId, title: found.title, fileName: found.fileName } });
        break;
      }
    }
  });
  return matches;
}
