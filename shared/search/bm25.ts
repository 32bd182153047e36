/**
 * Okapi BM25 over substring terms, computed on the candidate rows only. FTS5's own bm25() first
 * re-runs every phrase over the whole index to weigh it, which costs as much as the search itself;
 * here the document frequencies come from the counts the search makes anyway.
 */
export interface Bm25Stats {
  /** Live paragraphs in the library. */
  documents: number;
  /** Average paragraph length in characters. */
  averageLength: number;
  /** For each term, how many paragraphs contain it. */
  documentFrequency: number[];
}

const K1 = 1.2;
const B = 0.75;

function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

/** Higher is more relevant. `normalisedText` must be normalised like the terms (NFKC, lower case). */
export function bm25(normalisedText: string, terms: readonly string[], stats: Bm25Stats): number {
  const lengthRatio = normalisedText.length / Math.max(1, stats.averageLength);
  let score = 0;
  terms.forEach((term, i) => {
    const tf = occurrences(normalisedText, term);
    if (tf === 0) return;
    const df = stats.documentFrequency[i] ?? 0;
    const idf = Math.log(1 + (stats.documents - df + 0.5) / (df + 0.5));
    score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + B * lengthRatio));
  });
  return score;
}
