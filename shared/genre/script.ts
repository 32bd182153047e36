import { Converter } from 'opencc-js/t2cn';
import type { Removal, SourceLine } from './types';

/**
 * Reports downloaded from sites in Hong Kong, Taiwan or overseas, or converted by a site's "繁體"
 * switch, arrive in traditional script; everything after this reads simplified Chinese. Characters
 * that only traditional script writes, common in reports: a handful of them decide.
 */
const TRADITIONAL_ONLY = '這個們說來為會國發與義實經將對於開學習時東區歷書記處體團總點應當關係問題環節務據識態責報黨議領導幹眾傳設區縣鎮機構織績檢監範單';
/** Looked up by code in a loop: a regex character class over a long line of Chinese costs several times more. */
const traditional = new Uint8Array(0x10000);
for (const c of TRADITIONAL_ONLY) traditional[c.charCodeAt(0)] = 1;
const MIN_TRADITIONAL = 5;

/** Pinyin a converter left after characters: `意(yì)识(shí)`. Several make it debris, not a term in brackets. */
const pinyin = /(?<=[\u4e00-\u9fff])[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?[)）]/gu;
const MIN_PINYIN = 3;
/** Pinyin is written in small Latin letters: lines without one are not searched for it. */
const pinyinLetter = new Uint8Array(0x10000);
for (const c of 'abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü') pinyinLetter[c.charCodeAt(0)] = 1;
function mayHoldPinyin(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (pinyinLetter[text.charCodeAt(i)] === 1) return true;
  return false;
}

let convert: ((text: string) => string) | undefined;

function isTraditional(lines: readonly SourceLine[]): boolean {
  let found = 0;
  for (const line of lines) {
    if (line.kind !== 'line') continue;
    const text = line.text;
    for (let i = 0; i < text.length; i++) if (traditional[text.charCodeAt(i)] === 1 && ++found >= MIN_TRADITIONAL) return true;
  }
  return false;
}

function pinyinCount(lines: readonly SourceLine[]): number {
  return lines.reduce((n, line) => n + (line.kind === 'line' && mayHoldPinyin(line.text) ? (line.text.match(pinyin)?.length ?? 0) : 0), 0);
}

/** Converts traditional script to simplified and removes pinyin debris, saying what it did. */
export function simplifyLines(lines: readonly SourceLine[]): { lines: SourceLine[]; removed: Removal[]; converted: boolean } {
  const converted = isTraditional(lines);
  if (!converted && pinyinCount(lines) < MIN_PINYIN) return { lines: lines as SourceLine[], removed: [], converted };
  if (converted) convert ??= Converter({ from: 'tw', to: 'cn' });
  const map = (text: string) => (converted && convert ? convert(text) : text);
  let out = lines.map((line): SourceLine =>
    line.kind === 'line'
      ? { ...line, text: map(line.text), ...(line.lead !== undefined ? { lead: map(line.lead) } : {}) }
      : { kind: 'table', rows: line.rows.map((row) => row.map(map)) },
  );
  const removed: Removal[] = [];
  // Counted again after conversion: the converter may have changed what stands before a bracket.
  if (pinyinCount(out) >= MIN_PINYIN) {
    out = out.map((line) => {
      if (line.kind !== 'line') return line;
      const text = line.text.replace(pinyin, (match) => {
        removed.push({ rule: 'pinyin-debris', reason: '自动转换留下的拼音', text: match });
        return '';
      });
      return text === line.text ? line : { ...line, text };
    });
  }
  return { lines: out, removed, converted };
}
