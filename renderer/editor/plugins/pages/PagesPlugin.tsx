import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import { layoutDocument, type PageLayout } from '../../../../shared/export/pages';
import { documentFromLexical } from '../../../../shared/model/documentFromLexical';
import { editorStrings } from '../../strings';

const t = editorStrings.pages;
import { pageAt, pageTops } from './pagePositions';

/** Where the caret is among the pages, for the status bar. */
export interface PageStatus {
  page: number;
  pages: number;
}

interface Props {
  onStatus: (status: PageStatus) => void;
}

/** The first printed line of a page (a blank line before a signature is skipped), as the Word file has it. */
function firstText(layout: PageLayout, start: number): string {
  for (let at = start; at < layout.slots.length; at++) {
    const slot = layout.slots[at];
    if (slot?.kind === 'text') return slot.text;
  }
  return '';
}

/** The caret's top in the page's unzoomed pixels, or null when the caret is not in the editor. */
function caretTop(root: HTMLElement, page: HTMLElement): number | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !root.contains(selection.anchorNode)) return null;
  const range = selection.getRangeAt(0).cloneRange();
  range.collapse(true);
  let rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  // An empty line has no glyph to measure: its element stands for it.
  if (rect.top === 0 && rect.height === 0) {
    const node = selection.anchorNode;
    const element = node instanceof HTMLElement ? node : node?.parentElement;
    if (element) rect = element.getBoundingClientRect();
  }
  const pageRect = page.getBoundingClientRect();
  const scale = page.offsetWidth > 0 ? pageRect.width / page.offsetWidth : 1;
  return (rect.top - pageRect.top) / scale;
}

/**
 * The page view: the report stays one editor; where the Word file starts each page (the export's own
 * layout, shared/export/pages.ts) a boundary is drawn at the line where that text stands on screen,
 * with the number of the page it ends (odd pages on the right, even on the left, as printed).
 */
export function PagesPlugin({ onStatus }: Props) {
  const [editor] = useLexicalComposerContext();
  const [tops, setTops] = useState<number[]>([]);
  const [firsts, setFirsts] = useState<string[]>([]);
  const [end, setEnd] = useState<number | null>(null);
  const layoutRef = useRef<PageLayout | null>(null);
  const topsRef = useRef<number[]>([]);
  const version = useRef(0);
  const [shown, setShown] = useState(0);

  useEffect(() => {
    const place = () => {
      const root = editor.getRootElement();
      const page = root?.closest<HTMLElement>('.page');
      const layout = layoutRef.current;
      if (!root || !page || !layout) return;
      const next = pageTops(layout, root, page);
      topsRef.current = next;
      setTops(next);
      setFirsts(layout.pageStarts.slice(1).map((start) => firstText(layout, start)));
      const rootRect = root.getBoundingClientRect();
      const pageRect = page.getBoundingClientRect();
      const scale = page.offsetWidth > 0 ? pageRect.width / page.offsetWidth : 1;
      setEnd((rootRect.bottom - pageRect.top) / scale);
      version.current++;
      setShown(version.current);
      report();
    };
    const report = () => {
      const root = editor.getRootElement();
      const page = root?.closest<HTMLElement>('.page');
      const layout = layoutRef.current;
      if (!root || !page || !layout) return;
      const y = caretTop(root, page);
      onStatus({ page: y === null ? 1 : pageAt(topsRef.current, y), pages: layout.pageStarts.length });
    };
    const relayout = () => {
      layoutRef.current = layoutDocument(documentFromLexical(editor.getEditorState().toJSON()));
      place();
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0 || !layoutRef.current) relayout();
      else report();
    });
    // Fonts arriving or the window changing width move the lines: the boundaries follow them.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => place());
    const unregisterRoot = editor.registerRootListener((root) => {
      observer?.disconnect();
      if (root) observer?.observe(root);
    });
    document.addEventListener('selectionchange', report);
    relayout();
    return () => {
      unregister();
      unregisterRoot();
      observer?.disconnect();
      document.removeEventListener('selectionchange', report);
    };
  }, [editor, onStatus]);

  const pages = tops.length + 1;
  return (
    <div className="page-layer" aria-hidden="true" data-pages={pages} data-version={shown}>
      {tops.map((top, i) =>
        Number.isFinite(top) ? (
          <div key={i} className={`page-boundary ${(i + 1) % 2 === 1 ? 'odd' : 'even'}`} style={{ top }} data-page={i + 2} data-first={firsts[i]}>
            <span className="page-number">{t.number(i + 1)}</span>
            <span className="page-next">{t.label(i + 2)}</span>
          </div>
        ) : null,
      )}
      {end !== null && (
        <div className={`page-end ${pages % 2 === 1 ? 'odd' : 'even'}`} style={{ top: end }}>
          <span className="page-number">{t.number(pages)}</span>
        </div>
      )}
    </div>
  );
}
