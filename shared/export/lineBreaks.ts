import { latinWidth } from './latinWidths';

/**
 * Where a printed paragraph's lines break, as Word and LibreOffice break it on the GB/T 9704 grid:
 * characters advance by their width plus the body's character spacing, a line breaks between any
 * two Chinese characters, never before closing punctuation nor after opening punctuation, never
 * inside a number or a Latin word; a comma or full stop that does not fit hangs past the right edge
 * (LibreOffice's hanging punctuation) instead of taking a character down with it.
 */

/** Closing marks: never the first character of a line. */
const NO_LINE_START = new Set([...'，。、；：？！”’）》」』】〉〕〗…%‰℃·,.;:?!)]}']);
/** Opening marks: never the last character of a line. */
const NO_LINE_END = new Set([...'“‘（《「『【〈〔〖([{']);
/** Marks that hang past the right edge when they do not fit. */
const HANGING = new Set([...'，。、；：？！']);
/** Inside a number or word these join what is on either side (`86.5%`, `2,315.6`, `PM2.5`, `e-mail`). */
const JOINERS = new Set([...".,:%'-/"]);

export interface LineStyle {
  /** Font size in points. */
  size: number;
  /** Added after every character, in points (negative: tighter). */
  spacing: number;
  /** Width of the line in points. */
  width: number;
  /** Width the first line leaves free on its left, in points. */
  firstIndent: number;
  /** Width the lines after the first leave free on their left (a hanging indent), in points. */
  restIndent?: number;
  /** Characters [0, boldUntil) are set in bold (a level-3 heading run in before its paragraph). */
  boldUntil?: number;
}

type Script = 'asian' | 'latin' | 'weak';
// Code-point tests, not regular expressions: the page view lays out every paragraph it has not seen.
const isIdeograph = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
const isAlnum = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
/** General punctuation (quotes, dashes, ellipsis) and ASCII marks take the script of what they follow. */
function scriptOf(code: number): Script {
  if (isAlnum(code)) return 'latin';
  if (code < 0x80 || (code >= 0x2000 && code <= 0x206f)) return 'weak';
  return code >= 0x2e80 ? 'asian' : 'latin';
}

/** Widths of the general punctuation that Times New Roman sets when it follows Latin text, in ems. */
const LATIN_PUNCTUATION: Record<string, number> = { '“': 0.444, '”': 0.444, '‘': 0.333, '’': 0.333, '…': 1, '—': 1, '–': 0.5 };

/**
 * Where a Chinese character meets Latin letters or digits the layout adds a quarter of the font size
 * (LibreOffice's automatic spacing between Asian and Western text, as Word's: fitted on its rendering
 * of the corpus and fixtures, where 0.24–0.26 em give the same lines).
 */
const AUTOSPACE_EM = 0.25;
/** Half a point of slack: the 28th character of a line fits exactly with its spacing. */
const SLACK_PT = 0.5;

/** Each character's advance in points, and the automatic space before it, for a whole paragraph. */
function measure(chars: readonly string[], style: LineStyle): { advance: number[]; gap: number[] } {
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  const scripts = codes.map(scriptOf);
  let previous: Script = scripts.find((s) => s !== 'weak') ?? 'asian';
  const resolved = scripts.map((script) => (script === 'weak' ? previous : (previous = script)));
  const advance = chars.map((char, i) => {
    const code = codes[i] ?? 0;
    const bold = i < (style.boldUntil ?? 0);
    const latinMark = resolved[i] === 'latin' ? LATIN_PUNCTUATION[char] : undefined;
    const em = code >= 0x20 && code < 0x7f ? latinWidth(code, bold) : (latinMark ?? 1);
    return em * style.size + style.spacing;
  });
  // Only where an ideograph itself meets Latin text: not beside Chinese punctuation.
  const gap = resolved.map((script, i) => {
    if (i === 0 || script === resolved[i - 1]) return 0;
    return isIdeograph(codes[script === 'asian' ? i : i - 1] ?? 0) ? AUTOSPACE_EM * style.size : 0;
  });
  return { advance, gap };
}

/** Indices of the characters the automatic space stands before, for a print that must add it itself. */
export function autospaceAt(text: string): number[] {
  const chars = [...text];
  const { gap } = measure(chars, { size: 1, spacing: 0, width: Infinity, firstIndent: 0 });
  return gap.flatMap((g, i) => (g > 0 ? [i] : []));
}

/** The width of a run of text on one line, in points, as the layout measures it. */
export function textWidth(text: string, style: Pick<LineStyle, 'size' | 'spacing'>): number {
  const chars = [...text];
  const { advance, gap } = measure(chars, { ...style, width: Infinity, firstIndent: 0 });
  return advance.reduce((sum, a, i) => sum + a + (i > 0 ? (gap[i] ?? 0) : 0), 0);
}

const alnumAt = (chars: readonly string[], i: number) => isAlnum(chars[i]?.codePointAt(0) ?? 0);

function isWordChar(chars: readonly string[], i: number): boolean {
  if (alnumAt(chars, i)) return true;
  const c = chars[i] ?? '';
  return JOINERS.has(c) && alnumAt(chars, i - 1) && (c === '%' || alnumAt(chars, i + 1));
}

/** May the line break between chars[i - 1] and chars[i]? */
function mayBreakBefore(chars: readonly string[], i: number): boolean {
  const before = chars[i - 1] ?? '';
  const here = chars[i] ?? '';
  if (here === ' ') return false;
  if (before === ' ') return true;
  if (NO_LINE_START.has(here) || NO_LINE_END.has(before)) return false;
  return !(isWordChar(chars, i - 1) && isWordChar(chars, i));
}

/**
 * The lines of one paragraph as [start, end) offsets in code points of `text`. An empty paragraph
 * still takes one line.
 */
export function breakLines(text: string, style: LineStyle): [number, number][] {
  const chars = [...text];
  if (chars.length === 0) return [[0, 0]];
  const { advance, gap } = measure(chars, style);
  const lines: [number, number][] = [];
  let start = 0;
  let used = style.firstIndent;
  let lastBreak = -1;
  for (let i = 0; i < chars.length; i++) {
    if (i > start && mayBreakBefore(chars, i)) lastBreak = i;
    const width = (advance[i] ?? 0) + (i > start ? (gap[i] ?? 0) : 0);
    if (used + width <= style.width + SLACK_PT || i === start) {
      used += width;
      continue;
    }
    // LibreOffice hangs a mark only after Chinese text: after `272%` the mark and the number go down together.
    if (HANGING.has(chars[i] ?? '') && !NO_LINE_START.has(chars[i + 1] ?? '') && !((chars[i - 1]?.codePointAt(0) ?? 0) < 0x7f)) {
      lines.push([start, i + 1]);
      start = i + 1;
      used = style.restIndent ?? 0;
      lastBreak = -1;
      continue;
    }
    const end = lastBreak > start ? lastBreak : i;
    lines.push([start, end]);
    start = end;
    lastBreak = -1;
    // A space where the line broke is not carried to the next line.
    while (chars[start] === ' ' && start < i) start++;
    used = style.restIndent ?? 0;
    for (let k = start; k <= i; k++) used += (advance[k] ?? 0) + (k > start ? (gap[k] ?? 0) : 0);
    for (let k = start + 1; k <= i; k++) if (mayBreakBefore(chars, k)) lastBreak = k;
  }
  if (start < chars.length) lines.push([start, chars.length]);
  return lines;
}
