import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isTextNode, TextNode, mergeRegister, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { TITLE_CHARS_PER_LINE } from '../../../../shared/export/gbt9704';
import { titleLines } from '../../../../shared/export/titleLines';
import { TitleNode } from '../../nodes/TitleNode';

/**
 * The text run that starts title line `line` (2, 3, …) carries this style; editor.css draws a line
 * break before it (`::before { content: '\A' }`), so the title breaks on screen exactly where
 * titleLines breaks it in the Word file, never inside a word. The style is a marker only: the text
 * stays the same. Each line's marker is its own: two runs alike side by side are merged by Lexical's
 * normalisation, which would undo the split and run this transform again without end (Lexical error
 * #14 on a title of three lines).
 */
export const titleBreakStyle = (line: number): string => `--title-break: ${line}`;

/** Code-point offsets where lines 2, 3, … of the title start. */
function breaksOf(text: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const line of titleLines(text, TITLE_CHARS_PER_LINE).slice(0, -1)) {
    at += [...line].length;
    offsets.push(at);
  }
  return offsets;
}

const isPlainText = (node: LexicalNode): node is TextNode => $isTextNode(node) && node.getType() === 'text';

function $breakTitle(title: TitleNode): void {
  const breaks = breaksOf(title.getTextContent());
  const wanted = new Set(breaks);
  // Split the runs so that every wanted break starts a run of its own…
  let at = 0;
  for (const child of title.getChildren()) {
    const chars = [...child.getTextContent()];
    if (isPlainText(child)) {
      const inside = [...wanted].filter((offset) => offset > at && offset < at + chars.length).sort((a, b) => a - b);
      if (inside.length > 0) child.splitText(...inside.map((offset) => chars.slice(0, offset - at).join('').length));
    }
    at += chars.length;
  }
  // …then mark the runs that start a line, in the same update, before runs alike are merged again.
  at = 0;
  for (const child of title.getChildren()) {
    if (isPlainText(child)) {
      const style = wanted.has(at) ? titleBreakStyle(breaks.indexOf(at) + 2) : '';
      if (child.getStyle() !== style) child.setStyle(style);
    }
    at += [...child.getTextContent()].length;
  }
}

/** Keeps the title's line breaks where the Word file has them as the title is typed. */
export function TitleLinesPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const rebreak = (title: TitleNode) => {
      // Splitting runs under an input method would end the composition; it ends with an update of its own.
      if (!editor.isComposing()) $breakTitle(title);
    };
    return mergeRegister(
      editor.registerNodeTransform(TitleNode, rebreak),
      // Typing changes a run of the title, not the title itself.
      editor.registerNodeTransform(TextNode, (text) => {
        const parent = text.getParent();
        if (parent instanceof TitleNode) rebreak(parent);
      }),
    );
  }, [editor]);
  return null;
}
