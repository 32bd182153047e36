import type { CheckId, Finding, Severity } from './types';

/** A finding in a block's text; its key is the check, the text and a little of what precedes it. */
export function findingAt(
  check: CheckId,
  severity: Severity,
  text: string,
  offset: number,
  length: number,
  message: string,
  fix?: string,
): Omit<Finding, 'block'> {
  // A finding on a whole block is known by the block's first words.
  const snippet = length > 0 ? text.slice(offset, offset + length) : text.slice(0, 16);
  const before = text.slice(Math.max(0, offset - 8), offset);
  const excerpt = { before: text.slice(Math.max(0, offset - 12), offset), text: text.slice(offset, offset + length), after: text.slice(offset + length, offset + length + 12) };
  return { check, severity, offset, length, message, key: `${check}:${before}|${snippet}`, excerpt, ...(fix !== undefined ? { fix } : {}) };
}

/** More findings of one rule in one paragraph than anyone reads; the rest are counted in one line. */
export const MAX_FINDINGS_PER_RULE = 50;

/**
 * The findings one rule makes over its matches in a block, at most MAX_FINDINGS_PER_RULE of them and
 * then one line saying how many more there are: a pathological paragraph (half a million spaces
 * between characters) costs a count, not half a million findings for the list and the window.
 */
export function cappedFindings(
  matches: Iterable<RegExpMatchArray>,
  make: (match: RegExpMatchArray & { index: number }) => Omit<Finding, 'block'> | null,
  more: (count: number, at: number) => Omit<Finding, 'block'>,
): Omit<Finding, 'block'>[] {
  const found: Omit<Finding, 'block'>[] = [];
  let rest = 0;
  let restAt = 0;
  for (const match of matches) {
    if (found.length >= MAX_FINDINGS_PER_RULE) {
      if (rest++ === 0) restAt = match.index ?? 0;
      continue;
    }
    const finding = make(match as RegExpMatchArray & { index: number });
    if (finding) found.push(finding);
  }
  if (rest > 0) found.push(more(rest, restAt));
  return found;
}
