import * as ToolbarPrimitive from '@radix-ui/react-toolbar';
import { $getRoot } from 'lexical';
import { FolderOpen } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useBridge } from '../app/BridgeContext';
import { $blocksFromReport } from '../editor/blocks';
import { exportStrings as s } from '../export/strings';
import { fileToSource } from '../import/readFiles';

interface Props {
  /** Starts a new draft built by `build` (the draft session saves it). */
  onOpenReport: (build: () => void) => void;
  onNotice: (message: string) => void;
}

/**
 * 打开 (Ctrl+Shift+O): a .docx or .txt becomes a new draft through the import parser, so heading
 * numbers, run-in headings, placeholders and tables come back as the editor's own blocks.
 * Nothing goes into the library; that is what 导入 is for.
 */
export function OpenFileButton({ onOpenReport, onNotice }: Props) {
  const bridge = useBridge();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing || !(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'o') return;
      event.preventDefault();
      input.current?.click();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const open = async (file: File) => {
    try {
      const result = await bridge['drafts:readFile']({ source: await fileToSource(file) });
      if (!result.ok) {
        onNotice(s.openFailed(file.name, result.error.message));
        return;
      }
      const report = result.value;
      onOpenReport(() => {
        const root = $getRoot();
        root.clear();
        root.append(...$blocksFromReport(report));
      });
      onNotice(s.opened(file.name));
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
