import { HAN } from './text';
import type { Block } from './types';

export type PhraseKind = 'quoted' | 'series' | 'recurring';

export interface PhraseCandidate {
  text: string;
  kind: PhraseKind;
  /** Occurrences in all reports. */
  count: number;
  /** Reports it occurs in. */
  reports: number;
}

const quoted = /“([^“”\n。，；]{2,16})”/gu;
const seriesRun = new RegExp(`(?:[${HAN}]{1,6}、){2,}[${HAN}]{1,6}`, 'gu');
const atomBreak = /[：、“”《》（）()\s:.;!?]+/u;
const placeholderish = /[Xx*＊×○]|某某/u;
/** A quoted document title without 《》 (`“关于加强……的意见”`) names a file, not a set term. */
const quotedTitle = /^“(?:关于|.*(?:的(?:意见|通知|决定|办法|方案|规定|报告|实施细则)))/u;
/** What only one office says of itself (`我办高度重视`): never a phrase for everyone. */
const unitSpecific = /^(?:我|本)(?:办|局|县|市|区|镇|乡|委|部|厅|处|科|室|单位|中心|校|院|所|公司|街道)/u;
/** Words every report uses that are no formulation of their own. */
const generic = new Set(['组织开展', '今年以来', '高度重视', '认真落实', '进一步加强', '积极开展', '不断加强', '切实加强', '扎实推进', '全面加强', '深入开展', '持续推进']);

/** Whether a candidate is worth proposing: quoted terms with Han text and no nesting, no titles, no unit's own words. */
function worthProposing(text: string, kind: PhraseKind): boolean {
  if (kind === 'quoted') {
    const inner = text.slice(1, -1);
    return /[\u4e00-\u9fff]/u.test(inner) && !/[“”]/u.test(inner) && !quotedTitle.test(text);
  }
  return !unitSpecific.test(text) && !generic.has(text);
}

/** `同部署、同落实、同检查、同考核`: three or more items of one length sharing a first or last character. */
function trimSeries(match: string): string | null {
  const items = match.split('、');
  if (items.length < 3) return null;
  const middle = items.slice(1, -1);
  const length = middle[0]?.length ?? 0;
  if (length < 2 || length > 5 || middle.some((m) => m.length !== length)) return null;
  const first = items[0] ?? '';
  const last = items.at(-1) ?? '';
  if (first.length < length || last.length < length) return null;
  const trimmed = [first.slice(first.length - length), ...middle, last.slice(0, length)];
  const samePrefix = trimmed.every((t) => t[0] === trimmed[0]?.[0]);
  const sameSuffix = trimmed.every((t) => t.at(-1) === trimmed[0]?.at(-1));
  return samePrefix || sameSuffix ? trimmed.join('、') : null;
}

function textOf(blocks: readonly Block[]): string {
  return blocks.map((b) => b.source).join('\n');
}

/**
 * Clauses of 4–20 characters, and pairs of short comma-joined clauses, which is how set sentences
 * are built (`弘扬主旋律，传播正能量`).
 */
function clausesOf(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/[。；！？\n]/u)) {
    const commaClauses = sentence.split(/[，,]/u);
    commaClauses.forEach((clause, i) => {
      for (const atom of clause.split(atomBreak)) if (atom.length >= 4 && atom.length <= 20) out.push(atom);
      const next = commaClauses[i + 1];
      const plain = (c: string) => c.length >= 3 && !atomBreak.test(c);
      if (next && plain(clause) && plain(next) && clause.length + next.length <= 16) out.push(`${clause}，${next}`);
    });
  }
  return out.filter((c) => !placeholderish.test(c) && !/\d/.test(c));
}

/**
 * Stock-phrase candidates from one or many parsed reports: quoted terms, parallel series, and (with
 * two or more reports) clauses that recur across reports, with their frequencies, most frequent first.
 */
