import type { Block, Section } from './types';

/**
 * Headings that name a part (GENRE.md §3). They are anchored at the start so a topical heading that
 * merely mentions a plan (`制定学习计划，强化理论武装`) stays work.
 */
const plansHeading =
  /^(?:关于)?(?:下一?步|下一?阶段|下半年|今后|明年|下一年度?|\d{4}年)(?:的)?(?:主要)?(?:工作)?(?:打算|计划|措施|举措|思路|安排|重点|方向|设想)|^(?:工作|整改|改进)(?:打算|计划|措施|举措|思路)|^(?:意见建议|工作建议|努力方向|对策建议)/u;
const problemsHeading = /^(?:存在(?:的)?(?:主要)?|主要|突出|当前)?(?:问题|不足|差距|短板|薄弱环节|困难)/u;
const workHeading = /工作开展|开展情况|主要做法|做法|成效|成绩|履职|完成情况|基本情况|工作情况|主要工作|落实情况|总体情况|自查情况/u;

/** Paragraphs that start a part on their own, without a heading (`下一步，局将…`). */
const plansParagraph = /^(?:下一?步|下一?阶段|今后|下半年|明年|针对(?:以上|上述|存在的?)(?:问题|不足))/u;
const problemsParagraph = /^.{0,24}(?:还|仍|也)?存在(?:着)?(?:一些|以下|的)?(?:问题|不足|差距|短板|薄弱环节)/u;

/** The part a heading announces; a heading naming both problems and next steps counts as problems. */
export function classifyHeading(text: string): Section | null {
  const problems = problemsHeading.test(text);
  const plans = plansHeading.test(text);
  if (problems) return 'problems';
  if (plans) return 'plans';
  if (workHeading.test(text)) return 'work';
  return null;
}

/**
 * Assigns every block to work / problems / plans / other, at paragraph level: a level-1 heading opens
 * a part (a topical one opens work), a level-2 heading can open problems or plans inside it, and a
 * paragraph that starts next steps or problems switches the part from there on.
 */
export function classifySections(blocks: Block[]): void {
  let current: Section = 'other';
  let levelOne: Section = 'other';
  for (const block of blocks) {
    switch (block.type) {
      case 'heading': {
        const announced = classifyHeading(block.text);
        if (block.level === 1) {
          levelOne = announced ?? 'work';
          current = levelOne;
        } else if (announced === 'problems' || announced === 'plans') {
          current = announced;
        } else if (block.level === 2) {
          current = levelOne;
        }
        block.section = current;
        break;
      }
      case 'paragraph':
      case 'table': {
        if (plansParagraph.test(block.text)) current = 'plans';
        else if (current !== 'plans' && problemsParagraph.test(block.text)) current = 'problems';
        block.section = current;
        break;
      }
      default:
        block.section = 'other';
    }
  }
}
