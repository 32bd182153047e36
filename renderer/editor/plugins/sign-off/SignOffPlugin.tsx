import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { BODY_CHAR_TWIPS, LINE_PITCH_TWIPS } from '../../../../shared/export/gbt9704';
import type { PrintedParagraph } from '../../../../shared/export/printed';
import { signOffPlaces } from '../../../../shared/export/signOff';
import { textBlockNodeTypes } from '../../../../shared/model/editorNodeTypes';
import { $getReportFormat } from '../../format';

/**
 * Sets the signature block on screen where the Word file sets it (signOff.ts): each line's distance
 * from the right edge and the blank lines above it, so the page view's lines are the paper's.
 */
export function SignOffPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const apply = () => {
      const { keys, places } = editor.getEditorState().read(() => {
        const children = $getRoot().getChildren();
        const paragraphs = children.map((child): PrintedParagraph => {
          const type = child.getType();
          const role = type === textBlockNodeTypes.signature ? 'signature' : type === textBlockNodeTypes.date ? 'date' : 'body';
          return { role, text: role === 'body' ? '' : child.getTextContent() };
        });
        return { keys: children.map((c) => c.getKey()), places: signOffPlaces(paragraphs, $getReportFormat().seal === true) };
      });
      keys.forEach((key, index) => {
        const element = editor.getElementByKey(key);
        if (!element) return;
        const place = places.get(index);
        element.style.paddingRight = place ? `${((place.right * BODY_CHAR_TWIPS) / 20).toFixed(2)}pt` : '';
        element.style.marginTop = place ? `${((place.blankBefore * LINE_PITCH_TWIPS) / 20).toFixed(2)}pt` : '';
      });
    };
    apply();
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) apply();
    });
  }, [editor]);
  return null;
}
