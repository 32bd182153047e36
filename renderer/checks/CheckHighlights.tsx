import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import type { Severity } from '../../shared/checks';
import { useChecks } from './ChecksContext';
import { domRangeFor } from './locate';

type HighlightApi = { highlights?: Map<string, unknown> };
type HighlightClass = new (...ranges: Range[]) => unknown;

/**
 * Underlines every finding in the page with the CSS Custom Highlight API: nothing is written into
 * the document, so undo, autosave and export never see the marks.
 */
export function CheckHighlights(): null {
  const [editor] = useLexicalComposerContext();
  const { findings } = useChecks();

  useEffect(() => {
    const registry = (globalThis.CSS as unknown as HighlightApi | undefined)?.highlights;
    const Highlight = (globalThis as unknown as { Highlight?: HighlightClass }).Highlight;
    if (!registry || !Highlight) return;
    const paint = () => {
      const keys = editor.getEditorState().read(() => $getRoot().getChildren().map((c) => c.getKey()));
      const ranges: Record<Severity, Range[]> = { error: [], warning: [], info: [] };
      for (const finding of findings) {
        const key = keys[finding.block];
        const element = key ? editor.getElementByKey(key) : null;
        const range = element ? domRangeFor(element, finding) : null;
        if (range) ranges[finding.severity].push(range);
      }
      for (const severity of ['error', 'warning', 'info'] as const) registry.set(`check-${severity}`, new Highlight(...ranges[severity]));
    };
    paint();
    return () => {
      for (const severity of ['error', 'warning', 'info']) registry.delete(`check-${severity}`);
    };
  }, [editor, findings]);
  return null;
}
