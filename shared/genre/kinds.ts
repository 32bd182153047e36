import type { Part } from '../model/parts';

/**
 * The kinds of report (文种) offices write every year, listed once. The title a new report gets, how a
 * title is recognised, the parts a reviewer expects, the words a title line must not break and the
 * skeleton groups all come from here. A new kind is one entry (and its skeleton in resources/seed/).
 */
export interface ReportKind {
  id: KindId;
  /** As the user sees it, and as skeletons are grouped. */
  name: string;
  /** What in a title names this kind, tried in the order of REPORT_KINDS. */
  recognise: (title: string) => boolean;
  /**
   * The title of a new report of this kind for `unit` and `year` (an empty unit is an XX field);
   * `name` is the 文种 the user's skeleton gives, which the plain 报告 keeps (`调研报告`).
   */
  title: (unit: string, year: number, name: string) => string;
  /** The parts a reviewer looks for; 检查 says which are missing. */
  parts: readonly Exclude<Part, 'other'>[];
  /** Words of its titles that a title line must not break. */
  titleTerms: readonly string[];
  /** A 报告 or 汇报 reports to a superior: it must not ask for approval (that is a 请示), and ends with a closing. */
  reportsUp: boolean;
}

export const KIND_IDS = ['ideology-responsibility', 'rectification', 'self-inspection', 'duty-report', 'special-report', 'work-summary', 'report'] as const;
export type KindId = (typeof KIND_IDS)[number];

const who = (unit: string) => unit.trim() || 'XX';
const has = (...words: string[]) => (title: string) => words.some((w) => title.includes(w));

export const REPORT_KINDS: readonly ReportKind[] = [
  {
    id: 'ideology-responsibility',
    name: '意识形态工作责任制落实情况报告',
    recognise: (title) => title.includes('意识形态') && title.includes('责任制'),
    title: (unit, year) => `${year}年${who(unit)}落实意识形态工作责任制情况报告`,
    parts: ['work', 'problems', 'plans'],
    titleTerms: ['意识形态', '责任制', '主体责任'],
    reportsUp: true,
  },
  {
    id: 'rectification',
    name: '整改情况报告',
    recognise: has('整改情况', '整改落实', '整改报告', '整改工作'),
    title: (unit, year) => `${year}年${who(unit)}整改落实情况报告`,
    // What was put right and what is still to do; the problems are those the inspection named.
    parts: ['work', 'plans'],
    titleTerms: ['整改落实', '整改情况'],
    reportsUp: true,
  },
  {
    id: 'self-inspection',
    name: '自查报告',
    recognise: has('自查'),
    title: (unit, year) => `${year}年${who(unit)}工作自查报告`,
    parts: ['work', 'problems', 'plans'],
    titleTerms: ['自查报告'],
    reportsUp: true,
  },
  {
    id: 'duty-report',
    name: '述职报告',
    recognise: has('述职'),
    title: (unit, year) => `${who(unit)}${year}年度述职报告`,
    // 履职情况 and 不足; the 努力方向 that often closes it is welcome but not required.
    parts: ['work', 'problems'],
    titleTerms: ['述职报告', '述职述廉', '述责述廉'],
    reportsUp: true,
  },
  {
    id: 'special-report',
    name: '专题汇报',
    recognise: has('汇报'),
    title: (unit, year) => `${year}年${who(unit)}专题工作汇报`,
    // One subject, as the superior asked for it: what was done is the whole of it.
    parts: ['work'],
    titleTerms: ['专题汇报'],
    reportsUp: true,
  },
  {
    id: 'work-summary',
    name: '工作总结',
    recognise: has('总结'),
    title: (unit, year) => `${who(unit)}${year}年工作总结`,
    parts: ['work', 'problems', 'plans'],
    titleTerms: ['工作总结'],
    reportsUp: false,
  },
  {
    id: 'report',
    name: '报告',
    recognise: has('报告'),
    title: (unit, year, name) => `${year}年${who(unit)}${name}`,
    parts: ['work', 'problems', 'plans'],
    titleTerms: ['情况报告'],
    reportsUp: true,
  },
];

export function kindById(id: KindId): ReportKind {
  return REPORT_KINDS.find((k) => k.id === id) as ReportKind;
}

/** The kind a title names; null when it names none (a title without 报告/总结/汇报…). */
export function kindOfTitle(title: string): ReportKind | null {
  return REPORT_KINDS.find((k) => k.recognise(title)) ?? null;
}

/** The kind a stored name (a skeleton's 文种, a seed's docType) or a title stands for; the plain 报告 when none. */
export function kindNamed(nameOrTitle: string): ReportKind {
  return REPORT_KINDS.find((k) => k.name === nameOrTitle) ?? kindOfTitle(nameOrTitle) ?? kindById('report');
}

export function isKindId(value: unknown): value is KindId {
  return typeof value === 'string' && (KIND_IDS as readonly string[]).includes(value);
}

/**
 * The words a 公文 title ends in: every report kind's, and the other genres a downloaded file may be
 * (请示, 方案, 讲话 …), so the parser knows a title line when it sees one.
 */
export const TITLE_ENDINGS = ['报告', '总结', '汇报', '述职', '请示', '方案', '意见', '通知', '讲话', '发言', '材料', '要点', '计划', '说明'] as const;

/** What a title glued to its first sentence ends in (`2023年XX局工作总结 为进一步…`). */
export const GLUED_TITLE_ENDINGS = ['报告', '总结', '汇报', '情况', '自查报告', '述职报告', '工作要点', '方案', '计划'] as const;
