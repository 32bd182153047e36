import { performance } from 'node:perf_hooks';
import { createChecker, DEFAULT_MAX_PARAGRAPH, starterSensitive, starterWordings, type CheckContext } from '../../../shared/checks';
import { formFindings } from '../../../shared/checks/forms';
import { formulationFindings } from '../../../shared/checks/formulations';
import { placePairFindings } from '../../../shared/checks/placePairs';
import { typoFindings } from '../../../shared/checks/typos';
import { parseReportText } from '../../../shared/genre/report';
import { blockText, numbered, type UnnumberedBlock } from '../../../shared/model/document';
import { documentFromReport } from '../../../shared/model/documentFromReport';
import { quantile } from './quantile';
import { syntheticReport } from './syntheticReports';

export interface ReviewBench {
  characters: number;
  /** Findings of the 审核 checks (规范提法, 错别字, forms, places) in the draft with its planted slips. */
  reviewFindings: number;
  /** Every check of the registry over the whole draft, nothing cached. */
  allRulesP50Ms: number;
  allRulesP95Ms: number;
  /** The 审核 checks alone over every block. */
  reviewP50Ms: number;
  reviewP95Ms: number;
  /** One paragraph edited: every check, the other blocks cached. */
  editP50Ms: number;
  editP95Ms: number;
}

/** Slips of every kind the 审核 checks know, one sentence each, planted among the synthetic paragraphs. */
const PLANTED = [
  '增强政治意识、全局意识、核心意识、看齐意识，坚定道路自信、制度自信、理论自信、文化自信。',
  '深入学习习近平新时代特色社会主义思想，落实一岗两责，面对困难决不一愁莫展。',
  '根据国办发[2023]第05号文件要求，全年增长10-20%，共１２项，截止2024年底完成。',
  '学习《条例》、《准则》，赴湖北省张家界考察，到赣州市修水县调研，认真的落实。',
];

/** `wengao bench review`: a 50,000-character draft with planted slips checked with all rules. */
export function benchReview(runs = 20): ReviewBench {
  const base = documentFromReport(parseReportText(syntheticReport(11, 190_000)));
  const blocks: UnnumberedBlock[] = [];
  let characters = 0;
  base.blocks.forEach((block, index) => {
    if (characters >= 50_000) return;
    // Headings are numbered again by numbered(): their computed numbers are left out.
    blocks.push((block.kind === 'heading' ? { kind: 'heading', level: block.level, inlines: block.inlines } : block) as UnnumberedBlock);
    characters += block.kind === 'table' ? 0 : blockText(block).length;
    if (block.kind === 'paragraph' && index % 10 === 0) {
      const text = PLANTED[(index / 10) % PLANTED.length] ?? '';
      blocks.push({ kind: 'paragraph', inlines: [{ text }] });
      characters += text.length;
    }
  });
  const doc = numbered(blocks);
  const context: CheckContext = { year: 2024, today: '2026-01-01', maxParagraph: DEFAULT_MAX_PARAGRAPH, wordings: starterWordings, sensitive: starterSensitive };
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    createChecker()(doc, context);
    all.push(performance.now() - start);
  }
  const texts = doc.blocks.flatMap((b) => (b.kind === 'table' ? [] : [{ kind: b.kind, text: blockText(b) }]));
  const review: number[] = [];
  let reviewFindings = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    reviewFindings = 0;
    for (const { kind, text } of texts) {
      reviewFindings += formulationFindings(text, 2024, starterWordings).length + typoFindings(text).length + formFindings(kind, text).length + placePairFindings(text).length;
    }
    review.push(performance.now() - start);
  }
  const checker = createChecker();
  checker(doc, context);
  const edit: number[] = [];
  const paragraphs = doc.blocks.flatMap((b, index) => (b.kind === 'paragraph' ? [index] : []));
  for (let i = 0; i < runs; i++) {
    const at = paragraphs[(i * 7) % paragraphs.length] ?? 0;
    const edited = { ...doc, blocks: doc.blocks.map((b, index) => (index === at && b.kind === 'paragraph' ? { ...b, inlines: [...b.inlines, { text: `字${i}` }] } : b)) };
    const start = performance.now();
    checker(edited, context);
    edit.push(performance.now() - start);
  }
  const ms = quantile;
  return { characters, reviewFindings, allRulesP50Ms: ms(all, 0.5), allRulesP95Ms: ms(all, 0.95), reviewP50Ms: ms(review, 0.5), reviewP95Ms: ms(review, 0.95), editP50Ms: ms(edit, 0.5), editP95Ms: ms(edit, 0.95) };
}
