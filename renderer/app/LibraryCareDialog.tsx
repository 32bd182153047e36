import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useRef, useState } from 'react';
import { useBridge } from './BridgeContext';
import { useLibraryVersion } from './LibraryRefresh';

type Backup = { path: string; kind: 'daily' | 'weekly' | 'manual' | 'before-restore'; createdAt: string; bytes: number };
const kinds: Record<Backup['kind'], string> = { daily: '每日', weekly: '每周', manual: '手动', 'before-restore': '恢复前' };
const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** Backups (make one, restore one) and library packs (export to a file, import from a file). */
export function LibraryCareDialog({ open, onOpenChange, onNotice }: { open: boolean; onOpenChange: (open: boolean) => void; onNotice: (message: string) => void }) {
  const bridge = useBridge();
  const { bump } = useLibraryVersion();
  const [backups, setBackups] = useState<Backup[]>([]);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);
  const packInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void bridge['library:listBackups']({}).then((r) => live && r.ok && setBackups(r.value));
    return () => {
      live = false;
    };
  }, [bridge, open, tick]);

  const run = async <T,>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, done: (value: T) => void) => {
    setBusy(true);
    const result = await work();
    setBusy(false);
    if (result.ok) done(result.value);
    else onNotice(result.error.message);
    setTick((t) => t + 1);
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next) => !busy && onOpenChange(next)}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title>备份与素材包</Dialog.Title>
          <h3 className="dialog-subtitle">
            备份（每天自动备份，保留 7 份每日、4 份每周）
            <button type="button" className="link-button" disabled={busy} onClick={() => void run(() => bridge['library:backupNow']({}), () => onNotice('已备份。'))}>
              立即备份
            </button>
          </h3>
          {backups.length === 0 && <p className="panel-note">还没有备份。文稿助手启动几秒后会自动做第一次备份。</p>}
          <ul className="drafts-list" aria-label="备份">
            {backups.map((backup) => (
              <li key={backup.path}>
                <span className="draft-title">{when(backup.createdAt)}</span>
                <span className="draft-meta">
                  {kinds[backup.kind]} · {Math.ceil(backup.bytes / 1024)} KB
                </span>
                <span className="hit-actions">
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => {
                      if (!window.confirm(`用 ${when(backup.createdAt)} 的备份替换现在的素材库吗？现在的素材库会先另存为一个“恢复前”备份，可以再恢复回来。`)) return;
                      void run(() => bridge['library:restoreBackup']({ path: backup.path }), () => window.location.reload());
                    }}
                  >
                    恢复
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <h3 className="dialog-subtitle">素材包（与同事分享，或搬到新电脑）</h3>
          <p className="panel-note">素材包是一个 .json 文件，包含段落（含标签、收藏和来源）、短语和骨架。导入时合并，不会重复。</p>
          <div className="inline-form">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void run(() => bridge['library:exportPack']({}), (json) => {
                  const link = document.createElement('a');
                  link.href = `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;
                  link.download = `文稿助手素材包-${new Date().toISOString().slice(0, 10)}.json`;
                  link.click();
                  onNotice('素材包已导出。');
                })
              }
            >
              导出素材包…
            </button>
            <button type="button" disabled={busy} onClick={() => packInput.current?.click()}>
              导入素材包…
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
                    onNotice(`已导入素材包：段落 ${report.paragraphs} 段（已有 ${report.duplicates} 段），短语 ${report.phrases} 条，骨架 ${report.skeletons} 个。`);
                  });
                reader.readAsText(file);
              }}
            />
          </div>
          <div className="dialog-footer">
            <button type="button" onClick={() => onOpenChange(false)} disabled={busy}>
              关闭
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
