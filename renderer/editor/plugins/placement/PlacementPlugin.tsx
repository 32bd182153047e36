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
      keys.forEach((key, index) => {
        const element = editor.getElementByKey(key);
        if (!element) return;
        const place = signOff.get(index);
        const attachment = attachments.get(index);
        element.style.paddingRight = place ? pt(place.right) : '';
        element.style.paddingLeft = attachment ? pt(attachment.left) : '';
        element.style.textIndent = attachment ? `-${pt(attachment.hanging)}` : '';
        const blank = place?.blankBefore ?? attachment?.blankBefore;
        element.style.marginTop = blank === undefined ? '' : lines(blank);
      });
    };
    apply();
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) apply();
    });
  }, [editor]);
  return null;
}
