import * as Dialog from '@radix-ui/react-dialog';
import { AppDialog } from '../kit/AppDialog';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { Download } from 'lucide-react';
import { ToolbarMenuContent, ToolbarMenuTrigger } from '../kit/ToolbarMenuTrigger';
import { useState } from 'react';
import { useShortcut } from '../kit/shortcuts';
import { useFocusEditor } from '../kit/editorFocus';
import { createPortal, flushSync } from 'react-dom';
import { buildDocx } from './buildDocx';
import { formatOf } from '../../shared/export/formats';
import { exportHtml } from '../../shared/export/html';
import { reviewComments } from '../../shared/export/review';
import { exportPagedHtml } from '../../shared/export/pagedHtml';
import { exportTxt } from '../../shared/export/txt';
import { blockText, type ReportDocument } from '../../shared/model/document';
import { useBridge } from '../kit/BridgeContext';
import type { Finding } from '../../shared/checks';
import { useChecks } from '../checks/ChecksContext';
import { FindingExcerpt } from '../checks/ChecksPanel';
import { goToFinding } from '../checks/locate';
import { deliver, fileNameFor, isDesktop } from './deliver';
import { exportStrings as s } from './strings';
import './export.css';
import '../kit/latinFont.css';
import './print.css';
import { documentOf } from '../editor/documentOf';

export type ExportKind = 'docx' | 'review' | 'txt' | 'copy' | 'print' | 'pdf';

const items: { kind: ExportKind; label: string; hint?: string }[] = [
  { kind: 'docx', label: formatOf('docx').menuLabel, hint: s.wordHint },
  { kind: 'review', label: s.review, hint: s.reviewHint },
  { kind: 'txt', label: formatOf('txt').menuLabel },
  { kind: 'copy', label: s.copy, hint: s.copyHint },
  { kind: 'print', label: s.print, hint: 'Ctrl+P' },
  { kind: 'pdf', label: formatOf('pdf').menuLabel },
];

function titleOf(doc: ReportDocument): string {
  const title = doc.blocks.find((b) => b.kind === 'title');
  return title ? blockText(title).replace(/\n/g, '') : '';
}

async function copyFormatted(doc: ReportDocument): Promise<void> {
  const html = `<html><body>${exportHtml(doc)}</body></html>`;
  const text = exportTxt(doc).replace(/^\uFEFF/, '');
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
  ]);
}

/**
 * The toolbar's 导出 menu (Ctrl+E): Word, plain text, formatted copy, print and PDF. Errors the
 * checks still find (unfilled placeholders first among them) are listed first, each with a way to
 * go to it, or the user exports anyway.
 */
export function ExportMenu({ onNotice }: { onNotice: (message: string) => void }) {
  const [editor] = useLexicalComposerContext();
  const bridge = useBridge();
  const [menuOpen, setMenuOpen] = useState(false);
  const { checkNow } = useChecks();
  const focusEditor = useFocusEditor();
  const [pending, setPending] = useState<{ kind: ExportKind; errors: Finding[] } | null>(null);
  const [printHtml, setPrintHtml] = useState<string | null>(null);

  const run = async (kind: ExportKind) => {
    const doc = documentOf(editor);
    if (doc.blocks.every((b) => blockText(b).trim() === '')) {
      onNotice(s.empty);
      return;
    }
    const title = titleOf(doc);
    try {
      if (kind === 'docx') {
        const message = await deliver(bridge, fileNameFor(title, 'docx'), await buildDocx(doc));
        if (message) onNotice(message);
      } else if (kind === 'review') {
        // Every finding the 检查 tab lists (ignored ones left out), as comments on its text.
        const findings = checkNow();
        const message = await deliver(bridge, fileNameFor(`${title || s.untitled}${s.reviewSuffix}`, 'docx'), await buildDocx(doc, { comments: reviewComments(doc, findings) }));
        if (message) onNotice(`${message}${s.reviewed(findings.length)}`);
      } else if (kind === 'txt') {
        const message = await deliver(bridge, fileNameFor(title, 'txt'), exportTxt(doc));
        if (message) onNotice(message);
      } else if (kind === 'copy') {
        try {
          await copyFormatted(doc);
          onNotice(s.copied);
        } catch {
          onNotice(s.copyFailed);
        }
      } else {
        // The print view must be in the page before the printer (or printToPDF) reads it: the Word
        // file's pages, line by line (pagedHtml.ts), so paper and PDF break where the .docx breaks.
        flushSync(() => setPrintHtml(exportPagedHtml(doc)));
        if (kind === 'pdf' && isDesktop()) {
          const result = await bridge['export:savePdf']({ fileName: fileNameFor(title, 'pdf') });
          if (!result.ok) throw new Error(result.error.message);
          if (result.value) onNotice(s.saved(result.value.path));
        } else {
          if (kind === 'pdf') onNotice(s.pdfInBrowser);
          window.print();
        }
        setPrintHtml(null);
      }
    } catch (error) {
      setPrintHtml(null);
      onNotice(s.failed(error instanceof Error ? error.message : String(error)));
    }
  };

  const request = (kind: ExportKind) => {
    // The 审阅稿 is the errors written out for a reviewer: nothing to ask first.
    if (kind === 'review') {
      void run(kind);
      return;
    }
    const errors = checkNow().filter((f) => f.severity === 'error');
    if (errors.length > 0) setPending({ kind, errors });
    else void run(kind);
  };

  useShortcut('export', () => setMenuOpen(true));
  // The shortcut runs the latest render's request, so printing sees the latest findings.
  useShortcut('print', () => request('print'));

  return (
    <>
      <DropdownMenu.Root open={menuOpen} onOpenChange={setMenuOpen}>
        <ToolbarMenuTrigger label={s.menu} title={s.menuTitle} Icon={Download} />
        {/* After 导出 (from Ctrl+E or the toolbar) the next keys go to the page, at its caret. */}
        <ToolbarMenuContent refocus={() => focusEditor()}>
          {items.map((item) => (
            <DropdownMenu.Item key={item.kind} className="menu-item" onSelect={() => request(item.kind)}>
              <span>{item.label}</span>
              {item.hint && <span className="menu-hint">{item.hint}</span>}
            </DropdownMenu.Item>
          ))}
        </ToolbarMenuContent>
      </DropdownMenu.Root>
      <AppDialog
        open={pending !== null}
        onOpenChange={(open) => !open && setPending(null)}
        title={s.errorsTitle}
        description={s.errorsDescription(pending?.errors.length ?? 0)}
        className="export-fields-dialog"
      >
        <ol className="export-fields" aria-label={s.errorsList}>
          {pending?.errors.map((error) => (
            <li key={`${error.key}@${error.block}:${error.offset}`}>
              <span>
                {error.message}
                <FindingExcerpt finding={error} />
              </span>
              <button
                type="button"
                onClick={() => {
                  setPending(null);
                  goToFinding(editor, error);
                }}
              >
                {s.goTo}
              </button>
            </li>
          ))}
        </ol>
        <div className="dialog-footer">
          <Dialog.Close asChild>
            <button type="button">{s.cancel}</button>
          </Dialog.Close>
          <button
            type="button"
            className="primary"
            onClick={() => {
              const kind = pending?.kind;
              setPending(null);
              if (kind) void run(kind);
            }}
          >
            {s.exportAnyway}
          </button>
        </div>
      </AppDialog>
      {printHtml !== null &&
        createPortal(<div className="print-root" dangerouslySetInnerHTML={{ __html: printHtml }} />, document.body)}
    </>
  );
}
