import type { SourceLine } from './types';

/** Cells of a statistics table pasted as text: tab-separated, or separated by two or more spaces. */
const cellBreak = /\t+|[ \u3000]{2,}/u;
const sentenceEnd = /[。；！？]/u;
/** A cell is short: a label, a number, a count. */
const MAX_CELL = 24;

function cellsOf(text: string): string[] | null {
  if (!cellBreak.test(text)) return null;
  const cells = text.split(cellBreak).map((cell) => cell.trim()).filter(Boolean);
  if (cells.length < 2 || cells.some((cell) => cell.length > MAX_CELL || sentenceEnd.test(cell))) return null;
  return cells;
}

/**
 * A flattened table (a 信息公开年报's statistics pasted as text) is a run of two or more lines of short
 * cells; it becomes one table, so rows that carry their own numbers (`（三）行政处罚	86`) are no
 * headings and the report's real headings around it stay headings.
 */
export function tablesFromCells(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; ) {
    const rows: string[][] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j];
      const cells = line?.kind === 'line' && line.lead === undefined ? cellsOf(line.text) : null;
      if (!cells) break;
      rows.push(cells);
    }
    if (rows.length >= 2) {
      out.push({ kind: 'table', rows });
      i = j;
    } else {
      const line = lines[i];
      if (line) out.push(line);
      i++;
    }
  }
  return out;
}
