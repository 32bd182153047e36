import { findingAt } from './finding';
import { checkMessages } from './messages';
import type { CheckContext, Finding } from './types';

/**
 * Today as the writer's calendar says it (local time, `YYYY-MM-DD`): the one "today" of every
 * check, in the app and on the command line. UTC would call today's date 晚于今天 between midnight
 * and 08:00 in Beijing.
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const fullDate = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
/** A year on its own: not part of a range (`2021—2025年`, `2021年至2025年`) and not `…以来`/`…以前`. */
const bareYear = /(?<![\d—–\-~～至到])(\d{4})年(?!\s*\d{1,2}\s*月)(?![—–\-~～至到]\s*\d{4})(?!以来|以前|之前|起|开始|底以来)/gu;
const rangeAfter = /^\s*[—–\-~～至到]\s*\d{4}/u;

/**
 * Dates and years that disagree with the report's year (last year's report reused), dates after
 * today, and dates written with leading zeros (GB/T 9704 writes 2024年1月5日).
 */
export function dateFindings(text: string, context: CheckContext): Omit<Finding, 'block'>[] {
  const found: Omit<Finding, 'block'>[] = [];
  const { year } = context;
  for (const m of text.matchAll(fullDate)) {
    const [whole, y = '', mo = '', d = ''] = m;
    const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (iso > context.today) found.push(findingAt('future-date', 'warning', text, m.index, whole.length, checkMessages.futureDate(whole)));
    else if (year !== null && Number(y) !== year && Number(y) !== year + 1) {
      found.push(findingAt('stale-date', 'warning', text, m.index, whole.length, checkMessages.staleDate(whole, year)));
    }
    const fixed = `${Number(y)}年${Number(mo)}月${Number(d)}日`;
    if (/年\s*0|月\s*0/u.test(whole) || /\s/u.test(whole)) {
      found.push(findingAt('date-format', 'info', text, m.index, whole.length, checkMessages.dateFormat(whole, fixed), fixed));
    }
  }
  if (year === null) return found;
  for (const m of text.matchAll(bareYear)) {
    const y = Number(m[1]);
    if (rangeAfter.test(text.slice(m.index + m[0].length))) continue;
    if (y < year - 1 || y > year + 1) {
      found.push(findingAt('stale-date', 'warning', text, m.index, m[0].length, checkMessages.staleYear(m[0], year)));
    }
  }
  return found;
}
