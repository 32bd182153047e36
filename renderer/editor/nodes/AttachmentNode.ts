import { textBlockNodeTypes } from '../../../shared/model/editorNodeTypes';
import { $applyNodeReplacement, type LexicalNode, type SerializedElementNode } from 'lexical';
import { ReportBlockNode } from './ReportBlockNode';

/** 附件说明（附件：1.……），正文之后、落款之前，左空二字。 */
export class AttachmentNode extends ReportBlockNode {
  static override getType(): string {
    return textBlockNodeTypes.attachment;
  }

  static override clone(node: AttachmentNode): AttachmentNode {
    return new AttachmentNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): AttachmentNode {
    return $createAttachmentNode().updateFromJSON(json);
  }

  protected themeKey(): string {
    return 'reportAttachment';
  }
}

export function $createAttachmentNode(): AttachmentNode {
  return $applyNodeReplacement(new AttachmentNode());
}

export function $isAttachmentNode(node: LexicalNode | null | undefined): node is AttachmentNode {
  return node instanceof AttachmentNode;
}
