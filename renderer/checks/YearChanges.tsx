import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useEffect, useState } from 'react';
import { YearChangeNode } from '../editor/nodes/YearChangeNode';
import { $settleAllYearChanges, $settleYearChange, $yearChanges, type YearChangeItem } from '../editor/plugins/year-changes/yearChanges';
import { checkStrings as s } from './strings';

const t = s.yearChanges;

/**
 * 已改年份 in the 检查 tab: each year 续写 moved on, with where it stands; 改回 takes one back, 确认 keeps
 * it, and both can be done for all at once (each is one undo step).
 */
export function YearChanges() {
  const [editor] = useLexicalComposerContext();
  const [items, setItems] = useState<YearChangeItem[]>([]);
  useEffect(() => {
    const read = () => {
      // Read now, in the editor state: React may run an updater later, outside it.
      const next = editor.getEditorState().read($yearChanges);
      setItems((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
    };
    read();
    return editor.registerMutationListener(YearChangeNode, read, { skipInitialization: true });
  }, [editor]);
  if (items.length === 0) return null;
  const settle = (key: string, back: boolean) => editor.update(() => $settleYearChange(key, back));
  const goTo = (key: string) => {
    editor.update(() => $getNodeByKey(key)?.selectEnd());
    editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
    editor.focus();
  };
  return (
    <details className="year-changes" open>
      <summary>{t.summary(items.length)}</summary>
      <div className="year-changes-all">
        <button type="button" className="link" onClick={() => editor.update(() => $settleAllYearChanges(true))}>
          {t.allBack}
        </button>
        <button type="button" className="link" onClick={() => editor.update(() => $settleAllYearChanges(false))}>
          {t.allKeep}
        </button>
      </div>
      <ol aria-label={t.list}>
        {items.map((item) => (
          <li key={item.key} className="plan">
            <span className="plan-state">{t.change(item.was, item.to)}</span>
            <button type="button" className="link plan-text year-change-where" onClick={() => goTo(item.key)} title={s.goTo}>
              …{item.before}
              <mark>{item.to}</mark>
              {item.after}…
            </button>
            <button type="button" className="link" aria-label={t.backLabel(item.to, item.was, item.before + item.to + item.after)} onClick={() => settle(item.key, true)}>
              {t.back}
            </button>
            <button type="button" className="link" aria-label={t.keepLabel(item.to, item.before + item.to + item.after)} onClick={() => settle(item.key, false)}>
              {t.keep}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
