import { headingMarkerAt } from '../markers';
import { dateLine } from '../roles';
import { titleThenText } from '../split';
import type { Removal, SourceLine } from '../types';
import { issuerShape, lineEvidence, sum, type LineEvidence, type ShapeRule, type Signal } from './signals';
import { stripTitle, titleRunsOn } from './titleLine';
import { viterbi } from './viterbi';
import { EDGE_SHORT_LINE, FOOT_REPORT_SHARE, PROSE_BELOW_BODY, PROSE_ABOVE_BODY, EVIDENCE, FURNITURE_MARGIN, TITLE_THRESHOLD, TRANSITIONS } from './weights';

/** Where a line stands in a downloaded page (genre README §1). */
const STATES = ['head', 'title', 'meta', 'body', 'furniture', 'foot'] as const;
type State = (typeof STATES)[number];

/** What the preview shows of each line, and what a user's correction sets. */
export type LineLabelKind = 'chrome' | 'title' | 'body';

export interface LineLabel {
  text: string;
  label: LineLabelKind;
  /** The main reason, as the preview shows it. */
  reason: string;
  /** Lines of one shape are corrected together (`第 3 页` and `第 4 页` are one shape). */
  shape: string;
  /** The user said so (a correction in the preview, or a site's chrome the library learned). */
  corrected?: boolean;
}

/** Corrections by shape: what the user said a line of this shape is. */
export type LineCorrections = ReadonlyMap<string, LineLabelKind>;

/** Digits and spaces do not make two lines different shapes: page numbers, dates and counters vary. */
export function lineShape(text: string): string {
  // Every line is shaped: one loop that stops at the shape's length, not three passes over a long paragraph.
  let shape = '';
  let space = false;
  let digits = false;
  for (let i = 0; i < text.length && shape.length < SHAPE_LENGTH; i++) {
    const code = text.charCodeAt(i);
    if (shapeSpace[code] === 1) {
      // Spaces count between words only: none at the start, none at the end.
      space = shape !== '';
      continue;
    }
    const digit = code >= 48 && code <= 57;
    if (space) {
      shape += ' ';
      space = false;
      digits = false;
    }
    if (digit && digits) continue;
    shape += digit ? '0' : text[i];
    digits = digit;
  }
  return shape.slice(0, SHAPE_LENGTH);
}

const SHAPE_LENGTH = 120;
/** What `\s` matches, and the ideographic space. */
const shapeSpace = new Uint8Array(0x10000);
for (const c of '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff') shapeSpace[c.charCodeAt(0)] = 1;

const TRANSITION: Record<State, Partial<Record<State, number>>> = {
  head: { head: 0, title: 0, body: TRANSITIONS.chromeToBody },
  title: { title: TRANSITIONS.titleContinues, meta: 0, body: 0 },
  meta: { meta: 0, title: TRANSITIONS.titleAgain, body: TRANSITIONS.metaToBody },
  body: { body: 0, furniture: TRANSITIONS.bodyToFurniture, foot: TRANSITIONS.bodyToFoot },
  furniture: { furniture: TRANSITIONS.furnitureContinues, body: 0, foot: TRANSITIONS.furnitureToFoot },
  foot: { foot: 0 },
};
const START: Partial<Record<State, number>> = { head: 0, title: 0, body: TRANSITIONS.startInBody };
/** A page holds a report: the path ends in or after its body, never in chrome or on the title. */
const END: Partial<Record<State, number>> = { head: -Infinity, title: -Infinity, meta: -Infinity };
const FORCED = 50;

const endsSentence = /[。！？；：:!?;.…”’」』）)】]$/u;
/** A bare heading (`二、存在的问题`) is a whole line; a run-in one may be cut inside its body. */
const bareHeading = (text: string) => headingMarkerAt(text) !== null && !/[。！？；]/u.test(text);

/** Whether a line goes on with the sentence the previous one left open. */
function continues(previous: string, next: string): boolean {
  // Table rows (cells separated by tabs) are whole lines.
  return !previous.includes('\t') && !next.includes('\t') && previous.length >= 10 && !endsSentence.test(previous) && !bareHeading(previous) && !headingMarkerAt(next) && !dateLine.test(next);
}

interface Context {
  evidence: LineEvidence;
  text: string;
}

