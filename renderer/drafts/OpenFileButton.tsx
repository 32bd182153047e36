import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import * as ToolbarPrimitive from '@radix-ui/react-toolbar';
import { $getRoot } from 'lexical';
import { FolderOpen } from 'lucide-react';
import { useRef } from 'react';
import { useShortcut } from '../kit/shortcuts';
import type { ParsedReport } from '../../shared/genre/types';
import { useBridge } from '../kit/BridgeContext';
import type { Notify } from '../kit/notices';
import { $blocksFromReport } from '../editor/blocks';
import { exportStrings as s } from '../export/strings';
import { fileToSource } from '../import/readFiles';

interface Props {
  /** Starts a new draft built by `build` (the draft session saves it). */
  onOpenReport: (build: () => void) => void;
  onNotice: Notify;
}

/**
 * 打开 (Ctrl+Shift+O): a .docx or .txt becomes a new draft through the import parser, so heading
 * numbers, run-in headings, placeholders and tables come back as the editor's own blocks.
 * Nothing goes into the library; that is what 导入 is for.
 */
export function OpenFileButton({ onOpenReport, onNotice }: Props) {
  const bridge = useBridge();
  const [editor] = useLexicalComposerContext();
  const input = useRef<HTMLInputElement>(null);

  useShortcut('open', () => input.current?.click());

  const open = async (file: File) => {
    try {
      // A large or odd file can take a while: the notice says so and lets the user stop the read.
      const jobId = `open-${Date.now()}`;
      onNotice(s.reading(file.name), { label: s.stopReading, run: () => void bridge['jobs:cancel']({ jobId }) });
      const result = await bridge['drafts:readFile']({ source: await fileToSource(file), jobId });
      if (!result.ok) {
        onNotice(s.openFailed(file.name, result.error.message));
        return;
      }
      const report = result.value;
      const build = (parsed: ParsedReport) => () => {
        const root = $getRoot();
        root.clear();
        root.append(...$blocksFromReport(parsed));
      };
      onOpenReport(build(report));
      // Bytes of a damaged download that could not be read come first: the user must check those places.
      const damaged = report.replacedBytes?.map((r) => r.line) ?? [];
      const review = report.review ? s.wordReview(report.review.comments.length, report.review.insertions + report.review.deletions) : '';
      const warning = `${report.garbled ? s.garbled : ''}${damaged.length > 0 ? s.replacedBytes(damaged) : ''}${review}`;
      const also = (message: string) => `${warning}${message}`;
      if (report.removed.length === 0) {
        onNotice(also(s.opened(file.name)));
        return;
      }
      // What the cleaner removed is the user's to keep: 恢复 reads the file again without cleaning.
      const restore = async () => {
        const full = await bridge['drafts:readFile']({ source: await fileToSource(file), keepNoise: true });
        if (full.ok) {
          editor.update(build(full.value));
          editor.focus();
        }
        else onNotice(s.openFailed(file.name, full.error.message));
      };
      onNotice(also(s.openedWithRemovals(file.name, report.removed.map((r) => r.reason))), { label: s.restore, run: () => void restore() });
    } catch (error) {
      onNotice(s.openFailed(file.name, error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <>
      <ToolbarPrimitive.Button className="tool" title={s.openTitle} onClick={() => input.current?.click()}>
        <FolderOpen aria-hidden size={16} />
        <span>{s.open}</span>
      </ToolbarPrimitive.Button>
      <input
        ref={input}
        type="file"
        accept=".docx,.txt"
        hidden
        aria-label={s.openTitle}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void open(file);
        }}
      />
    </>
  );
}
