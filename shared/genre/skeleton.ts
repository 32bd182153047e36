import type { HeadingLevel, SkeletonHeading } from '../ipc/library';
import type { Part } from '../model/parts';
import type { Block } from './types';

export interface OutlineNode {
  kind: 'heading' | 'item';
  level?: HeadingLevel;
  number: string;
  text: string;
  part: Part;
  children: OutlineNode[];
}

/** The heading tree of a parsed report, with `一是…` items as leaves under their heading. */
export function outlineOf(blocks: readonly Block[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const block of blocks) {
    if (block.type === 'heading' && block.level) {
      const node: OutlineNode = {
        kind: 'heading',
        level: block.level,
        number: block.number ?? '',
        text: block.text,
        part: block.part,
        children: [],
      };
      while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= block.level) stack.pop();
      (stack.at(-1)?.children ?? roots).push(node);
      stack.push(node);
    } else if (block.items && stack.length > 0) {
      const parent = stack.at(-1);
      for (const item of block.items) {
        parent?.children.push({ kind: 'item', number: item.number, text: item.lead, part: block.part, children: [] });
      }
    }
  }
  return roots;
}

/** A reusable template: the headings in order, each with the leads of its items. */
export function skeletonOf(blocks: readonly Block[]): SkeletonHeading[] {
  const headings: SkeletonHeading[] = [];
  const walk = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      if (node.kind !== 'heading' || !node.level) continue;
      const items = node.children.filter((c) => c.kind === 'item').map((c) => c.text);
      headings.push(items.length > 0 ? { level: node.level, text: node.text, items } : { level: node.level, text: node.text });
      walk(node.children);
    }
  };
  walk(outlineOf(blocks));
  return headings;
}

/** The heading texts above each block: what a stored paragraph remembers of where it stood. */
export function headingPaths(blocks: readonly Block[]): string[][] {
  const path: { level: number; text: string }[] = [];
  return blocks.map((block) => {
    if (block.type === 'heading' && block.level) {
      while (path.length > 0 && (path.at(-1)?.level ?? 0) >= block.level) path.pop();
      path.push({ level: block.level, text: block.text });
    }
    return path.map((p) => p.text);
  });
}
