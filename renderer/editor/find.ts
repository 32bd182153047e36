import { $dfs } from '@lexical/utils';
import { $getNodeByKey, $isTextNode, type TextNode } from 'lexical';

export interface Match {
  key: string;
  offset: number;
  length: number;
}

/** Every occurrence of `query` inside a text run, in document order (case-sensitive, as written). */
export function $findMatches(query: string): Match[] {
  if (!query) return [];
  const matches: Match[] = [];
  for (const { node } of $dfs()) {
    if (!$isTextNode(node)) continue;
    const text = node.getTextContent();
    for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + query.length)) {
      matches.push({ key: node.getKey(), offset: at, length: query.length });
    }
  }
  return matches;
}

export function $selectMatch(match: Match): void {
  const node = $getNodeByKey<TextNode>(match.key);
  if ($isTextNode(node)) node.select(match.offset, match.offset + match.length);
}

export function $replaceMatch(match: Match, replacement: string): void {
  const node = $getNodeByKey<TextNode>(match.key);
  if ($isTextNode(node)) node.spliceText(match.offset, match.length, replacement, true);
}

/** Replaces every occurrence; returns how many. Later matches in a run go first so offsets stay valid. */
export function $replaceAll(query: string, replacement: string): number {
  const matches = $findMatches(query);
  for (const match of [...matches].reverse()) $replaceMatch(match, replacement);
  return matches.length;
}
