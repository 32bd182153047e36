import { assignParts, partStep, type PartStep } from '../genre/classify';
import { kindById, kindOfTitle, REPORT_KINDS } from '../genre/kinds';
import { findItems } from '../genre/items';
import { headingMarkerAt, type HeadingMarker } from '../genre/markers';
import { chineseNumeral } from '../model/numbering';
import { blockText, type DocBlock, type ReportDocument } from '../model/document';
import { findingAt } from './finding';
import { checkMessages } from './messages';
import type { Finding } from './types';

const requestPhrase = /(?:妥否|当否)[，,]?\s*请(?:批示|审批|批复)|请予(?:批准|批复|审批)|请(?:批准|批示|审批)|恳请(?:批准|解决|支持)|特此请示/gu;

/** What the document-wide checks need to know of one block; it depends on the block alone, so it is cached with it. */
export interface BlockFacts {
  step: PartStep;
  /** `一是`… in a paragraph: number and offset. */
  items: { number: string; offset: number }[];
  /** A paragraph that starts with a heading number. */
  marker: HeadingMarker | null;
  requests: { offset: number; text: string }[];
}

export function blockFacts(block: DocBlock): BlockFacts {
  if (block.kind === 'table') return { step: { type: 'table', cue: null }, items: [], marker: null, requests: [] };
  const text = blockText(block);
  const type = block.kind === 'heading' ? 'heading' : block.kind === 'paragraph' ? 'paragraph' : 'other';
  const step = type === 'other' ? ({ type: 'other' } as const) : partStep({ type, ...(block.kind === 'heading' ? { level: block.level } : {}), text });
  return {
    step,
    items: block.kind === 'paragraph' && text.includes('是') ? findItems(text).filter((i) => i.number.endsWith('是')).map(({ number, offset }) => ({ number, offset })) : [],
    marker: block.kind === 'paragraph' ? headingMarkerAt(text) : null,
    requests: [...text.matchAll(requestPhrase)].map((m) => ({ offset: m.index, text: m[0] })),
  };
}

/** Headings: a skipped level, a typed number out of sequence, a body paragraph that starts with a heading number. */
function numberingFindings(doc: ReportDocument, facts: readonly BlockFacts[]): Finding[] {
  const found: Finding[] = [];
  let above = 0;
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      const text = blockText(block);
      if (block.level > above + 1) {
        found.push({ ...findingAt('numbering', 'warning', text, 0, 0, checkMessages.skippedLevel(block.level, above)), block: index });
      }
      if (block.written && normaliseNumber(block.written) !== normaliseNumber(block.number)) {
        found.push({ ...findingAt('numbering', 'warning', `${block.written}${text}`, 0, 0, checkMessages.writtenNumber(block.written, block.number)), block: index });
      }
      above = block.level;
    } else if (block.kind === 'paragraph') {
      const marker = facts[index]?.marker;
      if (marker && marker.level <= 2) {
        const text = blockText(block);
        found.push({ ...findingAt('numbering', 'warning', text, 0, marker.number.length, checkMessages.headingInBody(marker.number)), block: index });
      }
    }
  });
  return found;
}

/** `一、` `(一)` `1、` `1．` are the same numbers written differently. */
function normaliseNumber(number: string): string {
  return number.replace(/[(（]/gu, '（').replace(/[)）]/gu, '）').replace(/[.．、]$/u, '.');
}

/** `一是、二是、四是`: an item series out of order, within one paragraph or across a section's paragraphs. */
function itemsFindings(doc: ReportDocument, facts: readonly BlockFacts[]): Finding[] {
  const found: Finding[] = [];
  let expected = 1;
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'heading') expected = 1;
    if (block.kind !== 'paragraph') return;
    const items = facts[index]?.items ?? [];
    const text = items.length > 0 ? blockText(block) : '';
    for (const item of items) {
      const n = numeralValue(item.number.slice(0, -1));
      if (n === 1) expected = 1;
      if (n !== expected) {
        const want = `${chineseNumeral(expected)}是`;
        found.push({ ...findingAt('items-order', 'warning', text, item.offset, item.number.length, checkMessages.itemsOrder(item.number, want), want), block: index });
      }
      expected = n + 1;
    }
  });
  return found;
}

