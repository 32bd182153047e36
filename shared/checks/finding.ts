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
