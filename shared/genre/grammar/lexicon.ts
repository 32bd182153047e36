/**
 * Word lists counted in one pass over a line's opening. Every line of every import is read for the
 * report's words and for a site's words; a long alternation regex tries each of its words at every
 * position of a line that holds none of them, while this looks at each character once and only
 * compares the words that start with it.
 */
interface Entry {
  id: number;
  word: string;
  /** The word's second character (-1 for a word of one): most candidates fail on it, before a string comparison. */
  second: number;
  list: number;
}

export class Lexicon {
  private readonly starts = new Uint8Array(0x10000);
  private readonly byFirst: Entry[][] = [];
  private readonly limits: readonly number[];
  private readonly reach: readonly number[];
  private readonly scanned: number;
  /** When each word was last found: a word counts once per line without a set per line. */
  private readonly seenAt: Int32Array;
  private readonly next: Int32Array;
  private line = 0;

  /**
   * `lists`: each list's words joined by `|`, the count beyond which more words change nothing, and
   * how far into a line its words are read.
   */
  constructor(lists: readonly { words: string; limit: number; reach: number }[]) {
    this.limits = lists.map((list) => list.limit);
    this.reach = lists.map((list) => list.reach);
    this.scanned = Math.max(...this.reach);
    let id = 0;
    lists.forEach(({ words }, list) => {
      for (const raw of words.split('|')) {
        const word = raw.toLowerCase();
        const first = word.charCodeAt(0);
        this.starts[first] = 1;
        const entries = (this.byFirst[first] ??= []);
        entries.push({ id: id++, word, second: word.length > 1 ? word.charCodeAt(1) : -1, list });
      }
    });
    // The longest word that starts here is the one read (`下载文档`, not `下载`).
    for (const entries of this.byFirst) entries?.sort((a, b) => b.word.length - a.word.length);
    this.seenAt = new Int32Array(id);
    this.next = new Int32Array(lists.length);
  }

  /** Each list's distinct words in its reach of `text`, up to its limit; `latin`: the text holds Latin letters (read in any case). */
  count(text: string, latin: boolean): number[] {
    let opening = text.length > this.scanned ? text.slice(0, this.scanned) : text;
    if (latin) opening = opening.toLowerCase();
    const { starts, byFirst, reach, limits, next, seenAt } = this;
    const counts = limits.map(() => 0);
    next.fill(0);
    const line = ++this.line;
    const length = opening.length;
    let full = 0;
    for (let i = 0; i < length && full < limits.length; i++) {
      const code = opening.charCodeAt(i);
      if (starts[code] === 0) continue;
      const entries = byFirst[code] as Entry[];
      const second = opening.charCodeAt(i + 1);
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e] as Entry;
        if (entry.second !== -1 && entry.second !== second) continue;
        const { id, word, list } = entry;
        // Each list reads its words without overlap, as a reader would: `下载本文` is one site word.
        if (i + word.length > (reach[list] as number) || i < (next[list] as number) || (counts[list] as number) >= (limits[list] as number)) continue;
        if (word.length > 2 && !opening.startsWith(word, i)) continue;
        next[list] = i + word.length;
        if (seenAt[id] === line) continue;
        seenAt[id] = line;
        counts[list] = (counts[list] as number) + 1;
        if (counts[list] === limits[list]) full++;
      }
    }
    return counts;
  }
}