function numeralValue(numeral: string): number {
  const digits = '一二三四五六七八九';
  if (numeral === '十') return 10;
  if (numeral.startsWith('十')) return 10 + digits.indexOf(numeral[1] ?? '') + 1;
  return digits.indexOf(numeral) + 1;
}

/**
 * The parts reviewers look for in this kind of report (kinds.ts; genre README §3), no empty level-1 part,
 * a closing, and no request for approval inside a 报告.
 */
function completenessFindings(doc: ReportDocument, facts: readonly BlockFacts[]): Finding[] {
  const found: Finding[] = [];
  const parts = assignParts(facts.map((f) => f.step));
  const hasBody = doc.blocks.some((b) => b.kind === 'heading' || b.kind === 'paragraph');
  const title = doc.blocks.find((b) => b.kind === 'title');
  const titleText = title ? blockText(title) : null;
  // A 报告 or 汇报 to a superior (any kind that reports up and recognises the title); without a title, assume one.
  const isReport = titleText === null || REPORT_KINDS.some((k) => k.reportsUp && k.recognise(titleText));
  // The parts this kind of report must have (a 专题汇报 fewer than a 落实情况报告).
  const kind = (titleText === null ? null : kindOfTitle(titleText)) ?? kindById('report');
  if (hasBody && doc.blocks.some((b) => b.kind === 'heading')) {
    for (const part of kind.parts) {
      if (!parts.includes(part)) {
        found.push({ check: 'completeness', severity: 'warning', block: -1, offset: 0, length: 0, message: checkMessages.missingPart(checkMessages.parts[part]), key: `completeness:${part}` });
      }
    }
  }
  doc.blocks.forEach((block, index) => {
    if (block.kind !== 'heading' || block.level !== 1) return;
    const next = doc.blocks[index + 1];
    if (!next || (next.kind === 'heading' && next.level === 1) || (next.kind !== 'heading' && next.kind !== 'paragraph' && next.kind !== 'table')) {
      const text = blockText(block);
      found.push({ ...findingAt('completeness', 'warning', text, 0, 0, checkMessages.emptyPart(text)), block: index });
    }
  });
  // A report has one title, on its first line.
  if (hasBody && !title) {
    found.push({ check: 'completeness', severity: 'warning', block: -1, offset: 0, length: 0, message: checkMessages.missingTitle, key: 'completeness:title' });
  }
  let titles = 0;
  doc.blocks.forEach((block, index) => {
    if (block.kind !== 'title' || ++titles < 2) return;
    const text = blockText(block);
    found.push({ ...findingAt('completeness', 'warning', text, 0, text.length, checkMessages.secondTitle(text)), block: index });
  });
  if (isReport && hasBody && !doc.blocks.some((b) => b.kind === 'closing')) {
    found.push({ check: 'completeness', severity: 'info', block: -1, offset: 0, length: 0, message: checkMessages.missingClosing, key: 'completeness:closing' });
  }
  if (isReport) {
    doc.blocks.forEach((block, index) => {
      const requests = facts[index]?.requests ?? [];
      if (requests.length === 0) return;
      const text = blockText(block);
      for (const r of requests) {
        found.push({ ...findingAt('request-in-report', 'error', text, r.offset, r.text.length, checkMessages.requestInReport(r.text)), block: index });
      }
    });
  }
  return found;
}

/** Numbering, item order and the report's parts: document-wide, over the cached facts of each block. */
export function structureFindings(doc: ReportDocument, facts: readonly BlockFacts[] = doc.blocks.map(blockFacts)): Finding[] {
  return [...numberingFindings(doc, facts), ...itemsFindings(doc, facts), ...completenessFindings(doc, facts)];
}
