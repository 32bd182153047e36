import { dateTime } from './dateTime';

interface Props {
  createdAt: string;
  /** What made the copy: 每日, 手动保存, 恢复前 … */
  kind: string;
  bytes: number;
  restoreLabel: string;
  disabled?: boolean;
  onRestore: () => void;
  /** Shows what the copy holds before it is restored (a draft's versions have this). */
  onPreview?: () => void;
  previewLabel?: string;
}

/** One saved copy in a list (a backup of the library, a version of a draft): when, what, how big, 恢复. */
export function RestorableCopy({ createdAt, kind, bytes, restoreLabel, disabled = false, onRestore, onPreview, previewLabel }: Props) {
  return (
    <li>
      <span className="draft-title">{dateTime(createdAt)}</span>
      <span className="draft-meta">
        {kind} · {Math.ceil(bytes / 1024)} KB
      </span>
      <span className="hit-actions">
        {onPreview && (
          <button type="button" disabled={disabled} onClick={onPreview}>
            {previewLabel}
          </button>
        )}
        <button type="button" disabled={disabled} onClick={onRestore}>
          {restoreLabel}
        </button>
      </span>
    </li>
  );
}
