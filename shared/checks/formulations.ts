import { CONGRESSES, CONGRESSES_KNOWN_UNTIL, FIXED_WORDINGS, FORMULATION_SETS, GUIDING_THOUGHT, OUTDATED_WORDINGS, PLAN_PERIODS, type FormulationSet } from './data/formulations';
import { findingAt } from './finding';
import { checkMessages } from './messages';
import type { Finding, WordingRule } from './types';

type Found = Omit<Finding, 'block'>;

const NUMERALS = '零一二两三四五六七八九十';
/** 一…九十九 as a number (两 is 2); NaN for anything else. */
export function numeralValue(numeral: string): number {
  const digit = (c: string | undefined) => (c === '两' ? 2 : c === undefined ? -1 : '零一二三四五六七八九'.indexOf(c));
  if (numeral.length === 1) return numeral === '十' ? 10 : digit(numeral);
  const ten = numeral.indexOf('十');
  if (ten < 0 || numeral.length > 3) return Number.NaN;
  const tens = ten === 0 ? 1 : digit(numeral[0]);
  const ones = ten === numeral.length - 1 ? 0 : digit(numeral[ten + 1]);
  return tens < 0 || ones < 0 ? Number.NaN : tens * 10 + ones;
}
const numeralOf = (n: number): string => {
  const digits = '零一二三四五六七八九';
  if (n < 10) return n === 2 ? '两' : (digits[n] ?? '');
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digits[tens]}十${n % 10 === 0 ? '' : digits[n % 10]}`;
};

/** Clauses: a list never runs across these marks. */
const clauseText = /[^，。；：！？,;:!?\n（）()]+/gu;
const quotes = /[“”‘’"]/gu;

interface Item {
  text: string;
  offset: number;
}

/** The items of a clause: split at 、, the last also at 和/及/以及. */
function itemsOf(clause: string, offset: number): Item[] {
  const items: Item[] = [];
  let at = 0;
  for (const part of clause.split('、')) {
    items.push({ text: part, offset: offset + at });
    at += part.length + 1;
  }
  const last = items.at(-1);
  if (last && items.length > 1) {
    const m = /^(.+?)(以及|和|及|与)(.+)$/u.exec(last.text);
    if (m?.[1] && m[2] && m[3]) {
      items.splice(-1, 1, { text: m[1], offset: last.offset }, { text: m[3], offset: last.offset + m[1].length + m[2].length });
    }
  }
  return items;
}

/** Which member an item names (-1 none): the item is the member (exactItems) or contains it. */
function memberOf(set: FormulationSet, item: string): number {
  const bare = item.replace(quotes, '').trim();
  if (set.exactItems) return set.members.indexOf(bare);
  let best = -1;
  set.members.forEach((m, i) => {
    if (bare.includes(m) && (best < 0 || m.length > (set.members[best]?.length ?? 0))) best = i;
  });
  return best;
}

/** The standard list, as a reader is told it: 政治意识、大局意识、核心意识、看齐意识. */
const listed = (set: FormulationSet) => set.members.join('、');

/** A list in a clause that names members of a set: out of order, one member replaced, one missing. */
function setFindings(text: string, clauses: readonly { text: string; offset: number }[], year: number | null): Found[] {
  const found: Found[] = [];
  for (const set of FORMULATION_SETS) {
    if (set.members.length === 0) continue;
    // Most blocks name no two members of a set anywhere: one pass over the block decides.
    let inBlock = 0;
    for (const m of set.members) if (text.includes(m) && ++inBlock >= 2) break;
    if (inBlock < 2 && !(inBlock >= 1 && set.nearMembers && Object.keys(set.nearMembers).some((n) => text.includes(n)))) continue;
    for (const clause of clauses) {
      if (!clause.text.includes('、')) continue;
      // Cheap test first: two members in the clause.
      let present = 0;
      for (const m of set.members) if (clause.text.includes(m) && ++present >= 2) break;
      const near = set.nearMembers ? Object.keys(set.nearMembers).some((n) => clause.text.includes(n)) : false;
      if (present < 2 && !(present >= 1 && near)) continue;
      const items = itemsOf(clause.text, clause.offset);
      const named = items.map((item) => memberOf(set, item.text));
      const matched = named.filter((n) => n >= 0);
      if (matched.length < 2) continue;
      // A member written twice is another kind of list (加强政治建设…、政治建设…): leave it.
      if (new Set(matched).size !== matched.length) continue;
      const first = items[named.findIndex((n) => n >= 0)] as Item;
      const lastIndex = named.length - 1 - [...named].reverse().findIndex((n) => n >= 0);
      const last = items[lastIndex] as Item;
      const span = { offset: first.offset, length: last.offset + last.text.length - first.offset };
      // Near-synonyms and a member replaced: a list as long as the set with one item not a member.
      let replaced = false;
      if (items.length === set.count && matched.length === set.count - 1) {
        const missing = set.members.findIndex((_, i) => !matched.includes(i));
        const outsider = items[named.indexOf(-1)] as Item;
        const bare = outsider.text.replace(quotes, '').trim();
        const nearTo = set.nearMembers ? Object.entries(set.nearMembers).find(([wrong]) => bare.endsWith(wrong)) : undefined;
        const right = set.members[missing] ?? '';
        if (nearTo && nearTo[1] === right) {
          const at = outsider.offset + outsider.text.indexOf(nearTo[0]);
          const outdated = set.id === 'four-comprehensives' && nearTo[0] === '全面建成小康社会';
          if (!outdated || (year !== null && year >= 2021)) {
            found.push(findingAt('formulation', outdated ? 'warning' : 'error', text, at, nearTo[0].length, checkMessages.memberReplaced(set.name, nearTo[0], right, listed(set)), right));
          }
          replaced = true;
        } else if (set.suffix && bare.endsWith(set.suffix) && [...bare].length <= right.length + 2) {
          found.push(findingAt('formulation', 'warning', text, outsider.offset, outsider.text.length, checkMessages.memberReplaced(set.name, bare, right, listed(set))));
          replaced = true;
        }
      }
      if (!replaced && set.complete && matched.length === set.count - 1 && items.length === set.count - 1 && set.count >= 3) {
        const missing = set.members.find((_, i) => !matched.includes(i)) ?? '';
        found.push(findingAt('formulation', 'warning', text, span.offset, span.length, checkMessages.memberMissing(set.name, missing, listed(set))));
      }
      const minForOrder = Math.min(set.minForOrder ?? 3, set.count);
      if (set.ordered && matched.length >= minForOrder && matched.some((n, i) => i > 0 && n < (matched[i - 1] ?? 0))) {
        found.push(findingAt('formulation', 'error', text, span.offset, span.length, checkMessages.memberOrder(set.name, listed(set))));
      }
    }
  }
  return found;
}

const countWords = FORMULATION_SETS.filter((s) => s.countWord);
const countPattern = new RegExp(`([${NUMERALS}]{1,3})个(${countWords.map((s) => s.countWord).join('|')})`, 'gu');

/** `三个自信`: a set's name with another count, unless the sentence goes on to list other members (a local set). */
function countFindings(text: string, year: number | null): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(countPattern)) {
    const [whole, numeral = '', word = ''] = m;
    const set = countWords.find((s) => s.countWord === word);
    const n = numeralValue(numeral);
    if (!set || Number.isNaN(n) || n === set.count) continue;
    // 十四个意识 is not 四个意识 miscounted: the numeral must stand alone.
    if (m.index > 0 && NUMERALS.includes(text[m.index - 1] ?? '')) continue;
    if (set.formerCount && n === set.formerCount.count && (year === null || year <= set.formerCount.until)) continue;
    const rest = text.slice(m.index + whole.length, m.index + whole.length + 60).split(/[。；！？\n]/u)[0] ?? '';
    // The sentence lists its own members (树立三个意识：责任意识、服务意识…): a set of its own.
    if (rest.includes('、') && set.members.length > 0 && !set.members.some((member) => rest.includes(member))) continue;
    const right = `${numeralOf(set.count)}个${word}`;
    const former = set.formerCount && n === set.formerCount.count ? checkMessages.formerCount(set.formerCount.until) : '';
    found.push(findingAt('formulation', 'warning', text, m.index, whole.length, checkMessages.wrongCount(whole, right, set.members.join('、'), former), right));
  }
  return found;
}

/** Exact wrong wordings of fixed formulations. */
function fixedFindings(text: string): Found[] {
  const found: Found[] = [];
  for (const w of FIXED_WORDINGS) {
    for (let at = text.indexOf(w.wrong); at >= 0; at = text.indexOf(w.wrong, at + w.wrong.length)) {
      // The right form containing the wrong one (抓铁有痕 in 踏石留印、抓铁有痕) is no mistake.
      const inRight = w.right.indexOf(w.wrong);
      if (inRight >= 0 && text.startsWith(w.right, at - inRight)) continue;
      found.push(findingAt('formulation', w.severity, text, at, w.wrong.length, checkMessages.fixedWording(w.wrong, w.right, w.why), w.right));
    }
  }
  return found;
}

/** 习近平…思想 with anything but the full name between: 习近平新时代特色社会主义思想. */
function guidingThoughtFindings(text: string, wordings: readonly WordingRule[]): Found[] {
  const found: Found[] = [];
  for (let at = text.indexOf('习近平'); at >= 0; at = text.indexOf('习近平', at + 3)) {
    const window = text.slice(at, at + GUIDING_THOUGHT.length + 6);
    const m = /^习近平[^，。；、：“”《》\s]{0,12}?特色社会主义(思想|理论)/u.exec(window);
    // A slip the library's own wordings already name is theirs to report.
    if (!m || m[0] === GUIDING_THOUGHT || wordings.some((w) => w.wrong === m[0])) continue;
    // 习近平新时代中国特色社会主义思想 is the one name; 习近平经济思想 and the like never reach here.
    // 新时代习近平中国特色社会主义思想: the words put before the name are part of the slip.
    const from = text.slice(Math.max(0, at - 3), at) === '新时代' ? at - 3 : at;
    const written = text.slice(from, at + m[0].length);
    found.push(findingAt('formulation', 'error', text, from, written.length, checkMessages.guidingThought(written, GUIDING_THOUGHT), GUIDING_THOUGHT));
  }
  return found;
}

const congressPattern = /(?:党的)?(十[六七八九]|二十[一二]?)(?:届([一二三四五六七八九十])中全会|大(?=精神|报告|以来|召开|胜利|提出|作出|强调|部署|代表|$|[，。、；]))/gu;
const studyBefore = /(?:学习|贯彻|宣传|领会|落实)(?:党的)?$/u;

/** A congress or plenum that had not met in the report's year, one that never met, and last congress's spirit studied as current. */
function congressFindings(text: string, year: number | null): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(congressPattern)) {
    const [whole, ordinalText = '', plenumText] = m;
    const ordinal = numeralValue(ordinalText);
    const congress = CONGRESSES.find((c) => c.ordinal === ordinal);
    const latest = CONGRESSES.at(-1) as (typeof CONGRESSES)[number];
    if (plenumText !== undefined) {
      const plenum = numeralValue(plenumText);
      if (congress && congress !== latest && plenum > congress.plenums.length) {
        found.push(findingAt('formulation', 'error', text, m.index, whole.length, checkMessages.noSuchPlenum(whole, ordinalText, congress.plenums.length)));
        continue;
      }
      const met = congress?.plenums[plenum - 1];
      if (year !== null && year <= CONGRESSES_KNOWN_UNTIL && congress && (met === undefined || met > year)) {
        found.push(findingAt('formulation', 'error', text, m.index, whole.length, checkMessages.notYetMet(whole, year)));
      }
      continue;
    }
    if (year === null) continue;
    const held = congress?.year ?? (ordinal > latest.ordinal ? latest.year + 5 * (ordinal - latest.ordinal) : null);
    if (held !== null && held > year && year <= CONGRESSES_KNOWN_UNTIL + 1) {
      found.push(findingAt('formulation', 'error', text, m.index, whole.length, checkMessages.notYetMet(whole, year)));
      continue;
    }
    // 学习贯彻党的十九大精神 in a report of 2023: the current congress is the twentieth.
    const current = [...CONGRESSES].reverse().find((c) => c.year < year);
    if (current && congress && congress.ordinal < current.ordinal && studyBefore.test(text.slice(Math.max(0, m.index - 8), m.index)) && text.startsWith('精神', m.index + whole.length)) {
      found.push(findingAt('formulation', 'warning', text, m.index, whole.length, checkMessages.oldCongress(whole, year, `党的${numeralOf(current.ordinal)}大`)));
    }
  }
  return found;
}

const planPattern = /(?:今年|本年|明年)是[“"]?(十[一二三四五六七八九]五)[”"]?(?:规划)?(?:的)?(开局之年|收官之年|起步之年|决胜之年)/gu;

/** 今年是“十四五”开局之年 in a report of another year. */
function planFindings(text: string, year: number | null): Found[] {
  if (year === null) return [];
  const found: Found[] = [];
  for (const m of text.matchAll(planPattern)) {
    const [whole, plan = '', which = ''] = m;
    const ordinal = numeralValue(plan.slice(0, -1));
    const start = PLAN_PERIODS.start + 5 * (ordinal - PLAN_PERIODS.ordinal);
    const said = year + (whole.startsWith('明年') ? 1 : 0);
    const meant = which === '收官之年' ? start + 4 : which === '决胜之年' ? null : start;
    if (meant !== null && meant !== said) found.push(findingAt('formulation', 'warning', text, m.index, whole.length, checkMessages.planYear(whole, plan, start, said)));
  }
  return found;
}

function outdatedFindings(text: string, year: number | null): Found[] {
  if (year === null) return [];
  const found: Found[] = [];
  for (const w of OUTDATED_WORDINGS) {
    if (year < w.from) continue;
    for (let at = text.indexOf(w.wording); at >= 0; at = text.indexOf(w.wording, at + w.wording.length)) {
      found.push(findingAt('formulation', 'warning', text, at, w.wording.length, checkMessages.outdated(w.wording, year, w.instead)));
    }
  }
  return found;
}

/** 规范提法: every formulation check of one block. */
export function formulationFindings(text: string, year: number | null, wordings: readonly WordingRule[] = []): Found[] {
  const clauses: { text: string; offset: number }[] = [];
  if (text.includes('、')) {
    for (const m of text.matchAll(clauseText)) clauses.push({ text: m[0], offset: m.index });
  }
  const found = [
    ...setFindings(text, clauses, year),
    ...countFindings(text, year),
    ...fixedFindings(text),
    ...(text.includes('习近平') ? guidingThoughtFindings(text, wordings) : []),
    ...(text.includes('大') || text.includes('全会') ? congressFindings(text, year) : []),
    ...(text.includes('之年') ? planFindings(text, year) : []),
    ...outdatedFindings(text, year),
  ];
  return found.sort((a, b) => a.offset - b.offset);
}
