import {
  $applyNodeReplacement,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
  type Spread,
  $createParagraphNode,
  type ParagraphNode,
} from 'lexical';
import type { HeadingLevel } from '../../../shared/model/library';

export type SerializedReportHeadingNode = Spread<{ level: HeadingLevel }, SerializedElementNode>;

/**
 * A numbered section heading of level 1–4. The number (一、（一）1.（1）) is not text: it is computed
 * from the heading's position and shown through `data-number`, so moving a section renumbers it.
 */
export class ReportHeadingNode extends ElementNode {
  __level: HeadingLevel;

  static override getType(): string {
    return 'report-heading';
  }

  static override clone(node: ReportHeadingNode): ReportHeadingNode {
    return new ReportHeadingNode(node.__level, node.__key);
  }

  constructor(level: HeadingLevel = 1, key?: NodeKey) {
    super(key);
    this.__level = level;
  }

  getLevel(): HeadingLevel {
    return this.getLatest().__level;
  }

  setLevel(level: HeadingLevel): this {
    const writable = this.getWritable();
    writable.__level = level;
    return writable;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = document.createElement('p');
    dom.className = `${config.theme.reportHeading ?? ''} level-${this.__level}`.trim();
    dom.dataset.level = String(this.__level);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (prevNode.__level !== this.__level) {
      dom.className = `${config.theme.reportHeading ?? ''} level-${this.__level}`.trim();
      dom.dataset.level = String(this.__level);
    }
    return false;
  }

  static override importJSON(json: SerializedReportHeadingNode): ReportHeadingNode {
    return $createReportHeadingNode(json.level).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedReportHeadingNode>): this {
    return super.updateFromJSON(json).setLevel(json.level);
  }

  override exportJSON(): SerializedReportHeadingNode {
    return { ...super.exportJSON(), level: this.getLevel() };
  }

  /** Enter at the end of a heading continues with body text, as writers expect. */
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

export function $createReportHeadingNode(level: HeadingLevel): ReportHeadingNode {
  return $applyNodeReplacement(new ReportHeadingNode(level));
}

export function $isReportHeadingNode(node: LexicalNode | null | undefined): node is ReportHeadingNode {
  return node instanceof ReportHeadingNode;
}
