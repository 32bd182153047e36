import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { layoutDocument, type PageLayout } from '../../../../shared/export/pages';
import { editorStrings } from '../../strings';

const t = editorStrings.pages;
import { firstRect, pageAt, pageTops } from './pagePositions';
import { documentOf } from '../../documentOf';

/** What the layer draws: the tops of pages 2, 3, …, their first lines, and the end of the last page. */
interface Shown {
  tops: number[];
  firsts: string[];
  end: number | null;
  version: number;
}

/** Where the caret is among the pages, for the status bar. */
export interface PageStatus {
  page: number;
  pages: number;
}

interface Props {
  onStatus: (status: PageStatus) => void;
}

/** More changed text runs than this are a draft replaced, not a keystroke. */
const LARGE_CHANGE_RUNS = 200;

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
  let rect = firstRect(range);
  // An empty line has no glyph to measure: its element stands for it.
  if (!rect || (rect.top === 0 && rect.height === 0)) {
    const node = selection.anchorNode;
    const element = node instanceof HTMLElement ? node : node?.parentElement;
    if (element) rect = element.getBoundingClientRect();
  }
  if (!rect) return null;
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
  const [shown, setShown] = useState<Shown>({ tops: [], firsts: [], end: null, version: 0 });
  const layoutRef = useRef<PageLayout | null>(null);
  const topsRef = useRef<number[]>([]);
  const version = useRef(0);

  useEffect(() => {
    let last: PageStatus = { page: 0, pages: 0 };
    let stale = false;
    const place = () => {
      const root = editor.getRootElement();
      const page = root?.closest<HTMLElement>('.page');
      const layout = layoutRef.current;
      // The old layout on the new text would be measured for nothing: the new one places it soon.
      if (!root || !page || !layout || stale) return;
      const tops = pageTops(layout, root, page);
      topsRef.current = tops;
      // The last page ends after the 版记 when there is one.
      const rootRect = (page.querySelector('.report-frame-colophon') ?? root).getBoundingClientRect();
      const pageRect = page.getBoundingClientRect();
      const scale = page.offsetWidth > 0 ? pageRect.width / page.offsetWidth : 1;
      const next: Shown = {
        tops,
        firsts: layout.pageStarts.slice(1).map((start) => firstText(layout, start)),
        end: (rootRect.bottom - pageRect.top) / scale,
        version: ++version.current,
      };
      // Drawn in this frame, with the keystroke that moved them, not a task later.
      flushSync(() => setShown(next));
      report();
    };
    const report = () => {
      const root = editor.getRootElement();
      const page = root?.closest<HTMLElement>('.page');
      const layout = layoutRef.current;
      // Until a replaced draft is laid out, measuring the caret would only force the browser to lay the
      // new text out before its first paint, for a page number of the old layout.
      if (!root || !page || !layout || stale) return;
      const y = caretTop(root, page);
      const status = { page: y === null ? 1 : pageAt(topsRef.current, y), pages: layout.pageStarts.length };
      // Only a change reaches the status bar: moving the caret within a page re-renders nothing.
      if (status.page === last.page && status.pages === last.pages) return;
      last = status;
      onStatus(status);
    };
    const relayout = () => {
      layoutRef.current = layoutDocument(documentOf(editor));
      stale = false;
      place();
    };
    // A change of many runs (a draft opened, a long paste) is laid out after the text is painted,
    // so the page view never delays seeing the draft; a keystroke's change is laid out at once.
    let deferred: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0 && layoutRef.current) {
        report();
        return;
      }
      clearTimeout(deferred);
      // A state set whole (a draft opened) marks only the root, as Lexical's setEditorState does.
      const replaced = dirtyLeaves.size === 0 && dirtyElements.size === 1 && dirtyElements.get('root') === false;
      if (replaced || dirtyLeaves.size > LARGE_CHANGE_RUNS) {
        stale = true;
        requestAnimationFrame(() => (deferred = setTimeout(relayout, 0)));
      } else relayout();
    });
    // Fonts arriving or the window changing width move the lines: placed again after that frame.
    let resized: ReturnType<typeof setTimeout> | undefined;
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            clearTimeout(resized);
            resized = setTimeout(place, 0);
          });
    // The 版头 or 版记 appearing above or below the text moves every line without resizing the text.
    const framed = new MutationObserver(() => {
      clearTimeout(resized);
      resized = setTimeout(place, 0);
    });
    const unregisterRoot = editor.registerRootListener((root) => {
      observer?.disconnect();
      framed.disconnect();
      if (root) observer?.observe(root);
      const page = root?.closest('.page');
      if (page) framed.observe(page, { childList: true });
    });
    document.addEventListener('selectionchange', report);
    relayout();
    return () => {
      clearTimeout(deferred);
      clearTimeout(resized);
      unregister();
      unregisterRoot();
      observer?.disconnect();
      framed.disconnect();
      document.removeEventListener('selectionchange', report);
    };
  }, [editor, onStatus]);

  const { tops, firsts, end } = shown;
  const pages = tops.length + 1;
  return (
    <div className="page-layer" aria-hidden="true" data-pages={pages} data-version={shown.version}>
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
