import { textBlockNodeTypes } from '../../../shared/model/editorNodeTypes';
import { $applyNodeReplacement, type LexicalNode, type SerializedElementNode } from 'lexical';
import { ReportBlockNode } from './ReportBlockNode';

/** 主送机关：一行，顶格，以全角冒号结尾。 */
export class AddresseeNode extends ReportBlockNode {
  static override getType(): string {
    return textBlockNodeTypes.addressee;
  }

  static override clone(node: AddresseeNode): AddresseeNode {
    return new AddresseeNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): AddresseeNode {
    return $createAddresseeNode().updateFromJSON(json);
  }

  protected themeKey(): string {
    return 'reportAddressee';
  }
}

export function $createAddresseeNode(): AddresseeNode {
  return $applyNodeReplacement(new AddresseeNode());
}

export function $isAddresseeNode(node: LexicalNode | null | undefined): node is AddresseeNode {
  return node instanceof AddresseeNode;
}
