import { useCallback, useRef, useState } from 'react';
import type { ImportSource } from '../../shared/ipc/contract';
import type { ImportCommitResult, ImportPreview, ImportSummary } from '../../shared/model/import';
import { useBridge } from '../app/BridgeContext';
import { useLibraryVersion } from '../app/LibraryRefresh';
import { fileToSource } from './readFiles';

export interface ImportEntry {
  id: number;
  label: string;
  source?: ImportSource;
  preview?: ImportPreview;
  error?: string;
  excluded: Set<number>;
  result?: ImportCommitResult;
}


export type Progress = { kind: 'analysing' | 'importing'; done: number; total: number } | null;

/** The import dialog's state: entries to preview, unticked paragraphs, progress, and the summary. */
export function useImport() {
  const bridge = useBridge();
  const { bump } = useLibraryVersion();
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const [progress, setProgress] = useState<Progress>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const nextId = useRef(1);

  const update = (id: number, patch: Partial<ImportEntry>) =>
    setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...patch } : e)));

  const analyse = useCallback(
    async (inputs: { label: string; load: () => Promise<ImportSource> }[]) => {
      setSummary(null);
      const added = inputs.map((input) => ({ id: nextId.current++, label: input.label, excluded: new Set<number>() }));
      setEntries((list) => [...list, ...added]);
      for (const [i, input] of inputs.entries()) {
        const id = added[i]?.id ?? 0;
        setProgress({ kind: 'analysing', done: i, total: inputs.length });
        try {
          const source = await input.load();
          const result = await bridge['import:preview']({ source });
          update(id, result.ok ? { source, preview: result.value } : { error: result.error.message });
        } catch (error) {
          update(id, { error: (error as Error).message });
        }
      }
      setProgress(null);
    },
    [bridge],
  );

  const addFiles = useCallback(
    (files: readonly File[]) => analyse(files.map((file) => ({ label: file.name, load: () => fileToSource(file) }))),
    [analyse],
  );
  const addText = useCallback(
    (text: string) => analyse([{ label: '粘贴的文本', load: () => Promise.resolve({ text, name: '粘贴的文本' }) }]),
    [analyse],
  );

  const toggle = (id: number, index: number, keep: boolean) =>
    setEntries((list) =>
      list.map((e) => {
        if (e.id !== id) return e;
        const excluded = new Set(e.excluded);
        if (keep) excluded.delete(index);
        else excluded.add(index);
        return { ...e, excluded };
      }),
    );

  const remove = (id: number) => setEntries((list) => list.filter((e) => e.id !== id));

  const importable = entries.filter((e) => e.preview && !e.preview.alreadyPresent && e.source);

  const commit = useCallback(async () => {
    const result: ImportSummary = { reports: 0, paragraphs: 0, duplicates: 0, phrases: 0, present: [], skipped: [] };
    const sourceIds: number[] = [];
    for (const entry of entries) {
      if (entry.error) result.skipped.push({ file: entry.label, reason: entry.error });
      else if (entry.preview?.alreadyPresent) result.present.push(entry.label);
    }
    for (const [i, entry] of importable.entries()) {
      setProgress({ kind: 'importing', done: i, total: importable.length });
      if (!entry.source) continue;
      const answer = await bridge['import:commit']({ source: entry.source, exclude: [...entry.excluded] });
      if (!answer.ok) {
        result.skipped.push({ file: entry.label, reason: answer.error.message });
      } else if (answer.value.status === 'present') {
        result.present.push(entry.label);
      } else {
        result.reports++;
        result.paragraphs += answer.value.paragraphs;
        result.duplicates += answer.value.duplicates;
        result.phrases += answer.value.phrases;
        sourceIds.push(answer.value.sourceId);
      }
    }
    if (sourceIds.length > 1) {
      const finish = await bridge['import:finish']({ sourceIds });
      if (finish.ok) result.phrases += finish.value.phrases;
    }
    setProgress(null);
    setEntries([]);
    setSummary(result);
    bump();
  }, [bridge, bump, entries, importable]);

  const reset = () => {
    setEntries([]);
    setSummary(null);
    setProgress(null);
  };

  return { entries, progress, summary, importable, addFiles, addText, toggle, remove, commit, reset };
}
