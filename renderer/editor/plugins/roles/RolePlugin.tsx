import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isElementNode, $isRangeSelection, COMMAND_PRIORITY_EDITOR, ParagraphNode, TextNode, type ElementNode, type Klass } from 'lexical';
import { useEffect } from 'react';
import { AddresseeNode } from '../../nodes/AddresseeNode';
import { AttachmentNode } from '../../nodes/AttachmentNode';
import { ClosingNode } from '../../nodes/ClosingNode';
import { DateNode } from '../../nodes/DateNode';
import { SignatureNode } from '../../nodes/SignatureNode';
import { TitleNode } from '../../nodes/TitleNode';
import { $recogniseRole, $roleOf, $setRole, SET_BLOCK_ROLE_COMMAND } from './roles';

const recognised: Klass<ElementNode>[] = [ParagraphNode, TitleNode, AddresseeNode, ClosingNode, AttachmentNode, SignatureNode, DateNode];

/**
 * 标题, 主送机关, 结语, 附件说明, 落款 and 成文日期 as the user types them: a paragraph whose text and
 * place make it one becomes that block (and sits on screen as on paper); the toolbar and the context
 * menu set or clear the role by hand, and a role set by hand stays. Typing into a line changes its
 * text, not the block (Lexical runs a block's transform only when the block itself changes), so the
 * text's own transform asks too; never while an input method composes, which the block's
 * replacement would end: the commit is an update of its own.
 */
export function RolePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        ...recognised.map((klass) =>
          editor.registerNodeTransform(klass, (block) => {
            if (!editor.isComposing()) $recogniseRole(block);
          }),
        ),
        editor.registerNodeTransform(TextNode, (text) => {
          const block = text.getParent();
          if (!editor.isComposing() && $isElementNode(block)) $recogniseRole(block);
        }),
        editor.registerCommand(
          SET_BLOCK_ROLE_COMMAND,
          (role) => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            const blocks = new Set(selection.getNodes().map((n) => n.getTopLevelElement()));
            blocks.add(selection.anchor.getNode().getTopLevelElement());
            for (const block of blocks) if ($isElementNode(block) && $roleOf(block) !== null) $setRole(block, role, 'manual');
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
