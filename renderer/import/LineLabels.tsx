import { useRef, useState } from 'react';
import type { LineLabelName, PreviewLine } from '../../shared/ipc/import';
import { importStrings as t } from './strings';

interface Props {
  lines: readonly PreviewLine[];
  /** Sets what lines of this shape are, in every file of the batch; null gives them back to the grammar. */
  onCorrect?: ((shape: string, label: LineLabelName | null) => void) | undefined;
}

/** One key per correction, as the hint above the list says. */
const KEYS: Record<string, LineLabelName | null> = { w: 'chrome', z: 'body', t: 'title', r: null };

/**
 * 逐行判断: every line of the file with what the grammar took it for and why. The user corrects with one
 * key on a line (W 网站内容, Z 报告正文, T 设为标题, R 恢复自动判断); ↑↓ move between lines.
 */
export function LineLabels({ lines, onCorrect }: Props) {
  const list = useRef<HTMLOListElement>(null);
  // Rendered once opened: a long file's lines cost nothing until the user looks at them.
  const [open, setOpen] = useState(false);
  const chrome = lines.filter((l) => l.label === 'chrome').length;
  const focusLine = (index: number) => {
    const items = list.current?.querySelectorAll<HTMLElement>('li');
    items?.[Math.max(0, Math.min(index, items.length - 1))]?.focus();
  };
  return (
    <details className="line-labels" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.lines.summary(lines.length, chrome)}</summary>
      <p className="line-labels-hint">{onCorrect ? t.lines.hint : t.lines.busy}</p>
      {open && (
        <ol ref={list} aria-label={t.lines.list}>
          {lines.map((line, i) => {
            const reason = line.learned ? t.lines.learned : line.corrected ? t.lines.corrected : line.reason;
            return (
              <li
                key={i}
                tabIndex={0}
                className={`line-label label-${line.label}${line.corrected ? ' corrected' : ''}`}
                aria-label={`${t.lines.labels[line.label]}：${line.text.slice(0, 40)}（${reason}）`}
                onKeyDown={(event) => {
                  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                    event.preventDefault();
                    focusLine(i + (event.key === 'ArrowDown' ? 1 : -1));
                    return;
                  }
                  if (event.ctrlKey || event.altKey || event.metaKey) return;
                  const key = event.key.toLowerCase();
                  if (!(key in KEYS) || !onCorrect) return;
                  event.preventDefault();
                  onCorrect(line.shape, KEYS[key] ?? null);
                }}
              >
                <span className="line-label-kind">{t.lines.labels[line.label]}</span>
                <span className="line-label-reason">{reason}</span>
                <span className="line-label-text">{line.text}</span>
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
