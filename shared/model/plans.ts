import { inlineText, type DocBlock, type ReportDocument } from './document';
import { documentParts } from './documentParts';
import { zhWords } from '../genre/text';

/**
 * 上年打算: what last year's report said it would do (its plans part: the headings under it, each
 * item's lead, else each paragraph's first sentence), and whether this year's report speaks of each
 * (by the key terms they share, found in one paragraph of this year's work).
 */

export interface Plan {
  text: string;
  /** The block of last year's report it comes from. */
  block: number;
  terms: string[];
}

export interface PlanCoverage {
  plan: Plan;
  covered: boolean;
  /** This year's paragraph that speaks of it most, with the share of its terms found there. */
  best: { block: number; share: number } | null;
}

/** Words every report uses: they say nothing about which plan a paragraph reports on. */
const GENERIC = new Set(
  '加强 进一步 工作 推进 持续 全面 深入 开展 落实 做好 抓好 提升 强化 完善 建设 不断 积极 认真 切实 扎实 着力 大力 重点 全年 今年 明年 我局 我县 我们 一是 二是 三是 四是 五是 以下 方面 工作 进行 组织 实施 确保 有效 推动 坚持 提高 严格'.split(' '),
);

/** The words of a plan worth looking for: two characters or more, not the words every report uses. */
export function keyTerms(text: string): string[] {
  const out = new Set<string>();
  for (const { segment, isWordLike } of zhWords().segment(text.normalize('NFKC'))) {
    if (isWordLike && [...segment].length >= 2 && !GENERIC.has(segment) && !/^\d+$/u.test(segment)) out.add(segment);
  }
  return [...out];
}

const textOf = (block: DocBlock | undefined) => (block && block.kind !== 'table' ? inlineText(block.inlines) : '');

const itemLeads = /(?:^|[。；;])\s*[一二三四五六七八九十]是([^。；;]+)/gu;

/** The plans of a report: the headings of its plans part, each item's lead, else each paragraph's first sentence. */
export function plansOf(doc: ReportDocument): Plan[] {
  const parts = documentParts(doc);
  const plans: Plan[] = [];
  for (const [i, block] of doc.blocks.entries()) {
    const text = textOf(block).trim();
    // The level-1 heading names the part; it is no plan of its own.
    if (parts[i] !== 'plans' || !text || (block.kind === 'heading' && block.level === 1)) continue;
    if (block.kind === 'signature' || block.kind === 'date' || block.kind === 'closing') continue;
    const leads = block.kind === 'paragraph' ? [...text.matchAll(itemLeads)].map((m) => m[1]?.trim() ?? '') : [];
    const pieces = block.kind === 'heading' ? [text] : leads.length > 0 ? leads : [text.split(/[。；;]/u)[0] ?? text];
    for (const piece of pieces) {
      const terms = keyTerms(piece);
      if (terms.length > 0) plans.push({ text: piece, block: i, terms });
    }
  }
  return plans;
}

/** A plan is spoken of when one paragraph of this year's work holds half of its key terms or more. */
const COVERED_SHARE = 0.5;

/**
 * Whether this year's report (outside its own plans part, and not in paragraphs still marked 沿用上年)
 * speaks of each of last year's plans.
 */
export function planCoverage(lastYear: ReportDocument, thisYear: ReportDocument): PlanCoverage[] {
  const parts = documentParts(thisYear);
  // Last year's text carried over unedited (沿用上年) reports nothing about this year.
  const work = thisYear.blocks
    .map((block, index) => ({ index, text: block.kind !== 'table' && block.kind !== 'heading' && block.carried ? '' : textOf(block).normalize('NFKC') }))
    .filter(({ index, text }) => text !== '' && parts[index] !== 'plans');
  return plansOf(lastYear).map((plan) => {
    let best: PlanCoverage['best'] = null;
    for (const { index, text } of work) {
      const share = plan.terms.filter((term) => text.includes(term)).length / plan.terms.length;
      if (share > 0 && (!best || share > best.share)) best = { block: index, share };
    }
    return { plan, covered: (best?.share ?? 0) >= COVERED_SHARE, best };
  });
}