/** Evidence that only the whole page gives: repetition, the title printed again, what follows the sign-off. */
function addPageEvidence(lines: readonly SourceLine[], contexts: (Context | null)[], shapes: readonly string[]): void {
  const at = new Map<string, number[]>();
  // By shape: a running header carries the page's number (`某局文件 第2页`, `第3页`).
  contexts.forEach((c, i) => {
    if (!c || c.text.length < 4) return;
    const shape = shapes[i] as string;
    const list = at.get(shape);
    if (list) list.push(i);
    else at.set(shape, [i]);
  });
  const firstText = contexts.findIndex((c) => c !== null);
  const firstTitle = contexts.findIndex((c) => c !== null && c.evidence.titleScore >= TITLE_THRESHOLD);
  const firstBody = contexts.findIndex((c) => c !== null && (c.evidence.prose || headingMarkerAt(c.text) !== null));
  const n = lines.length;
  for (const [, positions] of at) {
    if (positions.length < 2) continue;
    const first = positions[0] as number;
    const sample = contexts[first] as Context;
    // The issuing body heads the report and signs it: report text, not a running header.
    const second = positions[1] as number;
    const signs = (contexts[second - 1]?.evidence.signOff ?? false) || (contexts[second + 1]?.evidence.signOff ?? false) || second >= n - 4;
    const issuerAndSignature = positions.length === 2 && (issuerShape.test(sample.text) || (!/[。，；！？,;!?]/u.test(sample.text) && first <= firstText + 1)) && signs;
    if (issuerAndSignature) continue;
    // Short names repeat in reports (the issuer signs twice); running headers and ads are longer.
    const plainShort = !sample.evidence.prose && !sample.evidence.heading && sample.text.length >= 10 && sample.text.length <= 40;
    const adLike = sum(sample.evidence.web) > 0;
    if (sample.evidence.titleScore >= TITLE_THRESHOLD) {
      // The title printed again: at the top it is the title (the grammar takes the last); below, a running header.
      // The report's title is the first title-shaped line above the body; another one repeated is a running header, all of its prints.
      const atTop = first < firstBody && first === firstTitle;
      for (const i of atTop ? positions.slice(1) : positions) {
        if (i > first + 12 || !atTop) (contexts[i] as Context).evidence.furniture.push({ weight: EVIDENCE.furniture, reason: '页眉：重复的标题', rule: 'repeated-line' });
      }
    } else if (plainShort || adLike) {
      for (const i of positions) (contexts[i] as Context).evidence.web.push({ weight: EVIDENCE.repeated, reason: '重复出现的广告行', rule: 'repeated-line' });
    }
  }
  // Bare numbers are page numbers when the page has several different ones (one alone may be the report's).
  const bare = contexts.flatMap((c, i) => (c && /^\d{1,3}$/u.test(c.text) ? [i] : []));
  if (new Set(bare.map((i) => contexts[i]?.text)).size >= 2) for (const i of bare) contexts[i]?.evidence.furniture.push({ weight: EVIDENCE.furniture, reason: '页码', rule: 'page-number' });
  // The issuing body above a `关于……的报告` line is the title's first line.
  for (let i = 0; i + 1 < Math.min(n, 12); i++) {
    const issuer = contexts[i];
    const about = contexts[i + 1];
    if (!issuer || !about || !about.text.startsWith('关于') || about.evidence.titleScore < TITLE_THRESHOLD) continue;
    if (issuerShape.test(issuer.text) && sum(issuer.evidence.web) === 0) {
      issuer.evidence.title.push({ weight: EVIDENCE.issuer, reason: '发文机关（标题的第一行）' });
      issuer.evidence.titleScore = sum(issuer.evidence.title);
    }
  }
  // After the date or 特此报告 near the end only attachments belong to the report.
  let signOff = -1;
  for (let i = n - 1; i >= Math.max(0, n - 40); i--) {
    if (contexts[i]?.evidence.signOff) {
      signOff = i;
      break;
    }
  }
  if (signOff === -1) return;
  // 特此报告 is followed by the issuing body and the date, which are the report's.
  let end = signOff;
  while (end + 1 < n && end < signOff + 2 && contexts[end + 1]?.evidence.short && !contexts[end]?.text.match(dateLine)) end++;
  for (let i = end + 1; i < n; i++) {
    const c = contexts[i];
    // Only what already looks like the site's: a plain line there may be the report's (此页无正文).
    if (c && !c.evidence.attachment && !c.evidence.signOff && sum(c.evidence.web) + sum(c.evidence.furniture) > 0) c.evidence.web.push({ weight: EVIDENCE.afterSignOff, reason: '落款之后的网站内容', rule: 'after-sign-off' });
  }
}

