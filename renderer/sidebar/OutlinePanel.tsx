import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { ArrowDown, ArrowUp, GripVertical } from 'lucide-react';
import { useState } from 'react';
import { numberHeadings } from '../../shared/model/numbering';
import type { HeadingLevel } from '../../shared/model/library';
import { strings } from '../app/strings';
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
  const move = (key: string, direction: 'up' | 'down') =>
    editor.update(() => {
      const node = $getNodeByKey(key);
      if ($isReportHeadingNode(node)) $moveSection(node, direction);
    });
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
          <button type="button" className="outline-move" aria-label={strings.outline.moveUp(entry.text)} onClick={() => move(entry.key, 'up')}>
            <ArrowUp aria-hidden size={12} />
          </button>
          <button type="button" className="outline-move" aria-label={strings.outline.moveDown(entry.text)} onClick={() => move(entry.key, 'down')}>
            <ArrowDown aria-hidden size={12} />
          </button>
        </li>
      ))}
    </ol>
  );
}
