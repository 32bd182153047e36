import { inlineText, type DocBlock, type Inline, type ReportDocument } from './document';
import { documentParts } from './documentParts';
import { reportYear } from './reportYear';

/**
 * 续写: this year's report from last year's. The report year moves on where the text speaks of it (the
 * title, `2025年以来`, `2025年，我局…`, the plans heading `2026年工作打算` → `2027年工作打算`); historic
 * years stay (`2018年以来`, `2021—2025年`, `“十四五”`); every count and amount becomes a fill-in field
 * holding last year's figure, so no stale figure survives unnoticed.
 */

export interface YearChange {
  block: number;
  /** Offset in the block's text (before the change). */
  offset: number;
  from: string;
  to: string;
}

export interface Continuation {
  document: ReportDocument;
  fromYear: number;
  toYear: number;
  years: YearChange[];
  /** Figures turned into fields, each holding last year's value. */
  figures: number;
}

/** The report's year: the year its title names, else the most frequent year of its text. */
function yearOf(doc: ReportDocument): number | null {
  const titled = reportYear(doc);
  if (titled !== null) return titled;
  const counts = new Map<number, number>();
  for (const block of doc.blocks) {
    if (block.kind === 'table') continue;
    for (const m of inlineText(block.inlines).matchAll(/((?:19|20)\d{2})年/gu)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

/** A year that is part of a span (`2021—2025年`, `2021年至2025年`, `2021-2025`) is history, whatever it is. */
const inSpan = (text: string, at: number, length: number) =>
  /[—－\-~～至到]\s*$/u.test(text.slice(Math.max(0, at - 2), at)) || /^年?\s*[—－\-~～至到]\s*(?:19|20)\d{2}/u.test(text.slice(at + length - 1));

const plansWords = /打算|计划|思路|安排|目标|要点|重点工作/u;

/** Where in a block's text the report year (or the plans year after it) is spoken of, and what it becomes. */
function yearChangesIn(text: string, block: number, fromYear: number, toYear: number, plans: boolean): YearChange[] {
  const changes: YearChange[] = [];
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?=年)/gu)) {
    const year = Number(m[1]);
    if (inSpan(text, m.index, 5)) continue;
    let to: number | null = null;
    if (year === fromYear) to = toYear;
    // The year after the report year is the plans' year: `2026年工作打算`, `2026年，我局将…`.
    else if (year === fromYear + 1 && (plans || plansWords.test(text.slice(m.index, m.index + 16)))) to = toYear + 1;
    if (to !== null && to !== year) changes.push({ block, offset: m.index, from: `${year}`, to: `${to}` });
  }
  return changes;
}

/** Counts and amounts with their units; `第3季度`-style ordinals are no figures. */
const figure =
  /(?<![第\d.．,，])\d[\d,，]*(?:[.．]\d+)?\s*(?:余|多)?(?:个百分点|万元|亿元|千元|元|万人次|人次|万人|万|亿|%|‰|次|名|人|个|项|场|期|篇|条|家|所|件|户|村|天|小时|公里|平方米|亩|吨|批|份|起|处|台|套|座|本|册|轮|班|课时|学时)/gu;

/** The block's inlines with its figures as fields (a field's text is last year's value, its hint says so). */
function withFigureFields(inlines: readonly Inline[]): { inlines: Inline[]; figures: number } {
  const out: Inline[] = [];
  let figures = 0;
  for (const inline of inlines) {
    if (inline.field || inline.was) {
      out.push(inline);
      continue;
    }
    let at = 0;
    for (const m of inline.text.matchAll(figure)) {
      // A year is a date, not a figure.
      if (/^(?:19|20)\d{2}$/u.test(m[0])) continue;
      if (m.index > at) out.push({ text: inline.text.slice(at, m.index) });
      out.push({ text: m[0], field: true, hint: `上年：${m[0]}` });
      figures++;
      at = m.index + m[0].length;
    }
    if (at < inline.text.length) out.push({ text: inline.text.slice(at) });
  }
  return { inlines: out, figures };
}

/** The inlines with each changed year its own piece, remembering the year it was (each can be taken back). */
function applyYears(inlines: readonly Inline[], changes: readonly YearChange[]): Inline[] {
  let offset = 0;
  return inlines.flatMap((inline) => {
    const start = offset;
    offset += inline.text.length;
    const inside = changes.filter((c) => c.offset >= start && c.offset + c.from.length <= start + inline.text.length);
    if (inside.length === 0 || inline.field) return [inline];
    const out: Inline[] = [];
    let at = 0;
    for (const change of inside) {
      const local = change.offset - start;
      if (local > at) out.push({ text: inline.text.slice(at, local) });
      out.push({ text: change.to, was: change.from });
      at = local + change.from.length;
    }
    if (at < inline.text.length) out.push({ text: inline.text.slice(at) });
    return out;
  });
}

/** The earlier report as the start of this year's: years moved on, figures to fill in. */
export function continueReport(doc: ReportDocument, toYear: number): Continuation {
  const fromYear = yearOf(doc) ?? toYear - 1;
  const years: YearChange[] = [];
  let figures = 0;
  const parts = documentParts(doc);
  const blocks = doc.blocks.map((block, index): DocBlock => {
    if (block.kind === 'table') return block;
    const text = inlineText(block.inlines);
    const changes = yearChangesIn(text, index, fromYear, toYear, parts[index] === 'plans');
    years.push(...changes);
    const dated = applyYears(block.inlines, changes);
    // Headings, the title and the sign-off keep their text; the body's figures are last year's.
    if (block.kind !== 'paragraph') return { ...block, inlines: dated };
    const fielded = withFigureFields(dated);
    figures += fielded.figures;
    return { ...block, inlines: fielded.inlines };
  });
  return { document: { ...doc, blocks }, fromYear, toYear, years, figures };
}