function emissions(c: Context | null, correction: LineLabelKind | undefined, titled: boolean): Record<State, number> {
  if (!c) return { head: -FORCED, title: -FORCED, meta: -FORCED, body: FORCED, furniture: -FORCED, foot: -FORCED };
  const { evidence } = c;
  const report = sum(evidence.report);
  const web = sum(evidence.web);
  const furniture = sum(evidence.furniture);
  // A page number is furniture wherever it stands: being short earns it nothing more at the edges.
  // A short line is chrome at the edges of a page that has a title; on a page without one (mojibake, a paste of the body) it is nothing yet.
  const edge = evidence.heading ? -EVIDENCE.headingNumber : evidence.short && furniture === 0 ? (titled ? EDGE_SHORT_LINE : 0) : evidence.prose ? -PROSE_ABOVE_BODY : 0;
  const chrome = web + furniture - report;
  const scores: Record<State, number> = {
    head: chrome + edge,
    title: evidence.titleScore >= TITLE_THRESHOLD ? evidence.titleScore - evidence.titleWeb : -FORCED,
    meta: chrome + edge,
    body: report - web - furniture,
    // Page numbers and running headers are what interrupts a body; an ad there must show more.
    furniture: chrome - (furniture > 0 ? 0 : FURNITURE_MARGIN),
    // Below the report a short line needs evidence of its own (a lone 打印 may be the report's last word).
    // …but a sentence there with nothing of the site about it is the report's.
    foot: web + furniture - report * FOOT_REPORT_SHARE - (evidence.prose && web + furniture === 0 ? PROSE_BELOW_BODY : 0),
  };
  if (correction === 'body') return { ...scores, head: -FORCED, title: -FORCED, meta: -FORCED, furniture: -FORCED, foot: -FORCED, body: FORCED };
  if (correction === 'chrome') return { ...scores, title: -FORCED, body: -FORCED };
  if (correction === 'title') return { ...scores, title: FORCED };
  return scores;
}

/** The strongest named signal, or the strongest of all when none is named. */
function mainReason(signals: readonly Signal[], fallback: string): Signal {
  const strongest = (list: readonly Signal[]) => list.reduce<Signal | null>((best, s) => (best === null || s.weight > best.weight ? s : best), null);
  return strongest(signals.filter((s) => !s.generic)) ?? strongest(signals) ?? { weight: 0, reason: fallback };
}

const POSITION_REASON: Record<State, string> = {
  head: '标题之前的网站内容',
  meta: '标题与正文之间的网页信息',
  foot: '正文之后的网站内容',
  furniture: '打断正文的页面内容',
  title: '',
  body: '',
};

/**
 * A page copied as one long line holds its title at the start, glued to the text by a space: the title
 * is a line of its own for the grammar (where chrome stands above it, the parser would not find it).
 */
function splitGluedTitle(lines: readonly SourceLine[], rules: readonly ShapeRule[]): readonly SourceLine[] {
  const at = lines.findIndex((line, i) => i < 12 && line.kind === 'line' && line.text.length >= 80 && titleThenText.test(line.text));
  const line = lines[at];
  if (at <= 0 || line?.kind !== 'line') return lines;
  const [, title, rest] = titleThenText.exec(line.text) ?? [];
  if (!title || !rest || lineEvidence(title, rules).titleScore < TITLE_THRESHOLD) return lines;
  return [...lines.slice(0, at), { kind: 'line', text: title }, { ...line, text: rest }, ...lines.slice(at + 1)];
}

/**
 * A page break inside the report's first sentence leaves its first half above the chrome that
 * interrupts it, where the grammar reads chrome: a piece with no chrome evidence of its own that the
 * body goes on from is the body's, and what stands between is furniture.
 */
function keepCutSentences(path: State[], contexts: readonly (Context | null)[]): void {
  for (let i = 0; i < path.length; i++) {
    const c = contexts[i];
    if ((path[i] !== 'meta' && path[i] !== 'head') || !c || sum(c.evidence.report) === 0 || sum(c.evidence.web) + sum(c.evidence.furniture) > 0) continue;
    let j = i + 1;
    while (j < path.length && path[j] !== 'body' && path[j] !== 'title') j++;
    const next = contexts[j];
    if (j === i + 1 || path[j] !== 'body' || !next || !continues(c.text, next.text)) continue;
    path[i] = 'body';
    for (let k = i + 1; k < j; k++) path[k] = 'furniture';
  }
  // Inside the body: a piece with only weak chrome evidence (a sentence about 公众号 cut short) that the
  // body goes on from after a page number is the body's.
  for (let i = 1; i < path.length; i++) {
    const c = contexts[i];
    if (path[i] !== 'furniture' || !c || sum(c.evidence.furniture) > 0 || sum(c.evidence.web) >= EVIDENCE.noiseRule) continue;
    let j = i + 1;
    while (j < path.length && path[j] === 'furniture' && sum(contexts[j]?.evidence.furniture ?? []) > 0) j++;
    const next = contexts[j];
    if (j === i + 1 || path[j] !== 'body' || !next || !continues(c.text, next.text)) continue;
    path[i] = 'body';
  }
  // The same below: the last sentence's second half after a page number, where the footer seems to start.
  for (let i = 1; i < path.length; i++) {
    const c = contexts[i];
    if (path[i] !== 'foot' || !c || !c.evidence.prose || sum(c.evidence.report) === 0 || sum(c.evidence.web) > 0) continue;
    let j = i - 1;
    while (j >= 0 && path[j] === 'foot') j--;
    const previous = contexts[j];
    if (j === i - 1 || path[j] !== 'body' || !previous || previous.evidence.signOff || !continues(previous.text, c.text)) continue;
    path[i] = 'body';
    for (let k = j + 1; k < i; k++) path[k] = 'furniture';
  }
}

