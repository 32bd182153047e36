import { TRASH_DAYS } from '../../shared/model/limits';
import { useBridge } from '../kit/BridgeContext';
import { useLibraryVersion } from '../kit/LibraryRefresh';
import { libraryStrings as t } from './strings';
import { useAnswer } from '../kit/useAnswer';

const daysLeft = (deletedAt: string) => Math.max(0, TRASH_DAYS - Math.floor((Date.now() - Date.parse(deletedAt)) / 86_400_000));

/** Paragraphs deleted within the trash period, each restorable. */
export function TrashView() {
  const bridge = useBridge();
  const { version, bump } = useLibraryVersion();

  const items = useAnswer(String(version), () => bridge['paragraphs:listTrash']({}));

  if (items === null) return <p className="panel-note">{t.trashLoading}</p>;
  if (items.length === 0) return <p className="panel-note">{t.trashEmpty}</p>;
  return (
    <ul className="trash-list" aria-label={t.trashBin}>
      {items.map((item) => (
        <li key={item.id} className="hit">
          <p className="hit-text">{item.text}</p>
          <div className="hit-meta">
            <span>{t.purgedIn(daysLeft(item.deletedAt))}</span>
            <span className="hit-actions">
              <button type="button" onClick={() => void bridge['paragraphs:restore']({ id: item.id }).then((r) => r.ok && bump())}>
                {t.restore}
              </button>
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
