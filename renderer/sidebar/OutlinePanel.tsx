import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { ArrowDown, ArrowUp, GripVertical } from 'lucide-react';
import { useState } from 'react';
import { numberHeadings } from '../../shared/model/numbering';
import type { HeadingLevel } from '../../shared/ipc/library';
import { strings } from '../kit/strings';
import { $isReportHeadingNode } from '../editor/nodes/ReportHeadingNode';
import { $headings, $moveSection, $moveSectionBefore } from '../editor/sections';
import { useDocumentSnapshot } from './useDocumentSnapshot';
import './sidebar.css';

interface OutlineEntry {
  key: string;
  level: HeadingLevel;
  number: string;
  text: string;
}

function $outline(): OutlineEntry[] {
  const headings = $headings();
  const numbers = numberHeadings(headings.map((h) => h.getLevel()));
  return headings.map((h, i) => ({ key: h.getKey(), level: h.getLevel(), number: numbers[i] ?? '', text: h.getTextContent() }));
}

/** The 大纲 tab: every heading with its number; click to jump, drag or use the arrows to move a section. */
export function OutlinePanel() {
  const [editor] = useLexicalComposerContext();
  const outline = useDocumentSnapshot($outline, []);
  const [dragged, setDragged] = useState<string | null>(null);

  const jump = (key: string) => {
    editor.update(() => $getNodeByKey(key)?.selectEnd());
    editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
    editor.focus();
  };
  /**
   * Moves a section and keeps the focus on the arrow that moved it, so the keyboard can go on
   * moving it (the caret in the page stays where it was; the list re-orders under the focus).
   */
  const move = (key: string, direction: 'up' | 'down', button: HTMLButtonElement) => {
    const label = button.getAttribute('aria-label');
    editor.update(
      () => {
        const node = $getNodeByKey(key);
        if ($isReportHeadingNode(node)) $moveSection(node, direction);
      },
      {
        tag: SKIP_DOM_SELECTION_TAG,
        onUpdate: () =>
          requestAnimationFrame(() => {
            const list = button.isConnected ? button.closest('ol') : document.querySelector('.outline');
            [...(list?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.getAttribute('aria-label') === label)?.focus();
          }),
      },
    );
  };
  const drop = (target: string) =>
    editor.update(() => {
      const node = dragged ? $getNodeByKey(dragged) : null;
      const before = $getNodeByKey(target);
      if ($isReportHeadingNode(node) && $isReportHeadingNode(before)) $moveSectionBefore(node, before);
    });

  if (outline.length === 0) return <p className="panel-note">{strings.outlineEmpty}</p>;
  return (
    <ol className="outline" aria-label={strings.outline.list}>
      {outline.map((entry) => (
        <li
          key={entry.key}
          className={`outline-entry level-${entry.level}${dragged === entry.key ? ' dragging' : ''}`}
          draggable
          onDragStart={(e) => {
            setDragged(entry.key);
            e.dataTransfer.effectAllowed = 'move';
          }}
          onDragEnd={() => setDragged(null)}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            drop(entry.key);
            setDragged(null);
          }}
        >
          <GripVertical aria-hidden size={12} className="grip" />
          <button type="button" className="outline-jump" onClick={() => jump(entry.key)}>
            {entry.number}
            {entry.text}
          </button>
          <button type="button" className="outline-move" aria-label={strings.outline.moveUp(entry.text)} onClick={(e) => move(entry.key, 'up', e.currentTarget)}>
            <ArrowUp aria-hidden size={12} />
          </button>
          <button type="button" className="outline-move" aria-label={strings.outline.moveDown(entry.text)} onClick={(e) => move(entry.key, 'down', e.currentTarget)}>
            <ArrowDown aria-hidden size={12} />
          </button>
        </li>
      ))}
    </ol>
  );
}
