import type { Part } from '../model/parts';
import type { Block } from './types';
import type { HeadingLevel } from '../model/headingLevel';

/**
 * Headings that name a part (genre README §3). They are anchored at the start so a topical heading that
 * merely mentions a plan (`制定学习计划，强化理论武装`) stays work.
 */
const plansHeading =
  /^(?:关于)?(?:下一?步|下一?阶段|下半年|今后|明年|下一年度?|\d{4}年)(?:的)?(?:主要)?(?:工作)?(?:打算|计划|措施|举措|思路|安排|重点|方向|设想)|^\d{4}年[^，。：；]{0,24}?(?:工作)?(?:计划|打算|思路|安排|要点)$|^(?:工作|整改|改进)(?:打算|计划|措施|举措|思路)|^(?:意见建议|工作建议|努力方向|对策建议)/u;
/** `存在的问题`, also after where it was found: `工作中的问题`, `落实过程中存在的不足`. */
const problemsHeading =
  /^(?:(?:工作|实际工作|推进过程|落实过程|工作推进|履职)中(?:存在)?的?|目前|当前|面临的)?(?:存在(?:的)?(?:主要)?|主要|突出|当前)?(?:问题|不足|差距|短板|薄弱环节|困难)/u;
const workHeading = /工作开展|开展情况|主要做法|做法|成效|成绩|履职|完成情况|基本情况|工作情况|主要工作|落实情况|总体情况|自查情况/u;

/** Paragraphs that start a part on their own, without a heading (`下一步，局将…`). */
const plansParagraph =
  /^(?:下一?步|下一?阶段|今后|下半年|明年|针对(?:以上|上述|存在的?)(?:问题|不足))|^为(?:进一步|切实|更好地?|全面)[^。]{0,60}(?:将|要|拟)[^。]{0,30}(?:以下|如下|几个方面|重点)/u;
/** 存在的问题 as a finding, not as an object of work (`排查存在的问题隐患` is work done). */
const problemsExistence =
  /^.{0,24}(?<!排查|查找|发现|整改|解决|梳理|查摆|查改|整治|针对)(?:还|仍|也)?存在(?:着)?(?:一些|以下|的)?(?:问题|不足|差距|短板|薄弱环节)|^.{0,60}?(?:还|仍|也|依然)存在(?:着)?(?:一些|以下|不少|诸多|许多|较多)?(?:困难和|困难与)?(?:问题|不足|差距|短板|薄弱环节|困难)/u;
const problemsOpening =
  /^(?:在取得(?:上述|一定|这些)?(?:成绩|成效)的同时|虽然取得了?一定的?(?:成绩|成效))|^(?:主要(?:是|表现(?:在|为))|具体表现(?:在|为))[：:]|^(?:但是?|然而|不过|同时(?:也要|也应)?看到)[，,][^。]{0,40}(?:仍然|仍|还|尚|不够|不足|不多|较短|较弱|薄弱|滞后|有待)/u;

/** A paragraph that starts the problems part; the cheap look for 存在 keeps long work paragraphs fast. */
function isProblemsParagraph(text: string): boolean {
  return (text.slice(0, 72).includes('存在') && problemsExistence.test(text)) || problemsOpening.test(text);
}

/** Under `存在的问题及下一步打算`, a paragraph that announces what will be done turns to plans. */
const plansLeadIn = /(?:将|要|拟)(?:重点|着力)?(?:抓好|做好|从|在|围绕|采取)[^。]{0,20}(?:以下|如下|几个方面|措施)/u;

/** The part a heading announces; a heading naming both problems and next steps counts as problems. */
export function classifyHeading(text: string): Part | null {
  const problems = problemsHeading.test(text);
  const plans = plansHeading.test(text);
  if (problems) return 'problems';
  if (plans) return 'plans';
  if (workHeading.test(text)) return 'work';
  return null;
}

/** What a paragraph says about the part it starts, on its own text alone. */
export type ParagraphCue = 'plans' | 'problems' | 'plans-lead-in' | null;

export function paragraphCue(text: string): ParagraphCue {
  if (plansParagraph.test(text)) return 'plans';
  if (isProblemsParagraph(text)) return 'problems';
  if (/[：:]/.test(text) && plansLeadIn.test(text)) return 'plans-lead-in';
  return null;
}

/** A block as the part assignment sees it: headings with what they announce, paragraphs with their cue. */
export type PartStep =
  | { type: 'heading'; level: HeadingLevel; announced: Part | null }
  | { type: 'paragraph' | 'table'; cue: ParagraphCue }
  | { type: 'other' };

/**
 * Assigns every block to work / problems / plans / other, at paragraph level: a level-1 heading opens
 * a part (a topical one opens work), a level-2 heading can open problems or plans inside it, and a
 * paragraph that starts next steps or problems switches the part from there on.
 */
export function assignParts(steps: readonly PartStep[]): Part[] {
  // A report without a single heading is its work, until a paragraph turns to problems or plans.
  let current: Part = steps.some((s) => s.type === 'heading') ? 'other' : 'work';
  let levelOne: Part = 'other';
  return steps.map((step) => {
    if (step.type === 'heading') {
      if (step.level === 1) {
        levelOne = step.announced ?? 'work';
        current = levelOne;
      } else if (step.announced === 'problems' || step.announced === 'plans') {
        current = step.announced;
      } else if (step.level === 2) {
        current = levelOne;
      }
      return current;
    }
    if (step.type === 'other') return 'other';
    if (step.cue === 'plans') current = 'plans';
    else if (step.cue === 'problems' && current !== 'plans') current = 'problems';
    else if (step.cue === 'plans-lead-in' && current === 'problems') current = 'plans';
    return current;
  });
}

export function partStep(block: Pick<Block, 'type' | 'level' | 'text'>): PartStep {
  if (block.type === 'heading') return { type: 'heading', level: block.level ?? 1, announced: classifyHeading(block.text) };
  if (block.type === 'paragraph' || block.type === 'table') return { type: block.type, cue: paragraphCue(block.text) };
  return { type: 'other' };
}

export function classifyParts(blocks: Block[]): void {
  const parts = assignParts(blocks.map(partStep));
  blocks.forEach((block, i) => {
    block.part = parts[i] ?? 'other';
  });
}
