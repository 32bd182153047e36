import { placeholdersIn } from '../genre/placeholders';
import type { Block, MarkedField, ParsedReport } from '../genre/types';
import { inlineText, numbered, type Inline, type ReportDocument, type TextBlockKind, type UnnumberedBlock } from './document';

/** Text with every placeholder (genre README §4) as a field, as the editor shows it. */
export function inlinesWithFields(text: string): Inline[] {
  const inlines: Inline[] = [];
  let at = 0;
  for (const p of placeholdersIn(text)) {
    if (p.offset > at) inlines.push({ text: text.slice(at, p.offset) });
    inlines.push({ text: p.text, field: true });
    at = p.offset + p.text.length;
  }
  if (at < text.length) inlines.push({ text: text.slice(at) });
  return inlines;
}

const textKinds: Record<Exclude<Block['type'], 'heading' | 'table'>, TextBlockKind> = {
  title: 'title',
  addressee: 'addressee',
  preamble: 'paragraph',
  paragraph: 'paragraph',
  closing: 'closing',
  attachment: 'attachment',
  signature: 'signature',
  date: 'date',
};

/** A parsed .txt/.docx as a report document: headings renumbered by position, tables kept as tables. */
export function documentFromReport(report: ParsedReport): ReportDocument {
  const blocks = report.blocks.map((block): UnnumberedBlock => {
    if (block.type === 'heading' && block.level) {
      return {
        kind: 'heading',
        level: block.level,
        runIn: (block.runIn ?? false) && block.level > 1,
        inlines: inlinesWithFields(block.text),
        ...(block.number ? { written: block.number } : {}),
      };
    }
    if (block.type === 'table') return { kind: 'table', rows: block.rows ?? [] };
    return { kind: block.type === 'heading' ? 'paragraph' : textKinds[block.type], inlines: inlinesWithFields(block.text) };
  });
  return numbered(report.fields ? withMarkedFields(blocks, report.fields) : blocks);
}

/** Makes `text` at `at` in the inlines a field with this hint (a field already there takes the hint). */
function fieldIn(inlines: readonly Inline[], at: number, field: MarkedField): Inline[] {
  const out: Inline[] = [];
  let start = 0;
  for (const inline of inlines) {
    const end = start + inline.text.length;
    const from = Math.max(at, start);
    const to = Math.min(at + field.text.length, end);
    if (from >= to || (inline.field && (from > start || to < end))) out.push(inline);
    else if (inline.field) out.push({ ...inline, ...(field.hint ? { hint: field.hint } : {}) });
    else {
      if (from > start) out.push({ ...inline, text: inline.text.slice(0, from - start) });
      out.push({ text: inline.text.slice(from - start, to - start), field: true, ...(field.hint ? { hint: field.hint } : {}) });
      if (to < end) out.push({ ...inline, text: inline.text.slice(to - start) });
    }
    start = end;
  }
  return out;
}

/**
 * The fields a Word file marked, found again in the parsed blocks in reading order by their text and
 * what stands either side of it (a heading's number or a run-in heading's split moves the offsets).
 */
function withMarkedFields(blocks: UnnumberedBlock[], fields: readonly MarkedField[]): UnnumberedBlock[] {
  const out = [...blocks];
  let block = 0;
  let offset = 0;
  for (const field of fields) {
    if (field.text === '') continue;
    for (let b = block; b < out.length; b++) {
      const current = out[b];
      if (!current || current.kind === 'table') continue;
      const text = inlineText(current.inlines);
      const fits = (at: number) =>
        text.slice(0, at).endsWith(field.before.slice(-3).trimStart()) && text.slice(at + field.text.length).startsWith(field.after.slice(0, 3).trimEnd());
      let at = text.indexOf(field.text, b === block ? offset : 0);
      while (at >= 0 && !fits(at)) at = text.indexOf(field.text, at + 1);
      if (at < 0) continue;
      out[b] = { ...current, inlines: fieldIn(current.inlines, at, field) };
      block = b;
      offset = at + field.text.length;
      break;
    }
  }
  return out;
}
