import { $getRoot, type LexicalNode } from 'lexical';
import { $isReportHeadingNode, type ReportHeadingNode } from './nodes/ReportHeadingNode';

/** A heading and everything after it up to the next heading of the same or a higher level. */
export function $sectionOf(heading: ReportHeadingNode): LexicalNode[] {
  const nodes: LexicalNode[] = [heading];
  for (let next = heading.getNextSibling(); next; next = next.getNextSibling()) {
    if ($isReportHeadingNode(next) && next.getLevel() <= heading.getLevel()) break;
    nodes.push(next);
  }
  return nodes;
}

/** Top-level headings in document order. */
export function $headings(): ReportHeadingNode[] {
  return $getRoot().getChildren().filter($isReportHeadingNode);
}

/**
 * Moves a section with all its content before `target` (a heading), or to the end when target is
 * null. Numbers follow automatically because they are computed from position.
 */
export function $moveSectionBefore(heading: ReportHeadingNode, target: ReportHeadingNode | null): boolean {
  const section = $sectionOf(heading);
  if (target && section.some((n) => n.is(target))) return false;
  if (target) for (const node of section) target.insertBefore(node);
  else for (const node of section) $getRoot().append(node);
  return true;
}

/** Swaps a section with its previous or next sibling section of the same level. */
export function $moveSection(heading: ReportHeadingNode, direction: 'up' | 'down'): boolean {
  const level = heading.getLevel();
  const peers = $headings().filter((h) => h.getLevel() <= level);
  const at = peers.findIndex((h) => h.is(heading));
  if (direction === 'up') {
    const previous = peers[at - 1];
    if (!previous || previous.getLevel() < level) return false;
    return $moveSectionBefore(heading, previous);
  }
  const next = peers[at + 1];
  if (!next || next.getLevel() < level) return false;
  const afterNext = $sectionOf(next).at(-1)?.getNextSibling();
  return $moveSectionBefore(heading, $isReportHeadingNode(afterNext) ? afterNext : null);
}
