import {
  $applyNodeReplacement,
  $createParagraphNode,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type ParagraphNode,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';

/** The report title: 2号 小标宋, centred (GB/T 9704-2012); may wrap over several lines. */
export class TitleNode extends ElementNode {
  static override getType(): string {
    return 'report-title';
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

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ParagraphNode {
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  override collapseAtStart(): boolean {
    const paragraph = $createParagraphNode();
    this.getChildren().forEach((child) => paragraph.append(child));
    this.replace(paragraph);
    return true;
  }
}

export function $createTitleNode(): TitleNode {
  return $applyNodeReplacement(new TitleNode());
}

export function $isTitleNode(node: LexicalNode | null | undefined): node is TitleNode {
  return node instanceof TitleNode;
}
