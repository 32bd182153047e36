import { splitHeadingAt } from './boundary';
import type { Block } from './types';
import { zhWords } from './text';


/**
 * Words that open a sentence of a report's body — an adverb before its verb, or the unit speaking of
 * itself — and seldom stand in the middle of a heading's words.
 */
const SENTENCE_OPENERS = [
  '全面', '深入', '认真', '持续', '积极', '不断', '切实', '扎实', '大力', '着力', '严格', '始终', '进一步',
  '我局', '我县', '我市', '我区', '我委', '我办', '我镇', '我们', '全县', '全市', '全区', '全镇', '各级',
  '通过', '按照', '根据', '今年', '目前', '共计', '累计',
];

/** Headings of one level under one parent: siblings in a report are parallel in length and shape. */
function siblingGroups(blocks: readonly Block[]): number[][] {
  const groups: number[][] = [];
  // The group open at each level (1–4); a heading closes the groups of the levels below it.
  const open: (number[] | undefined)[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== 'heading') return;
    const level = block.level ?? 1;
    open.length = Math.min(open.length, level + 1);
    let group = open[level];
    if (!group) {
      group = [];
      open[level] = group;
      groups.push(group);
    }
    group.push(index);
  });
  return groups;
}

/** No heading this short has swallowed a body worth cutting off (with a quote-shaped sibling, 6 more than theirs). */
const MIN_OVERLONG = 12;

/**
 * The median (lower middle) of a sorted list without one of its values (`without` null: the whole list).
 * Each heading is compared with its siblings, all but itself: sorting once per group keeps a group of
 * thousands of headings (a flattened statistics table) linear, where a sort per heading was quadratic.
 */
function medianWithout(sorted: readonly number[], without: number | null): number {
  if (without === null) return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  const middle = Math.floor((sorted.length - 2) / 2);
  let at = 0;
  let high = sorted.length;
  while (at < high) {
    const mid = (at + high) >> 1;
    if ((sorted[mid] as number) < without) at = mid + 1;
    else high = mid;
  }
  return sorted[at > middle ? middle : middle + 1] ?? 0;
}

const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const commasOf = (text: string) => text.split('，').length - 1;

/** A group's quote-shaped headings (`X，Y，Z“…”`): how many, and their comma counts, sorted. */
interface QuoteShapes {
  count: number;
  commas: number[];
}

/** Siblings shaped `X，Y，Z“…”` end where this one closes its quote after as many commas. */
function quoteShapedEnd(text: string, shapes: QuoteShapes, siblings: number): number {
  const self = text.endsWith('”');
  const shaped = shapes.count - (self ? 1 : 0);
  if (shaped < 2 || shaped < siblings - 1) return -1;
  const commas = medianWithout(shapes.commas, self ? commasOf(text) : null);
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '，') seen++;
    if (text[i] === '”' && seen === commas) return i + 1 < text.length ? i + 1 : -1;
  }
  return -1;
}

const gluedBefore = /[\u4e00-\u9fff”）)]/u;

/** The word boundary nearest the siblings' length where a body sentence plainly starts. */
function openerNear(text: string, typical: number): number {
  let best = -1;
  // Short siblings (`总体情况`) still leave room for a heading of a dozen characters.
  const low = 4;
  const high = Math.min(text.length - 4, Math.max(typical * 2, 16));
  for (const { index } of zhWords().segment(text)) {
    // After a comma the writer has marked the clause: a long heading, not one glued to its body.
    if (index < low || index > high || !gluedBefore.test(text[index - 1] ?? '')) continue;
    if (!SENTENCE_OPENERS.some((word) => text.startsWith(word, index))) continue;
    if (best === -1 || Math.abs(index - typical) <= Math.abs(best - typical)) best = index;
  }
  return best;
}

const sentenceMark = /[，。；！？,;!?]/u;
const hanRun = /[\u4e00-\u9fff]{4}/u;

/**
 * What is cut off must read as a body sentence (it reaches a comma or the sentence end that stopped
 * the heading), and what stays must be a heading's words, not a year alone.
 */
function startsBody(heading: Block, at: number): boolean {
  const ending = heading.source.slice((heading.number ?? '').length + heading.text.length);
  return sentenceMark.test(heading.text.slice(at) + ending) && hanRun.test(heading.text.slice(0, at));
}

/**
 * A heading far longer than its siblings has swallowed the start of its body (a heading glued to its
 * body without punctuation, `（一）多举措推动改革落地全面实施改革攻坚行动，…`): it is cut where its
 * siblings' shape or a word that opens a sentence says, and marked as a guess for the user to check.
 */
export function splitOverlongHeadings(blocks: Block[]): void {
  const cuts: { index: number; at: number }[] = [];
  for (const group of siblingGroups(blocks)) {
    if (group.length < 3) continue;
    const texts = group.map((i) => blocks[i]?.text ?? '');
    const lengths = ascending(texts.map((t) => t.length));
    const quoteShaped = texts.filter((t) => t.endsWith('”'));
    const shapes: QuoteShapes = { count: quoteShaped.length, commas: ascending(quoteShaped.map(commasOf)) };
    for (const index of group) {
      const heading = blocks[index];
      // Most headings are short: nothing to compare.
      if (!heading || heading.guessed || heading.text.length < MIN_OVERLONG) continue;
      const typical = medianWithout(lengths, heading.text.length);
      // The siblings' shape is strong evidence on its own; a word that may open a sentence is weaker.
      const quoted = heading.text.length >= typical + 6 ? quoteShapedEnd(heading.text, shapes, group.length - 1) : -1;
      const overlong = heading.text.length >= Math.max(MIN_OVERLONG, typical * 2, typical + 10);
      const at = quoted > 0 ? quoted : overlong ? openerNear(heading.text, typical) : -1;
      if (at > 0 && startsBody(heading, at)) cuts.push({ index, at });
    }
  }
  // From the last, so a body put in after a heading does not move the headings still to cut.
  for (const { index, at } of cuts.sort((a, b) => b.index - a.index)) splitHeadingAt(blocks, index, at);
}
