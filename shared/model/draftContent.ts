import { FIELD_NODE_TYPE, HEADING_NODE_TYPE, TABLE_NODE_TYPE, textBlockNodeTypes, YEAR_CHANGE_NODE_TYPE } from './editorNodeTypes';

/** Every node type a saved draft may hold: Lexical's own and the report editor's (renderer/editor/nodes). */
export const DRAFT_NODE_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  ...Object.values(textBlockNodeTypes),
  HEADING_NODE_TYPE,
  TABLE_NODE_TYPE,
  FIELD_NODE_TYPE,
  YEAR_CHANGE_NODE_TYPE,
]);

interface Node {
  type?: unknown;
  children?: unknown;
}

/**
 * Why a draft's content is not an editor document the editor can open again, or null when it is one.
 * Checked where a draft is saved: what is stored must open, or the draft is lost to its writer.
 */
export function draftContentProblem(content: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return '文稿内容不是有效的 JSON';
  }
  const root = (json as { root?: Node } | null)?.root;
  if (!root || typeof root !== 'object' || root.type !== 'root') return '文稿内容缺少根节点';
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (typeof node.type !== 'string' || !DRAFT_NODE_TYPES.has(node.type)) return `文稿内容含有编辑器不认识的内容（${String(node.type).slice(0, 40)}）`;
    if (node.children === undefined) continue;
    if (!Array.isArray(node.children)) return '文稿内容的结构不完整';
    for (const child of node.children) {
      if (!child || typeof child !== 'object') return '文稿内容的结构不完整';
      stack.push(child as Node);
    }
  }
  return null;
}
