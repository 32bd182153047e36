import { textBlockNodeTypes } from '../../../shared/model/editorNodeTypes';
import { $applyNodeReplacement, type LexicalNode, type SerializedElementNode } from 'lexical';
import { ReportBlockNode } from './ReportBlockNode';

/** 落款（发文机关），右对齐。 */
export class SignatureNode extends ReportBlockNode {
  static override getType(): string {
    return textBlockNodeTypes.signature;
  }

  static override clone(node: SignatureNode): SignatureNode {
    return new SignatureNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): SignatureNode {
    return $createSignatureNode().updateFromJSON(json);
  }

  protected themeKey(): string {
    return 'reportSignature';
  }
}

export function $createSignatureNode(): SignatureNode {
  return $applyNodeReplacement(new SignatureNode());
}

export function $isSignatureNode(node: LexicalNode | null | undefined): node is SignatureNode {
  return node instanceof SignatureNode;
}
