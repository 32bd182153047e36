import type { HeadingLevel } from '../ipc/library';

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九, as reports number their sections. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`not a section number: ${n}`);
  if (n < 10) return digits[n] as string;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
  }
  return String(n);
}

/** The printed number of a heading that is the `n`th of its level under its parent (genre README §2). */
export function headingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * Numbers a sequence of headings by position: each level counts within its nearest higher heading,
 * so inserting or moving a section renumbers everything after it. A skipped level (3 directly under
 * 1) is kept and simply counts under the level-1 heading.
 */
export function numberHeadings(levels: readonly HeadingLevel[]): string[] {
  const counters = [0, 0, 0, 0];
  return levels.map((level) => {
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let deeper = level; deeper < counters.length; deeper++) counters[deeper] = 0;
    return headingNumber(level, counters[level - 1] as number);
  });
}
