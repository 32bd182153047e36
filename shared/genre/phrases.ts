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
