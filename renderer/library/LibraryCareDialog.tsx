import { AppDialog } from '../kit/AppDialog';
import { useConfirmed } from '../kit/confirm';
import { useRef, useState } from 'react';
import { useBridge } from '../kit/BridgeContext';
import { useLibraryVersion } from '../kit/LibraryRefresh';
import { strings } from '../kit/strings';
import { dateTime as when } from '../kit/dateTime';
import { RestorableCopy } from '../kit/RestorableCopy';
import { useAnswer } from '../kit/useAnswer';
import { LearnedLines } from './LearnedLines';
import { SourcesList } from './SourcesList';
import { rememberRestore } from './restoreNotice';

const t = strings.care;

type Backup = { path: string; kind: 'daily' | 'weekly' | 'manual' | 'before-restore'; createdAt: string; bytes: number };
const kinds: Record<Backup['kind'], string> = t.backupKinds;

/** Backups (make one, restore one), library packs (export to a file, import from a file) and the imported reports' origins. */
export function LibraryCareDialog({ open, onOpenChange, onNotice }: { open: boolean; onOpenChange: (open: boolean) => void; onNotice: (message: string) => void }) {
  const bridge = useBridge();
  const confirmed = useConfirmed();
  const { bump } = useLibraryVersion();
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);
  const packInput = useRef<HTMLInputElement>(null);
  // Said in the dialog too: while it is open the page behind it (and the notice) is hidden from screen readers.
  const [packResult, setPackResult] = useState<string | null>(null);

  const backups = useAnswer(open ? String(tick) : null, () => bridge['library:listBackups']({})) ?? [];

  const run = async <T,>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, done: (value: T) => void) => {
    setBusy(true);
    const result = await work();
    setBusy(false);
    if (result.ok) done(result.value);
    else onNotice(result.error.message);
    setTick((t) => t + 1);
  };

  return (
    <AppDialog
      open={open}
      onOpenChange={(next) => {
        if (busy) return;
        if (!next) setPackResult(null);
        onOpenChange(next);
      }}
      title={t.title}
    >
      <h3 className="dialog-subtitle">
        {t.backups}
        <button type="button" className="link-button" disabled={busy} onClick={() => void run(() => bridge['library:backupNow']({}), () => onNotice(t.backedUp))}>
          {t.backupNow}
        </button>
      </h3>
      {backups.length === 0 && <p className="panel-note">{t.noBackups}</p>}
      <ul className="drafts-list" aria-label={t.backupsList}>
        {backups.map((backup) => (
          <RestorableCopy
            key={backup.path}
            createdAt={backup.createdAt}
            kind={kinds[backup.kind]}
            bytes={backup.bytes}
            restoreLabel={t.restore}
            disabled={busy}
            onRestore={() => {
              confirmed({ message: t.confirmRestore(when(backup.createdAt)), confirmLabel: t.restore }, () =>
                run(() => bridge['library:restoreBackup']({ path: backup.path }), () => {
                  rememberRestore({ createdAt: backup.createdAt, kind: kinds[backup.kind] });
                  window.location.reload();
                }),
              );
            }}
          />
        ))}
      </ul>
      <h3 className="dialog-subtitle">{t.packs}</h3>
      <p className="panel-note">{t.packsNote}</p>
      <div className="inline-form">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(() => bridge['library:exportPack']({}), (json) => {
              const link = document.createElement('a');
              link.href = `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;
              link.download = t.packFileName(new Date().toISOString().slice(0, 10));
              link.click();
              onNotice(t.packExported);
            })
          }
        >
          {t.exportPack}
        </button>
        <button type="button" disabled={busy} onClick={() => packInput.current?.click()}>
          {t.importPack}
        </button>
        <input
          ref={packInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="pack-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            const reader = new FileReader();
            reader.onload = () =>
              void run(() => bridge['library:importPack']({ json: String(reader.result) }), (report) => {
                bump();
                setPackResult(t.packImported(report));
                onNotice(t.packImported(report));
              });
            reader.readAsText(file);
          }}
        />
      </div>
      {packResult && (
        <p className="panel-note" role="status">
          {packResult}
        </p>
      )}
      <SourcesList open={open} busy={busy} onNotice={onNotice} />
      <LearnedLines open={open} busy={busy} onNotice={onNotice} />
      <div className="dialog-footer">
        <button type="button" onClick={() => onOpenChange(false)} disabled={busy}>
          {t.close}
        </button>
      </div>
    </AppDialog>
  );
}
