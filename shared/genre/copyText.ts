/**
 * Copied text: what counts as the same sentence (punctuation and spaces aside) and the fingerprints
 * that find it among the library's paragraphs without reading them all. A fingerprint is the
 * smallest hash of each run of WINDOW consecutive SHINGLE-character pieces (winnowing, Schleimer et
 * al. 2003): any text of at least SHINGLE + WINDOW − 1 = COPY_MIN_CHARS characters shared by two
 * paragraphs gives both at least one fingerprint of that text, so a sentence's own fingerprints are
 * all among those of every paragraph that holds it, and about one character in six is kept.
 */

/** A sentence this long (after normalising) that appears in a web sample is a copy worth a warning. */
export const COPY_MIN_CHARS = 15;
const SHINGLE = 6;
const WINDOW = COPY_MIN_CHARS - SHINGLE + 1;

/** Text as the copy check compares it: NFKC, lower case, without spaces, punctuation or symbols. */
export function copyNormal(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

/** FNV-1a over the code points of one shingle, as an unsigned 32-bit number. */
function hashOf(codes: readonly number[], from: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < from + SHINGLE; i++) {
    hash ^= codes[i] ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The fingerprints of normalised text, as index tokens (base 36), each once. Text shorter than one
 * window of shingles has none: it is shorter than any copy the check looks for.
 */
export function fingerprints(normal: string): string[] {
  const codes = Array.from(normal, (c) => c.codePointAt(0) ?? 0);
  if (codes.length < COPY_MIN_CHARS) return [];
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE <= codes.length; i++) hashes.push(hashOf(codes, i));
  const picked = new Set<string>();
  let last = -1;
  for (let start = 0; start + WINDOW <= hashes.length; start++) {
    // The rightmost smallest hash of the window: two texts with the same window pick the same one.
    let min = last >= start ? last : start;
    for (let i = min === last ? start + WINDOW - 1 : start + 1; i < start + WINDOW; i++) if ((hashes[i] ?? 0) <= (hashes[min] ?? 0)) min = i;
    if (min !== last) {
      picked.add((hashes[min] ?? 0).toString(36));
      last = min;
    }
  }
  return [...picked];
}

/** A sentence of a paragraph with where it stands and its normalised text. */
export interface CopySentence {
  offset: number;
  length: number;
  normal: string;
  /**
   * The sentence without its first clause, and without its last (up to ，、：), where still long
   * enough: a sample's sentence with a clause of one's own put before or after it is still copied.
   */
  parts: Omit<CopySentence, 'parts'>[];
}

/** A piece of the text as the copy check compares it, or null when it is too short to count. */
function piece(text: string, offset: number, length: number): Omit<CopySentence, 'parts'> | null {
  const raw = text.slice(offset, offset + length);
  const lead = raw.length - raw.trimStart().length;
  const normal = copyNormal(raw);
  return [...normal].length < COPY_MIN_CHARS ? null : { offset: offset + lead, length: raw.trim().length, normal };
}

/** The paragraph's sentences long enough to count as copied, with their places in its text. */
export function copySentences(text: string): CopySentence[] {
  const out: CopySentence[] = [];
  for (const m of text.matchAll(/[^。！？；!?;\n]+[。！？；!?;]?/gu)) {
    const whole = piece(text, m.index, m[0].length);
    if (!whole) continue;
    const cuts = [...m[0].matchAll(/[，、：,:]/gu)].map((c) => c.index + 1).filter((at) => at < m[0].trimEnd().length);
    const first = cuts[0];
    const last = cuts.at(-1);
    const parts = [
      first === undefined ? null : piece(text, m.index + first, m[0].length - first),
      last === undefined ? null : piece(text, m.index, last),
    ].filter((p): p is Omit<CopySentence, 'parts'> => p !== null);
    out.push({ ...whole, parts });
  }
  return out;
}
