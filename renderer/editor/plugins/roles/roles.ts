import {
  $createParagraphNode,
  $getRoot,
  $isElementNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $setSelection,
  createCommand,
  createState,
  $getState,
  $setState,
  type ElementNode,
  type LexicalCommand,
  type LexicalNode,
} from 'lexical';
import { attachmentLine, closingLine, dateLine, isAddresseeLine, isSignatureLine, isTitleLine } from '../../../../shared/genre/roles';
import { $createAddresseeNode, $isAddresseeNode } from '../../nodes/AddresseeNode';
import { $createAttachmentNode, $isAttachmentNode } from '../../nodes/AttachmentNode';
import { $createClosingNode, $isClosingNode } from '../../nodes/ClosingNode';
import { $createDateNode, $isDateNode } from '../../nodes/DateNode';
import { $isReportHeadingNode } from '../../nodes/ReportHeadingNode';
import { $isReportTableNode } from '../../nodes/ReportTableNode';
import { $createSignatureNode, $isSignatureNode } from '../../nodes/SignatureNode';
import { $createTitleNode, $isTitleNode } from '../../nodes/TitleNode';

/** The parts of a report that are not body text, which the user can set or clear on a paragraph. */
export const ROLES = ['title', 'addressee', 'closing', 'attachment', 'signature', 'date'] as const;
export type Role = (typeof ROLES)[number];

export const SET_BLOCK_ROLE_COMMAND: LexicalCommand<Role | 'body'> = createCommand('SET_BLOCK_ROLE');

/**
 * `auto` marks a role the editor recognised as the user typed (it goes again when the text no
 * longer fits); `manual` a role the user set or cleared, which recognition then leaves alone.
 */
export const roleOrigin = createState('roleOrigin', {
  parse: (value): 'auto' | 'manual' | null => (value === 'auto' || value === 'manual' ? value : null),
});

const create: Record<Role, () => ElementNode> = {
  title: $createTitleNode,
  addressee: $createAddresseeNode,
  closing: $createClosingNode,
  attachment: $createAttachmentNode,
  signature: $createSignatureNode,
  date: $createDateNode,
};

export function $roleOf(node: LexicalNode | null | undefined): Role | 'body' | null {
  if ($isTitleNode(node)) return 'title';
  if ($isAddresseeNode(node)) return 'addressee';
  if ($isClosingNode(node)) return 'closing';
  if ($isAttachmentNode(node)) return 'attachment';
  if ($isSignatureNode(node)) return 'signature';
  if ($isDateNode(node)) return 'date';
  if ($isParagraphNode(node)) return 'body';
  return null;
}

/** Gives a top-level paragraph or role block another role, keeping its text and the caret in it. */
export function $setRole(block: ElementNode, role: Role | 'body', origin: 'auto' | 'manual'): ElementNode {
  if ($roleOf(block) === role) return $setState(block, roleOrigin, origin);
  const next = role === 'body' ? $createParagraphNode() : create[role]();
  $setState(next, roleOrigin, origin);
  block.replace(next, true);
  // The block's DOM is made anew: the browser's caret must be put back into it, or the next key
  // (Ctrl+End, an arrow) starts from nowhere while the editor's caret is still here.
  const selection = $getSelection();
  if ($isRangeSelection(selection)) $setSelection(selection.clone());
  return next;
}

const hasText = (node: LexicalNode) => node.getTextContent().trim() !== '';

/** After the last heading, table or body paragraph with text: where 结语, 附件, 落款 and 日期 stand. */
function $isAfterBody(block: LexicalNode): boolean {
  for (let next = block.getNextSibling(); next; next = next.getNextSibling()) {
    if ($isReportHeadingNode(next) || $isReportTableNode(next)) return false;
    if ($isParagraphNode(next) && hasText(next)) return false;
  }
  return true;
}

const $previousWithText = (block: LexicalNode) => {
  let previous = block.getPreviousSibling();
  while (previous && !hasText(previous)) previous = previous.getPreviousSibling();
  return previous;
};

const $nextWithText = (block: LexicalNode) => {
  let next = block.getNextSibling();
  while (next && !hasText(next)) next = next.getNextSibling();
  return next;
};

/**
 * The role a block's text and place give it, by the import parser's rules, judged by the line's own
 * shape first and then by where it stands, never by what comes after it: the title is the first
 * line; the addressee is the line right after the title; 结语, 附件说明, 落款 and 日期 follow the last
 * body paragraph, and a signature stands after the closing or an attachment, or right above the date.
 */
export function $recognisedRole(block: ElementNode): Role | null {
  const text = block.getTextContent().trim();
  if (text === '') return null;
  // Most lines are body text by their shape alone: no walk along the draft for them.
  const title = isTitleLine(text);
  const addressee = isAddresseeLine(text);
  const signature = isSignatureLine(text);
  const closing = closingLine.test(text);
  const date = dateLine.test(text);
  const attachment = attachmentLine.test(text);
  if (!title && !addressee && !signature && !closing && !date && !attachment) return null;
  const root = $getRoot();
  if (title && root.getFirstChild()?.is(block) && !root.getChildren().some((child) => $isTitleNode(child) && !child.is(block))) return 'title';
  const previous = $previousWithText(block);
  if (addressee && $isTitleNode(previous)) return 'addressee';
  if (!$isAfterBody(block)) return null;
  if (closing) return 'closing';
  if (date) return 'date';
  if (attachment) return 'attachment';
  if (signature && ($isClosingNode(previous) || $isAttachmentNode(previous) || $isSignatureNode(previous) || $isDateNode($nextWithText(block)))) return 'signature';
  return null;
}

/** Recognises the role of a block the user just changed, and of the line above a new date. */
export function $recogniseRole(block: ElementNode): void {
  if (!block.getParent()?.is($getRoot())) return;
  const current = $roleOf(block);
  const origin = $getState(block, roleOrigin);
  if (current === null || origin === 'manual') return;
  // A title the report came with (新建文稿, 打开, a paste) is the title whatever the user types in it.
  if (current === 'title' && origin !== 'auto') return;
  const role = $recognisedRole(block);
  if (role === null) {
    if (current !== 'body') $setRole(block, 'body', 'auto');
    return;
  }
  if (role === current) return;
  const next = $setRole(block, role, 'auto');
  if (role === 'date') {
    const above = $previousWithText(next);
    if ($isElementNode(above) && $roleOf(above) === 'body' && $getState(above, roleOrigin) !== 'manual' && isSignatureLine(above.getTextContent().trim())) {
      $setRole(above, 'signature', 'auto');
    }
  }
}
