import { placeholdersIn } from '../genre/placeholders';
import type { Inline } from '../model/document';
import { findingAt } from './finding';
import { checkMessages } from './messages';
import type { Finding } from './types';

/** Unfilled fields, and `X`/`XX`/`*` typed as text where a field was never made. */
export function placeholderFindings(inlines: readonly Inline[]): Omit<Finding, 'block'>[] {
  const text = inlines.map((i) => i.text).join('');
  const found: Omit<Finding, 'block'>[] = [];
  let at = 0;
  for (const inline of inlines) {
    if (inline.field) found.push(findingAt('placeholder', 'error', text, at, inline.text.length, checkMessages.placeholderField(inline.text, inline.hint)));
    else {
      for (const p of placeholdersIn(inline.text)) {
        found.push(findingAt('placeholder', 'error', text, at + p.offset, p.text.length, checkMessages.placeholderTyped(p.text)));
      }
    }
    at += inline.text.length;
  }
  return found;
}