export interface LabelResult {
  lines: SourceLine[];
  removed: Removal[];
  labels: LineLabel[];
}

/**
 * Labels every line by the most probable path through a report's grammar and keeps the report:
 * chrome goes (with its main reason), the title comes first stripped of what the site added, and a
 * sentence that page furniture cut in two is joined again.
 */
export function labelLines(lines: readonly SourceLine[], rules: readonly ShapeRule[], corrections: LineCorrections = new Map()): LabelResult {
  const input = splitGluedTitle(lines, rules);
  const contexts = input.map((line): Context | null => (line.kind === 'line' ? { text: line.text, evidence: lineEvidence(line.text, rules) } : null));
  const shapes = input.map((line) => (line.kind === 'line' ? lineShape(line.text) : ''));
  addPageEvidence(input, contexts, shapes);
  const titled = contexts.some((c, i) => i < 30 && c !== null && c.evidence.titleScore >= TITLE_THRESHOLD);
  const path = viterbi(
    STATES,
    contexts.map((c, i) => emissions(c, c ? corrections.get(shapes[i] as string) : undefined, titled)),
    START,
    (from, to) => TRANSITION[from][to] ?? -Infinity,
    END,
  );

  keepCutSentences(path, contexts);
  const titleRuns: number[][] = [];
  path.forEach((state, i) => {
    if (state !== 'title') return;
    const run = titleRuns.at(-1);
    if (run && run.at(-1) === i - 1) run.push(i);
    else titleRuns.push([i]);
  });
  // The title printed twice in a row (`信息名称：` and the title) is one title line.
  const titleAt = new Set<number>();
  const titleTexts = new Set<string>();
  for (const i of titleRuns.at(-1) ?? []) {
    const text = stripTitle(contexts[i]?.text ?? '').text;
    if (titleTexts.has(text)) continue;
    titleTexts.add(text);
    titleAt.add(i);
  }

  const removed: Removal[] = [];
  const labels: LineLabel[] = [];
  const kept: SourceLine[] = [];
  let cutSentence = false;
  input.forEach((line, i) => {
    const state = path[i] as State;
    const c = contexts[i];
    if (line.kind !== 'line' || !c) {
      kept.push(line);
      cutSentence = false;
      return;
    }
    const shape = shapes[i] as string;
    const corrected = corrections.has(shape) ? { corrected: true } : {};
    if (state === 'body') {
      const previous = kept.at(-1);
      // Furniture cut this sentence: it goes on where the previous body line stopped.
      if (cutSentence && previous?.kind === 'line' && continues(previous.text, line.text)) {
        kept[kept.length - 1] = { ...previous, text: previous.text + line.text };
      } else kept.push(line);
      labels.push({ text: c.text, label: 'body', reason: mainReason(c.evidence.report, '报告正文').reason, shape, ...corrected });
      cutSentence = false;
      return;
    }
    if (state === 'title' && titleAt.has(i)) {
      const stripped = stripTitle(line.text);
      removed.push(...stripped.removed);
      const runsOn = titleRunsOn(stripped.text);
      if (runsOn > 0) {
        kept.push({ kind: 'line', text: stripped.text.slice(0, runsOn) }, { kind: 'line', text: stripped.text.slice(runsOn).trim() });
      } else kept.push({ ...line, text: stripped.text });
      labels.push({ text: c.text, label: 'title', reason: mainReason(c.evidence.title, '标题').reason, shape, ...corrected });
      return;
    }
    const repeatsTitle = state === 'title' || (c.evidence.titleScore > 0 && titleTexts.has(stripTitle(c.text).text));
    const reason =
      repeatsTitle
        ? { weight: 0, reason: '网页上重复的标题', rule: 'repeated-line' }
        : mainReason([...c.evidence.web, ...c.evidence.furniture], POSITION_REASON[state]);
    removed.push({ rule: reason.rule ?? `position-${state}`, reason: reason.reason, text: line.text });
    labels.push({ text: c.text, label: 'chrome', reason: reason.reason, shape, ...corrected });
    if (state === 'furniture') cutSentence = true;
  });
  return { lines: kept, removed, labels };
}
