import {
  ElementNode,
  type EditorConfig,
  type RangeSelection,
} from 'lexical';
import { $continueWithParagraph, $turnIntoParagraph } from './blockBehaviour';

/**
 * Shared behaviour of the report's fixed-format blocks (addressee, closing, signature, date): a
 * styled paragraph; Enter continues with body text and Backspace at its start turns it back into
 * body text. Each block is its own node type in its own file.
 */
export abstract class ReportBlockNode extends ElementNode {
  /** The theme class that gives the block its GB/T 9704 layout. */
  protected abstract themeKey(): string;

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = document.createElement('p');
    dom.className = (config.theme[this.themeKey()] as string | undefined) ?? '';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override insertNewAfter(selection: RangeSelection, restoreSelection = true): ElementNode {
    return $continueWithParagraph(this, restoreSelection, selection);
  }

  override collapseAtStart(): boolean {
    return $turnIntoParagraph(this);
  }
}
