import { textBlockNodeTypes } from '../../../shared/model/editorNodeTypes';
import {
  $applyNodeReplacement,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';
import { $continueWithParagraph, $turnIntoParagraph } from './blockBehaviour';

/** The report title: 2号 小标宋, centred (GB/T 9704-2012); may wrap over several lines. */
export class TitleNode extends ElementNode {
  static override getType(): string {
    return textBlockNodeTypes.title;
  }

  static override clone(node: TitleNode): TitleNode {
    return new TitleNode(node.__key);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = document.createElement('h1');
    dom.className = config.theme.reportTitle ?? '';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  static override importJSON(json: SerializedElementNode): TitleNode {
    return $createTitleNode().updateFromJSON(json);
  }

  override insertNewAfter(selection: RangeSelection, restoreSelection = true): ElementNode {
    return $continueWithParagraph(this, restoreSelection, selection);
  }

  override collapseAtStart(): boolean {
    return $turnIntoParagraph(this);
  }
}

export function $createTitleNode(): TitleNode {
  return $applyNodeReplacement(new TitleNode());
}

export function $isTitleNode(node: LexicalNode | null | undefined): node is TitleNode {
  return node instanceof TitleNode;
}
