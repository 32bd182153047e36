/**
 * The library's matching rule, in one place: a paragraph matches a query exactly when its text,
 * normalised with NFKC and lower-cased, contains every space-separated term of the query normalised
 * the same way. The full-text index (unigrams and bigrams) is built so that it answers exactly this.
 */

export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function queryTerms(query: string): string[] {
  return normaliseForSearch(query).split(/\s+/u).filter(Boolean);
}

export function matchesQuery(text: string, terms: readonly string[]): boolean {
  const normalised = normaliseForSearch(text);
  return terms.every((term) => normalised.includes(term));
}

/**
 * Every character becomes a fixed-width base-36 code so the FTS5 `ascii` tokenizer keeps it whole:
 * punctuation, CJK and Latin alike. Four digits cover every code point.
 */
function code(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(36).padStart(4, '0');
}

/** Space-separated unigram (n = 1) or bigram (n = 2) tokens of a text, in order. */
export function gramTokens(text: string, n: 1 | 2): string {
  const chars = [...normaliseForSearch(text)].map(code);
  if (n === 1) return chars.join(' ');
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out.join(' ');
}

/**
 * The FTS5 expression for the terms: a one-character term is its unigram; a longer term is the
 * phrase of its consecutive bigrams, which occurs exactly where the term occurs as a substring.
 */
export function ftsExpression(terms: readonly string[]): string {
  return terms
    .map((term) => ([...term].length === 1 ? `uni : "${gramTokens(term, 1)}"` : `bi : "${gramTokens(term, 2)}"`))
    .join(' AND ');
}

export interface Snippet {
  text: string;
  /** [start, end) of each match inside `text`. */
  marks: [number, number][];
}

/**
 * A window of the paragraph around the first match with every match marked. Characters are
 * normalised one by one so positions map back to the original text.
 */
export function snippetOf(text: string, terms: readonly string[], width = 80): Snippet {
  const chars = [...text];
  const whole = normaliseForSearch(text);
  let flat = whole;
  const origin: number[] = [];
  if ([...whole].length === chars.length && whole.length === text.length) {
    // The common case: normalising changed no lengths, so positions map one to one.
    chars.forEach((char, i) => {
      for (let k = 0; k < char.length; k++) origin.push(i);
    });
  } else {
    const normalisedChars = chars.map((c) => normaliseForSearch(c));
    flat = normalisedChars.join('');
    normalisedChars.forEach((n, i) => {
      for (let k = 0; k < n.length; k++) origin.push(i);
    });
  }
  const hits: [number, number][] = [];
  for (const term of terms) {
    for (let at = flat.indexOf(term); at !== -1; at = flat.indexOf(term, at + 1)) {
      hits.push([origin[at] ?? 0, (origin[at + term.length - 1] ?? 0) + 1]);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(width / 4), chars.length - width));
  const end = Math.min(chars.length, start + width);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < chars.length ? '…' : '';
  const offset = (i: number) => chars.slice(start, i).join('').length + prefix.length;
  const marks = hits
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [offset(s), offset(e)]);
  return { text: prefix + chars.slice(start, end).join('') + suffix, marks: mergeMarks(marks) };
}

function mergeMarks(marks: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const mark of marks) {
    const last = merged.at(-1);
    if (last && mark[0] <= last[1]) last[1] = Math.max(last[1], mark[1]);
    else merged.push([mark[0], mark[1]]);
  }
  return merged;
}
