import { HEADING_NODE_TYPE } from '../../../shared/model/editorNodeTypes';
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
} from 'lexical';
import { $continueWithParagraph, $turnIntoParagraph } from './blockBehaviour';
import type { HeadingLevel } from '../../../shared/ipc/library';

export type SerializedReportHeadingNode = Spread<{ level: HeadingLevel; runIn?: boolean }, SerializedElementNode>;

/**
 * A numbered section heading of level 1–4. The number (一、（一）1.（1）) is not text: it is computed
 * from the heading's position and shown through `data-number`, so moving a section renumbers it.
 * A level-2, 3 or 4 heading may be run-in: printed at the start of its body paragraph.
 */
export class ReportHeadingNode extends ElementNode {
  __level: HeadingLevel;
  __runIn: boolean;

  static override getType(): string {
    return HEADING_NODE_TYPE;
  }

  static override clone(node: ReportHeadingNode): ReportHeadingNode {
    return new ReportHeadingNode(node.__level, node.__key, node.__runIn);
  }

  constructor(level: HeadingLevel = 1, key?: NodeKey, runIn = false) {
    super(key);
    this.__level = level;
    this.__runIn = runIn;
  }

  isRunIn(): boolean {
    return this.getLatest().__runIn;
  }

  /** Level-1 headings always stand on their own line. */
  setRunIn(runIn: boolean): this {
    const writable = this.getWritable();
    writable.__runIn = runIn && writable.__level > 1;
    return writable;
  }

  getLevel(): HeadingLevel {
    return this.getLatest().__level;
  }

  setLevel(level: HeadingLevel): this {
    const writable = this.getWritable();
    writable.__level = level;
    if (level === 1) writable.__runIn = false;
    return writable;
  }

  private className(config: EditorConfig): string {
    return `${config.theme.reportHeading ?? ''} level-${this.__level}${this.__runIn ? ' run-in' : ''}`.trim();
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = document.createElement('p');
    dom.className = this.className(config);
    dom.dataset.level = String(this.__level);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (prevNode.__level !== this.__level || prevNode.__runIn !== this.__runIn) {
      dom.className = this.className(config);
      dom.dataset.level = String(this.__level);
    }
    return false;
  }

  static override importJSON(json: SerializedReportHeadingNode): ReportHeadingNode {
    return $createReportHeadingNode(json.level).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedReportHeadingNode>): this {
    return super.updateFromJSON(json).setLevel(json.level).setRunIn(json.runIn ?? false);
  }

  override exportJSON(): SerializedReportHeadingNode {
    return { ...super.exportJSON(), level: this.getLevel(), ...(this.isRunIn() ? { runIn: true } : {}) };
  }

  /** Enter at the end of a heading continues with body text, as writers expect. */
  override insertNewAfter(selection: RangeSelection, restoreSelection = true): ElementNode {
    return $continueWithParagraph(this, restoreSelection, selection);
  }

  override collapseAtStart(): boolean {
    return $turnIntoParagraph(this);
  }
}

export function $createReportHeadingNode(level: HeadingLevel): ReportHeadingNode {
  return $applyNodeReplacement(new ReportHeadingNode(level));
}

export function $isReportHeadingNode(node: LexicalNode | null | undefined): node is ReportHeadingNode {
  return node instanceof ReportHeadingNode;
}
