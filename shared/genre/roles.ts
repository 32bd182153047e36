import { TITLE_ENDINGS } from './kinds';
import { headingMarkerAt } from './markers';

/**
 * The lines of a report that are not body text, by their shape alone. The parser and the editor
 * share these rules; where a line stands (after the title, after the last body paragraph) is for
 * the caller to judge.
 */

/** 特此报告。专此汇报。以上报告，请审阅。 */
export const closingLine = /^(?:(?:特此|专此)(?:报告|汇报|请示|说明|函告)|以上(?:报告|汇报)[，,]?\S{0,16})[。.！!]?$/u;

/** 2026年3月5日, 二〇二六年三月五日, or a blank date `  年  月  日` still to be filled in. */
export const dateLine =
  /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|[\s\u3000_]*年[\s\u3000_]+月[\s\u3000_]+日)$/u;

/** 附件：1.……  or  附件1：…… */
export const attachmentLine = /^附件\s*\d{0,2}\s*[：:]/u;

/** A short line without punctuation or heading number: an issuing body, a signature. */
export function isShortPlain(text: string, max: number): boolean {
  return text.length <= max && !/[。，；：,;:！？]/.test(text) && headingMarkerAt(text) === null;
}

/** `县委宣传部：` — one short line ending with a colon that does not announce a list (`如下：`). */
export function isAddresseeLine(text: string): boolean {
  return text.length <= 40 && /[：:]$/.test(text) && !/如下[：:]$/.test(text) && headingMarkerAt(text) === null && !attachmentLine.test(text);
}

/** A signature is at most this long. */
export const SIGNATURE_MAX = 30;

export function isSignatureLine(text: string): boolean {
  return text.length > 0 && isShortPlain(text, SIGNATURE_MAX) && !closingLine.test(text) && !dateLine.test(text);
}

const titleEnding = new RegExp(`(?:${TITLE_ENDINGS.join('|')}|情况|工作要点)$`, 'u');

/**
 * `关于XX巡察反馈意见整改情况的报告`, `2026年县委宣传部工作总结` — a report's title by its shape: one
 * line of 6–80 characters ending as titles end, without sentence punctuation or a heading number,
 * and no 结语 (`特此报告`). Where it stands (the first line) is for the caller to judge.
 */
export function isTitleLine(text: string): boolean {
  return (
    text.length >= 6 &&
    text.length <= 80 &&
    titleEnding.test(text) &&
    !/[。，；：,;:！？!?]/u.test(text) &&
    headingMarkerAt(text) === null &&
    !closingLine.test(text)
  );
}