export function minePhrases(reports: readonly (readonly Block[])[], minReports = 2): PhraseCandidate[] {
  const found = new Map<string, PhraseCandidate & { seenIn: Set<number> }>();
  const add = (text: string, kind: PhraseKind, report: number) => {
    const key = `${kind}:${text}`;
    const entry = found.get(key) ?? { text, kind, count: 0, reports: 0, seenIn: new Set<number>() };
    entry.count++;
    entry.seenIn.add(report);
    found.set(key, entry);
  };
  reports.forEach((blocks, report) => {
    const text = textOf(blocks);
    for (const m of text.matchAll(quoted)) {
      // `““333””`: a term quoted twice over is a copying artefact, whatever is inside.
      const doubled = text[m.index - 1] === '“' || text[m.index + m[0].length] === '”';
      if (!placeholderish.test(m[1] ?? '') && !doubled) add(m[0], 'quoted', report);
    }
    for (const m of text.matchAll(seriesRun)) {
      const series = trimSeries(m[0]);
      if (series) add(series, 'series', report);
    }
    if (reports.length >= minReports) for (const clause of clausesOf(text)) add(clause, 'recurring', report);
  });
  const quotedTerms = new Set([...found.values()].filter((c) => c.kind === 'quoted').map((c) => c.text.slice(1, -1)));
  return [...found.values()]
    .map(({ seenIn, ...c }) => ({ ...c, reports: seenIn.size }))
    .filter((c) => c.kind !== 'recurring' || (c.reports >= minReports && !quotedTerms.has(c.text)))
    .filter((c) => worthProposing(c.text, c.kind))
    .sort((a, b) => b.reports - a.reports || b.count - a.count || a.text.localeCompare(b.text, 'zh'));
}

/** At most this many phrases are proposed for each imported report: a handful to review, not a list to wade through. */
export const PROPOSALS_PER_REPORT = 5;
/** Series and paired sentences that recur across a batch: at most this many more per report of the batch. */
export const RECURRING_PER_REPORT = 2;

/** `两个维护`, `三会一课`, `一岗双责`: the numbered formulations are the set terms writers look for first. */
const numbered = /[一二三四五六七八九十两双]/u;
/** A quoted name of a place, an office or a local programme (`“星火耀城区•宣讲二十大”`, `“党建+医保”`) is one office's, not a formulation. */
const localName = /[•·+＋]|习近平|总书记|(?:省|市|县|区|镇|乡|村|街道|社区|局|委|办|院|校|所|站|馆|公司)$/u;
/** An item's lead with its number (`一是加强组织领导`) or an ordinal is a piece of one report's list. */
const itemLead = /^(?:[一二三四五六七八九十]{1,2}是|首先|其次|再次|最后|第[一二三四五六七八九十]{1,2})/u;

/**
 * Whether a candidate is a set formulation: a quoted term of three to seven characters that names no
 * place or programme; a series or a pair of matched clauses (`弘扬主旋律，传播正能量`) that recurs across
 * reports. A single clause that recurs (`结合工作实际`) is everyone's wording, not a formulation.
 */
function isSetFormulation(candidate: PhraseCandidate): boolean {
  if (candidate.kind === 'quoted') {
    const inner = candidate.text.slice(1, -1).replace(/、/gu, '');
    return inner.length >= 3 && inner.length <= 7 && !localName.test(inner);
  }
  if (candidate.reports < 2 || itemLead.test(candidate.text)) return false;
  if (candidate.kind === 'series') return true;
  const [first = '', second = '', ...more] = candidate.text.split('，');
  return more.length === 0 && second !== '' && Math.abs(first.length - second.length) <= 1;
}

const bare = (text: string) => text.replace(/[“”‘’"、，,：:。；;\s]/gu, '');

/** Edit distance, for short phrases only. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length] as number;
}

/** `现将有关情况汇报如下` beside the built-in `现将有关情况报告如下：`: the same phrase with a word changed, or with a word more. */
export function isNearCopy(candidate: string, existing: string): boolean {
  const a = bare(candidate);
  const b = bare(existing);
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 2) return false;
  if (a.includes(b) || b.includes(a)) return true;
  return Math.min(a.length, b.length) >= 6 && distance(a, b) <= 2;
}

/**
 * What the import proposes for review (待审), from mined candidates: set formulations only, none that is
 * a near-copy of a phrase the user already has, the numbered terms first, at most `limit`.
 */
export function proposePhrases(candidates: readonly PhraseCandidate[], existing: readonly string[], limit: number): PhraseCandidate[] {
  // Numbered terms first, then four-character ones (the shape of 主题党日, 规定动作), then the rest.
  const rank = (c: PhraseCandidate) => (c.kind !== 'quoted' ? 2 : numbered.test(c.text) ? 3 : c.text.length === 6 ? 1 : 0);
  return candidates
    .filter(isSetFormulation)
    .filter((c) => !existing.some((phrase) => phrase !== c.text && isNearCopy(c.text, phrase)))
    .sort((a, b) => rank(b) - rank(a) || b.reports - a.reports || b.count - a.count || a.text.localeCompare(b.text, 'zh'))
    .slice(0, limit);
}
