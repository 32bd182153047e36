import type { DocBlock } from '../model/document';
import { findingAt } from './finding';
import { checkMessages } from './messages';
import type { Finding } from './types';

type Found = Omit<Finding, 'block'>;

/**
 * 发文字号 as GB/T 9704 §7.2.4 writes it: 机关代字〔年份〕序号号 — the year in 六角括号, four digits,
 * no 第 before the number, no leading zero. A number is one: an issuer's code ending with a character
 * issuers' codes end with, a bracketed year, a number and 号.
 */
const docNumber = /([\u4e00-\u9fff]{1,8}(?:发|办|函|字|令|通|电|纪|组|宣|政|委|党|密|明电|规|呈))\s?([〔[［【(（〈<{]?)\s?(\d{2,4})\s?([〕\]］】)）〉>}]?)\s?(第?)\s?(\d+)\s?号/gu;

/** The issuer's code without the words before it (根据国办发 → 国办发). */
const issuer = (code: string) => code.replace(/^.*(?:根据|按照|依据|依照|参照|转发|印发|落实|贯彻|执行|文件|通知|意见)/u, '');

function docNumberFindings(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(docNumber)) {
    const [whole, code = '', open = '', year = '', close = '', di = '', serial = ''] = m;
    // No bracket at all and no 第: 令 12 号 and the like are not numbers of documents.
    if (!open && !close) continue;
    const problems: string[] = [];
    if (open !== '〔' || close !== '〕') problems.push(checkMessages.docNumberBrackets);
    if (year.length !== 4) problems.push(checkMessages.docNumberYear);
    if (di) problems.push(checkMessages.docNumberNoDi);
    if (/^0\d/u.test(serial)) problems.push(checkMessages.docNumberZero);
    if (/\s/u.test(whole) && problems.length === 0) problems.push(checkMessages.docNumberSpace);
    if (problems.length === 0) continue;
    const fullYear = year.length === 4 ? year : year.length === 2 ? `20${year}` : null;
    // The issuer's code has no fixed length (国办发, 赣府字): the finding starts at the bracket.
    const from = m.index + code.length + (whole.slice(code.length).length - whole.slice(code.length).trimStart().length);
    const written = text.slice(from, m.index + whole.length);
    const right = fullYear ? `〔${fullYear}〕${Number(serial)}号` : undefined;
    found.push(findingAt('doc-number', 'error', text, from, written.length, checkMessages.docNumber(`${issuer(code)}${written}`, problems, right ? `${issuer(code)}${right}` : undefined), right));
  }
  return found;
}

/** 10-20% : a range whose first number has no unit though the second does (GB/T 15835 §5.2.6). */
const rangeWithoutUnit = new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)([-~～—–至到])(\\d+(?:\\.\\d+)?)(%|‰|万元|亿元|万|亿)(?![\\d])`, 'gu');
/** 23年5月: a year shortened to two digits. */
const shortYear = /(?<![\d〔［[（(.．-])(\d{2})年(\d{1,2})月/gu;
/** 三、四个: adjacent numerals as an estimate take no 顿号. */
const estimate = /(?<![一二三四五六七八九十第])([一二三四五六七八九])、([二三四五六七八九十])(?=[个人天次名家项条岁里米])/gu;
const NUMERAL = '一二三四五六七八九十';

function numberFindings(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(rangeWithoutUnit)) {
    const [whole, from = '', dash = '', to = '', unit = ''] = m;
    // 2021-2025年 is a range of years, 1-2万 is not; the first number must be a value, not a year.
    const right = `${from}${unit}${dash === '-' || dash === '–' ? '～' : dash}${to}${unit}`;
    found.push(findingAt('number-form', 'warning', text, m.index, whole.length, checkMessages.rangeUnit(whole, right), right));
  }
  // Full-width digits (and letters) are punctuation.ts's: one finding each, with its fix.
  for (const m of text.matchAll(shortYear)) {
    const [whole, year = '', month = ''] = m;
    if (Number(month) < 1 || Number(month) > 12) continue;
    const right = `20${year}年${month}月`;
    found.push(findingAt('number-form', 'warning', text, m.index, whole.length, checkMessages.shortYear(whole, right), right));
  }
  for (const m of text.matchAll(estimate)) {
    const [whole, a = '', b = ''] = m;
    if (NUMERAL.indexOf(b) !== NUMERAL.indexOf(a) + 1) continue;
    found.push(findingAt('number-form', 'info', text, m.index, whole.length, checkMessages.estimate(whole, `${a}${b}`), `${a}${b}`));
  }
  return found;
}

const QUESTION_WORDS = /吗|呢|什么|怎么|怎样|如何|为什么|为何|是否|哪|谁|多少|几|难道|岂|能否|可否|是不是|有没有|还是|否|何/u;

/** GB/T 15834: no 顿号 between consecutive 《》 titles, no question mark closing a statement. */
function punctuationFormFindings(text: string): Found[] {
  const found: Found[] = [];
  for (let at = text.indexOf('》、《'); at >= 0; at = text.indexOf('》、《', at + 3)) {
    found.push(findingAt('punctuation-form', 'info', text, at, 3, checkMessages.pauseBetweenTitles, '》《'));
  }
  for (let at = text.indexOf('？'); at >= 0; at = text.indexOf('？', at + 1)) {
    const sentenceStart = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('！', at), text.lastIndexOf('；', at), text.lastIndexOf('？', at - 1)) + 1;
    const sentence = text.slice(sentenceStart, at);
    if ([...sentence].length < 6 || QUESTION_WORDS.test(sentence) || /[“”‘’]/u.test(sentence)) continue;
    found.push(findingAt('punctuation-form', 'info', text, at, 1, checkMessages.questionMark, '。'));
  }
  return found;
}

/** 请示报告, 报告请示, 申请报告 in a title: one 文种 only, and 申请 is not one. */
const twoKinds = /(请示(?:的)?报告|报告(?:的)?请示|申请报告)$/u;

function titleFindings(text: string): Found[] {
  const trimmed = text.replace(/[\s\u3000]+$/u, '');
  const m = twoKinds.exec(trimmed);
  if (!m) return [];
  const right = m[0] === '申请报告' ? '请示' : null;
  return [findingAt('title-kind', 'error', text, m.index, m[0].length, right ? checkMessages.applicationReport : checkMessages.twoKinds(m[0]))];
}

/** The forms of one block: document numbers, numbers, punctuation (GB/T 9704, 15835, 15834); the title's 文种. */
export function formFindings(kind: DocBlock['kind'], text: string): Found[] {
  return [
    ...(/[〔[［【(（]\s?\d|\d\s?[〕\]］】)）]/u.test(text) ? docNumberFindings(text) : []),
    ...numberFindings(text),
    ...(kind === 'paragraph' || kind === 'closing' ? punctuationFormFindings(text) : []),
    ...(kind === 'title' ? titleFindings(text) : []),
  ].sort((a, b) => a.offset - b.offset);
}
