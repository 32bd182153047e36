import { useEffect, useState } from 'react';
import type { TrashedParagraph } from '../../shared/model/search';
import { useBridge } from '../app/BridgeContext';
import { useLibraryVersion } from '../app/LibraryRefresh';

const daysLeft = (deletedAt: string) => Math.max(0, 30 - Math.floor((Date.now() - Date.parse(deletedAt)) / 86_400_000));

/** Paragraphs deleted in the last 30 days, each restorable. */
export function TrashView() {
  const bridge = useBridge();
  const { version, bump } = useLibraryVersion();
  const [items, setItems] = useState<TrashedParagraph[] | null>(null);

  useEffect(() => {
    let live = true;
    void bridge['paragraphs:listTrash']({}).then((r) => live && r.ok && setItems(r.value));
    return () => {
      live = false;
    };
  }, [bridge, version]);

  if (items === null) return <p className="panel-note">正在读取回收站…</p>;
  if (items.length === 0) return <p className="panel-note">回收站是空的。删除的段落会在这里保留 30 天。</p>;
  return (
    <ul className="trash-list" aria-label="回收站">
      {items.map((item) => (
        <li key={item.id} className="hit">
          <p className="hit-text">{item.text}</p>
          <div className="hit-meta">
            <span>{daysLeft(item.deletedAt)} 天后永久删除</span>
            <span className="hit-actions">
              <button type="button" onClick={() => void bridge['paragraphs:restore']({ id: item.id }).then((r) => r.ok && bump())}>
                恢复
              </button>
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
