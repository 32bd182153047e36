import { TABLE_NODE_TYPE } from '../../../shared/model/editorNodeTypes';
import {
  $applyNodeReplacement,
  DecoratorNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';

export type SerializedReportTableNode = Spread<{ rows: string[][] }, SerializedLexicalNode>;

/**
 * A table of statistics from an imported or opened report. It is kept as a table, so export writes
 * a Word table, and shown read-only: reports take their numbers from elsewhere, they do not edit them here.
 */
export class ReportTableNode extends DecoratorNode<JSX.Element> {
  __rows: string[][];

  static override getType(): string {
    return TABLE_NODE_TYPE;
  }

  static override clone(node: ReportTableNode): ReportTableNode {
    return new ReportTableNode(node.__rows, node.__key);
  }

  constructor(rows: string[][] = [], key?: NodeKey) {
    super(key);
    this.__rows = rows;
  }

  getRows(): string[][] {
    return this.getLatest().__rows;
  }

  static override importJSON(json: SerializedReportTableNode): ReportTableNode {
    return $createReportTableNode(Array.isArray(json.rows) ? json.rows : []);
  }

  override exportJSON(): SerializedReportTableNode {
    return { ...super.exportJSON(), rows: this.getRows() };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = document.createElement('div');
    dom.className = (config.theme.reportTable as string | undefined) ?? '';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  // A table is a block of its own: as an inline node Lexical would wrap it in a paragraph, and the
  // report document (and with it the Word file) would see an empty paragraph instead of the table.
  override isInline(): boolean {
    return false;
  }

  override getTextContent(): string {
    return `${this.getRows().map((row) => row.join('\t')).join('\n')}\n`;
  }

  override decorate(): JSX.Element {
    const [head, ...body] = this.getRows();
    return (
      <table>
        {head && (
          <thead>
            <tr>{head.map((cell, i) => <th key={i}>{cell}</th>)}</tr>
          </thead>
        )}
        <tbody>
          {body.map((row, r) => (
            <tr key={r}>{row.map((cell, i) => <td key={i}>{cell}</td>)}</tr>
          ))}
        </tbody>
      </table>
    );
  }
}

export function $createReportTableNode(rows: string[][]): ReportTableNode {
  return $applyNodeReplacement(new ReportTableNode(rows));
}

export function $isReportTableNode(node: LexicalNode | null | undefined): node is ReportTableNode {
  return node instanceof ReportTableNode;
}
