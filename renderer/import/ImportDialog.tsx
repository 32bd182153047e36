import * as Dialog from '@radix-ui/react-dialog';
import { FileUp, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useFocusEditor } from '../kit/editorFocus';
import { PreviewCard } from './PreviewCard';
import { importStrings as t } from './strings';
import { useImport } from './useImport';
import './import.css';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Files dropped on the window before the dialog opened. */
  droppedFiles: File[];
  onDroppedFilesTaken: () => void;
}

export function ImportDialog({ open, onOpenChange, droppedFiles, onDroppedFilesTaken }: Props) {
  const importer = useImport();
  const focusEditor = useFocusEditor();
  const { addFiles } = importer;
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = importer.progress !== null;

  useEffect(() => {
    if (!open || droppedFiles.length === 0) return;
    void addFiles(droppedFiles);
    onDroppedFilesTaken();
  }, [open, droppedFiles, addFiles, onDroppedFilesTaken]);

  const close = (next: boolean) => {
    if (busy) return;
    if (!next) importer.reset();
    onOpenChange(next);
  };

  return (
    <Dialog.Root open={open} onOpenChange={close}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog import-dialog"
          onCloseAutoFocus={(event) => {
            // Back to the page at its caret (Esc, 关闭 or after importing), not to the toolbar's 导入.
            event.preventDefault();
            focusEditor();
          }}
        >
          <div className="dialog-header">
            <Dialog.Title>{t.dialog}</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label={t.close} disabled={busy}>
              <X aria-hidden size={18} />
            </Dialog.Close>
          </div>
          <Dialog.Description className="dialog-intro">{t.intro}</Dialog.Description>

          <div className="import-sources">
            <div className="import-pick">
              <button type="button" className="primary" onClick={() => fileInput.current?.click()} disabled={busy}>
                <FileUp aria-hidden size={16} /> {t.chooseFiles}
              </button>
              <input
                ref={fileInput}
                type="file"
                multiple
                accept=".txt,.docx,.doc,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                hidden
                data-testid="import-files"
                onChange={(event) => {
                  const files = [...(event.target.files ?? [])];
                  event.target.value = '';
                  if (files.length > 0) void addFiles(files);
                }}
              />
              <p>{t.accept}</p>
              <p>{t.dropHere}</p>
            </div>
            <div className="import-paste">
              <label htmlFor="import-paste">{t.pasteLabel}</label>
              <textarea id="import-paste" value={pasted} placeholder={t.pastePlaceholder} onChange={(e) => setPasted(e.target.value)} rows={4} />
              <button
                type="button"
                disabled={busy || pasted.trim() === ''}
                onClick={() => {
                  void importer.addText(pasted);
                  setPasted('');
                }}
              >
                {t.parsePaste}
              </button>
            </div>
          </div>

          {importer.progress && (
            <div className="import-progress">
              <progress
                value={importer.progress.done}
                max={importer.progress.total}
                aria-label={t.progress[importer.progress.kind]}
              />
              <span>
                {(importer.progress.kind === 'analysing' ? t.analysing : t.importing)(importer.progress.done + 1, importer.progress.total)}
              </span>
              {importer.progress.kind === 'analysing' && (
                <button type="button" title={t.stopReadingTitle} onClick={importer.stopReading}>
                  {t.stopReading}
                </button>
              )}
            </div>
          )}

          {importer.summary && (
            <div className="import-summary" role="status">
              <strong>{t.summaryTitle}</strong>
              <p>{t.summary(importer.summary)}</p>
              {importer.summary.present.length > 0 && <p>{t.presentList(importer.summary.present.length)}：{importer.summary.present.join('、')}</p>}
              {importer.summary.skipped.length > 0 && (
                <>
                  <p>{t.skippedList(importer.summary.skipped.length)}</p>
                  <ul>
                    {importer.summary.skipped.map((s, i) => (
                      <li key={i}>
                        {s.file}：{s.reason}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}

          <ul className="import-entries" aria-label={t.entries}>
            {importer.entries.map((entry) => (
              <li key={entry.id} className="import-entry">
                <div className="entry-head">
                  <span className="entry-name">{entry.label}</span>
                  <button type="button" className="link" onClick={() => importer.remove(entry.id)} disabled={busy}>
                    {t.remove}
                  </button>
                </div>
                {entry.error && (
                  <p className="entry-error" role="alert">
                    {t.rejected}：{entry.error}
                  </p>
                )}
                {entry.notice && (
                  <p className="entry-error" role="alert">
                    {entry.notice}
                  </p>
                )}
                {entry.preview && (
                  <PreviewCard
                    preview={entry.preview}
                    excluded={entry.excluded}
                    onToggle={(index, keep) => importer.toggle(entry.id, index, keep)}
                    onEncoding={busy ? undefined : (encoding) => void importer.reread(entry.id, encoding)}
                    onMoveBoundary={busy ? undefined : (block, shift) => void importer.moveBoundary(entry.id, block, shift)}
                    origin={entry.origin ?? entry.preview.origin}
                    onOrigin={busy ? undefined : (origin) => importer.setOrigin(entry.id, origin)}
                    onCorrectLine={busy ? undefined : (shape, label) => void importer.correctLine(shape, label)}
                  />
                )}
              </li>
            ))}
          </ul>

          <div className="dialog-footer">
            <button type="button" onClick={() => close(false)} disabled={busy}>
              {importer.summary ? t.close : t.cancel}
            </button>
            {!importer.summary && (
              <button type="button" className="primary" disabled={busy || importer.importable.length === 0} onClick={() => void importer.commit()}>
                {importer.importable.length > 0 ? t.importButton(importer.importable.length) : t.nothingToImport}
              </button>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
