import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { BODY_CHAR_TWIPS, LINE_PITCH_TWIPS } from '../../../../shared/export/gbt9704';
import type { PrintedParagraph } from '../../../../shared/export/printed';
import { attachmentPlaces } from '../../../../shared/export/attachments';
import { signOffPlaces } from '../../../../shared/export/signOff';
import { textBlockNodeTypes } from '../../../../shared/model/editorNodeTypes';
import { $getReportFormat } from '../../format';

const roleOf: Record<string, 'signature' | 'date' | 'attachment' | 'body'> = {
  [textBlockNodeTypes.signature]: 'signature',
  [textBlockNodeTypes.date]: 'date',
  [textBlockNodeTypes.attachment]: 'attachment',
};

const pt = (chars: number) => `${((chars * BODY_CHAR_TWIPS) / 20).toFixed(2)}pt`;
const lines = (count: number) => `${((count * LINE_PITCH_TWIPS) / 20).toFixed(2)}pt`;

/**
 * Sets the signature block and the 附件说明 on screen where the Word file sets them (signOff.ts,
 * attachments.ts): indents and the blank lines above them, so the page view's lines are the paper's.
 */
export function PlacementPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // The elements placed last time, by node key: those that lose their place are cleared.
    let placed = new Map<string, string>();
    const apply = () => {
      const { keys, signOff, attachments } = editor.getEditorState().read(() => {
        const children = $getRoot().getChildren();
        const paragraphs = children.map((child): PrintedParagraph => {
          const role = roleOf[child.getType()] ?? 'body';
          return { role, text: role === 'body' ? '' : child.getTextContent() };
        });
        return {
          keys: children.map((c) => c.getKey()),
          signOff: signOffPlaces(paragraphs, $getReportFormat().seal === true),
          attachments: attachmentPlaces(paragraphs),
        };
      });
      // Only the elements whose place changed are written: a keystroke elsewhere touches no style.
      const next = new Map<string, string>();
      keys.forEach((key, index) => {
        const place = signOff.get(index);
        const attachment = attachments.get(index);
        if (!place && !attachment) return;
        const blank = place?.blankBefore ?? attachment?.blankBefore ?? 0;
        next.set(key, [place ? pt(place.right) : '', attachment ? pt(attachment.left) : '', attachment ? `-${pt(attachment.hanging)}` : '', lines(blank)].join('|'));
      });
      for (const key of new Set([...placed.keys(), ...next.keys()])) {
        const element = editor.getElementByKey(key);
        if (!element) continue;
        // Compared with the element itself, so an element Lexical made anew gets its place again.
        const [right = '', left = '', indent = '', top = ''] = next.get(key)?.split('|') ?? [];
        if (element.style.paddingRight !== right) element.style.paddingRight = right;
        if (element.style.paddingLeft !== left) element.style.paddingLeft = left;
        if (element.style.textIndent !== indent) element.style.textIndent = indent;
        if (element.style.marginTop !== top) element.style.marginTop = top;
      }
      placed = next;
    };
    apply();
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) apply();
    });
  }, [editor]);
  return null;
}
