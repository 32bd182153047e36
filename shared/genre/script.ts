import { Converter } from 'opencc-js/t2cn';
import type { Removal, SourceLine } from './types';

/**
 * Reports downloaded from sites in Hong Kong, Taiwan or overseas, or converted by a site's "繁體"
 * switch, arrive in traditional script; everything after this reads simplified Chinese. Characters
 * that only traditional script writes, common in reports: a handful of them decide.
 */
const TRADITIONAL_ONLY = /[這個們說來為會國發與義實經將對於開學習時東區歷書記處體團總點應當關係問題環節務據識態責報黨議領導幹眾傳設區縣鎮機構織績檢監範單]/gu;
const MIN_TRADITIONAL = 5;

/** Pinyin a converter left after characters: `意(yì)识(shí)`. Several make it debris, not a term in brackets. */
const pinyin = /(?<=[\u4e00-\u9fff])[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?[)）]/gu;
const MIN_PINYIN = 3;

let convert: ((text: string) => string) | undefined;

function isTraditional(lines: readonly SourceLine[]): boolean {
  let found = 0;
  for (const line of lines) {
    if (line.kind !== 'line') continue;
    found += line.text.match(TRADITIONAL_ONLY)?.length ?? 0;
    if (found >= MIN_TRADITIONAL) return true;
  }
  return false;
}

/** Converts traditional script to simplified and removes pinyin debris, saying what it did. */
export function simplifyLines(lines: readonly SourceLine[]): { lines: SourceLine[]; removed: Removal[]; converted: boolean } {
  const converted = isTraditional(lines);
  if (converted) convert ??= Converter({ from: 'tw', to: 'cn' });
  const map = (text: string) => (converted && convert ? convert(text) : text);
  let out = lines.map((line): SourceLine =>
    line.kind === 'line'
      ? { ...line, text: map(line.text), ...(line.lead !== undefined ? { lead: map(line.lead) } : {}) }
      : { kind: 'table', rows: line.rows.map((row) => row.map(map)) },
  );
  const removed: Removal[] = [];
  const debris = out.reduce((n, line) => n + (line.kind === 'line' ? (line.text.match(pinyin)?.length ?? 0) : 0), 0);
  if (debris >= MIN_PINYIN) {
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
