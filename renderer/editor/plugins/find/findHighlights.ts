import type { LexicalEditor } from 'lexical';
import type { Match } from '../../find';

type HighlightRegistry = Map<string, unknown>;
type HighlightClass = new (...ranges: Range[]) => unknown;

const registry = () => (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
const HighlightOf = () => (globalThis as unknown as { Highlight?: HighlightClass }).Highlight;

function rangeOf(editor: LexicalEditor, match: Match): Range | null {
  const text = editor.getElementByKey(match.key)?.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE) return null;
  const range = document.createRange();
  range.setStart(text, match.offset);
  range.setEnd(text, Math.min(match.offset + match.length, text.textContent?.length ?? 0));
  return range;
}

/**
 * Marks every match and, more strongly, the current one with the CSS Custom Highlight API, as the
 * checks do: nothing is written into the document and the editor keeps its own selection.
 */
export function paintMatches(editor: LexicalEditor, matches: readonly Match[], current: number): void {
  const highlights = registry();
  const Highlight = HighlightOf();
  if (!highlights || !Highlight) return;
  const ranges = matches.map((m) => rangeOf(editor, m));
  highlights.set('find-match', new Highlight(...ranges.filter((r): r is Range => r !== null)));
  const now = ranges[current];
  highlights.set('find-current', now ? new Highlight(now) : new Highlight());
}

export function clearMatches(): void {
  registry()?.delete('find-match');
  registry()?.delete('find-current');
}
