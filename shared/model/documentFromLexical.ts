import type { HeadingLevel } from '../ipc/library';
import { CARRIED_STATE_KEY, FIELD_NODE_TYPE, FORMAT_STATE_KEY, HEADING_NODE_TYPE, TABLE_NODE_TYPE, textBlockNodeTypes } from './editorNodeTypes';
import { parseReportFormat } from './reportFormat';
import { numbered, type Inline, type ReportDocument, type ReportFormat, type TextBlockKind, type UnnumberedBlock } from './document';

/**
 * The editor's saved draft (Lexical's JSON) as a report document. Works on the JSON alone, without
 * Lexical, so the main process and the command line can export a stored draft too.
 */

interface SerializedNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
  level?: unknown;
  runIn?: unknown;
  rows?: unknown;
  hint?: unknown;
  $?: unknown;
}

/** The draft's 公文 choices from the root's node state; anything malformed is the default. */
export function formatOf(root: SerializedNode): ReportFormat {
  return parseReportFormat(root.$ && typeof root.$ === 'object' ? (root.$ as Record<string, unknown>)[FORMAT_STATE_KEY] : undefined);
}

const textKinds: Record<string, TextBlockKind> = Object.fromEntries(
  Object.entries(textBlockNodeTypes).map(([kind, type]) => [type, kind as TextBlockKind]),
);

export class DraftContentError extends Error {}

function childrenOf(node: SerializedNode): SerializedNode[] {
  return Array.isArray(node.children) ? (node.children as SerializedNode[]).filter((c) => c !== null && typeof c === 'object') : [];
}

function inlinesOf(node: SerializedNode): Inline[] {
  const out: Inline[] = [];
  const push = (inline: Inline) => {
    const last = out.at(-1);
    if (last && !last.field && !inline.field) last.text += inline.text;
    else if (inline.text) out.push(inline);
  };
  const walk = (n: SerializedNode) => {
    if (n.type === FIELD_NODE_TYPE && typeof n.text === 'string') push({ text: n.text, field: true, ...(typeof n.hint === 'string' && n.hint ? { hint: n.hint.slice(0, 200) } : {}) });
    else if (typeof n.text === 'string') push({ text: n.text });
    else if (n.type === 'linebreak') push({ text: '\n' });
    else if (n.type === 'tab') push({ text: '\t' });
    else childrenOf(n).forEach(walk);
  };
  childrenOf(node).forEach(walk);
  return out;
}

function isLevel(value: unknown): value is HeadingLevel {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

function isRows(value: unknown): value is string[][] {
  return Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'));
}

/**
 * 沿用上年 (renderer/editor/carried.ts): the paragraph's text when 续写 carried it over, kept in its
 * node state; it is still last year's text while it reads the same.
 */
function isCarried(node: SerializedNode, inlines: readonly Inline[]): boolean {
  const state = node.$;
  const carried = state && typeof state === 'object' ? (state as Record<string, unknown>)[CARRIED_STATE_KEY] : undefined;
  return typeof carried === 'string' && carried !== '' && inlines.map((i) => i.text).join('') === carried;
}

/** Parses a stored draft; throws DraftContentError (with a Chinese message) when it is not one. */
export function documentFromLexical(content: string | object): ReportDocument {
  let json: unknown;
  try {
    json = typeof content === 'string' ? JSON.parse(content) : content;
  } catch {
    throw new DraftContentError('文稿内容无法读取（不是有效的 JSON）。');
  }
  const root = (json as { root?: SerializedNode } | null)?.root;
  if (!root || typeof root !== 'object' || root.type !== 'root') throw new DraftContentError('文稿内容无法读取（缺少根节点）。');
  const blocks: UnnumberedBlock[] = childrenOf(root).map((node): UnnumberedBlock => {
    if (node.type === HEADING_NODE_TYPE && isLevel(node.level)) {
      return { kind: 'heading', level: node.level, runIn: node.runIn === true && node.level > 1, inlines: inlinesOf(node) };
    }
    if (node.type === TABLE_NODE_TYPE && isRows(node.rows)) return { kind: 'table', rows: node.rows };
    const kind = typeof node.type === 'string' ? textKinds[node.type] : undefined;
    const inlines = inlinesOf(node);
    return isCarried(node, inlines) ? { kind: kind ?? 'paragraph', inlines, carried: true } : { kind: kind ?? 'paragraph', inlines };
  });
  const format = formatOf(root);
  return Object.keys(format).length > 0 ? { ...numbered(blocks), format } : numbered(blocks);
}
