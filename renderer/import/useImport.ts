import { useCallback, useRef, useState } from 'react';
import type { ImportSource } from '../../shared/ipc/contract';
import { storedSourceIds, summariseImport, type ImportCommitResult, type ImportOutcome, type ImportPreview, type ImportSummary, type LineCorrection, type LineLabelName } from '../../shared/ipc/import';
import type { SourceOrigin } from '../../shared/ipc/copies';
import { useBridge } from '../kit/BridgeContext';
import { useLibraryVersion } from '../kit/LibraryRefresh';
import { fileToSource } from './readFiles';
import { importStrings } from './strings';

export interface ImportEntry {
  id: number;
  label: string;
  /** Reads the file again (for another encoding). */
  load?: () => Promise<ImportSource>;
  preview?: ImportPreview;
  error?: string;
  /** A correction in the preview that did not take; the preview still stands and can be imported. */
  notice?: string | undefined;
  excluded: Set<number>;
  /** The user's choice of own report or web sample; unset, what the preview proposes. */
  origin?: SourceOrigin;
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
  // What the user said lines of a shape are: applies to every file of this batch, and to files added later.
  const corrections = useRef(new Map<string, LineLabelName>());
  const correctionList = (): LineCorrection[] => [...corrections.current].map(([shape, label]) => ({ shape, label }));
  // The read in progress, so 停止读取 can cancel it and the files after it.
  const reading = useRef<{ jobId: string | null; stopped: boolean }>({ jobId: null, stopped: false });

  const update = (id: number, patch: Partial<ImportEntry>) =>
    setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...patch } : e)));

  const analyse = useCallback(
    async (inputs: { label: string; load: () => Promise<ImportSource> }[]) => {
      setSummary(null);
      const added = inputs.map((input) => ({ id: nextId.current++, label: input.label, load: input.load, excluded: new Set<number>() }));
      setEntries((list) => [...list, ...added]);
      reading.current = { jobId: null, stopped: false };
      for (const [i, input] of inputs.entries()) {
        const id = added[i]?.id ?? 0;
        if (reading.current.stopped) {
          update(id, { error: importStrings.notRead });
          continue;
        }
        setProgress({ kind: 'analysing', done: i, total: inputs.length });
        try {
          const source = await input.load();
          const jobId = `import-${id}-${Date.now()}`;
          reading.current.jobId = jobId;
          const list = correctionList();
          const result = await bridge['import:preview']({ source, jobId, ...(list.length > 0 ? { corrections: list } : {}) });
          update(id, result.ok ? { preview: result.value } : { error: result.error.message });
        } catch (error) {
          update(id, { error: (error as Error).message });
        }
      }
      reading.current.jobId = null;
      setProgress(null);
    },
    [bridge],
  );

  const addFiles = useCallback(
    (files: readonly File[]) => analyse(files.map((file) => ({ label: file.name, load: () => fileToSource(file) }))),
    [analyse],
  );
  const addText = useCallback(
    (text: string) => analyse([{ label: importStrings.pasted, load: () => Promise.resolve({ text, name: importStrings.pasted }) }]),
    [analyse],
  );

  /** The preview's encoding choice: the file is read again in that encoding and its preview replaced. */
  const reread = useCallback(
    async (id: number, encoding: 'utf-8' | 'gb18030') => {
      const entry = entries.find((e) => e.id === id);
      if (!entry?.load || !entry.preview) return;
      const old = entry.preview.previewId;
      const source = await entry.load();
      if (!('dataBase64' in source)) return;
      const result = await bridge['import:preview']({ source: { ...source, encoding } });
      if (result.ok) {
        void bridge['import:discard']({ previewIds: [old] });
        update(id, { preview: result.value, excluded: new Set<number>() });
      } else update(id, { error: result.error.message });
    },
    [bridge, entries],
  );

  /** 少一字/多一字 on a guessed heading: the main process moves its end and shows the preview again. */
  const moveBoundary = useCallback(
    async (id: number, block: number, shift: 1 | -1) => {
      const preview = entries.find((e) => e.id === id)?.preview;
      if (!preview) return;
      const result = await bridge['import:moveBoundary']({ previewId: preview.previewId, block, shift });
      update(id, result.ok ? { preview: result.value, notice: undefined } : { notice: result.error.message });
    },
    [bridge, entries],
  );

  /**
   * The user says what lines of a shape are (网站内容, 报告正文, 标题; null gives the line back to the grammar):
   * every file of the batch is read again with the corrections, its unticked paragraphs reset.
   */
  const correctLine = useCallback(
    async (shape: string, label: LineLabelName | null) => {
      // 恢复 on a line an earlier import taught: the library forgets it, and the grammar judges it again.
      if (label === null && entries.some((e) => e.preview?.lines.some((l) => l.shape === shape && l.learned))) await bridge['import:deleteLearned']({ shape });
      if (label === null) corrections.current.delete(shape);
      else corrections.current.set(shape, label);
      const list = correctionList();
      for (const entry of entries) {
        if (!entry.load || !entry.preview) continue;
        const old = entry.preview.previewId;
        const source = await entry.load();
        const encoding = entry.preview.encoding === 'gb18030' ? { encoding: 'gb18030' as const } : {};
        const result = await bridge['import:preview']({ source: 'dataBase64' in source ? { ...source, ...encoding } : source, corrections: list });
        if (result.ok) {
          void bridge['import:discard']({ previewIds: [old] });
          update(entry.id, { preview: result.value, excluded: new Set<number>(), notice: undefined });
        } else update(entry.id, { notice: result.error.message });
      }
    },
    [bridge, entries],
  );

  /** 停止读取: the file being read is cancelled in the main process, the ones after it are not read. */
  const stopReading = useCallback(() => {
    reading.current.stopped = true;
    const { jobId } = reading.current;
    if (jobId) void bridge['jobs:cancel']({ jobId });
  }, [bridge]);

  const setOrigin = (id: number, origin: SourceOrigin) => update(id, { origin });

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

  /** Lets the main process drop the parsed reports these entries were showing. */
  const discard = useCallback(
    (gone: readonly ImportEntry[]) => {
      const previewIds = gone.flatMap((e) => (e.preview ? [e.preview.previewId] : []));
      if (previewIds.length > 0) void bridge['import:discard']({ previewIds });
    },
    [bridge],
  );

  const remove = (id: number) => {
    discard(entries.filter((e) => e.id === id));
    setEntries((list) => list.filter((e) => e.id !== id));
  };

  const importable = entries.filter((e) => e.preview && !e.preview.alreadyPresent);

  const commit = useCallback(async () => {
    const outcomes: ImportOutcome[] = [];
    for (const entry of entries) {
      if (entry.error) outcomes.push({ file: entry.label, kind: 'skipped', reason: entry.error });
      else if (entry.preview?.alreadyPresent) outcomes.push({ file: entry.label, kind: 'present' });
    }
    for (const [i, entry] of importable.entries()) {
      setProgress({ kind: 'importing', done: i, total: importable.length });
      if (!entry.preview) continue;
      const answer = await bridge['import:commit']({ previewId: entry.preview.previewId, exclude: [...entry.excluded], origin: entry.origin ?? entry.preview.origin });
      outcomes.push(answer.ok ? { file: entry.label, kind: 'stored', result: answer.value } : { file: entry.label, kind: 'skipped', reason: answer.error.message });
    }
    const sourceIds = storedSourceIds(outcomes);
    const finish = sourceIds.length > 1 ? await bridge['import:finish']({ sourceIds }) : null;
    discard(entries.filter((e) => e.preview?.alreadyPresent));
    setProgress(null);
    setEntries([]);
    // The batch's corrections end with it: the library has learned them (what was imported).
    corrections.current.clear();
    setSummary(summariseImport(outcomes, finish?.ok ? finish.value.phrases : 0));
    bump();
  }, [bridge, bump, discard, entries, importable]);

  const reset = () => {
    discard(entries);
    corrections.current.clear();
    setEntries([]);
    setSummary(null);
    setProgress(null);
  };

  return { entries, progress, summary, importable, addFiles, addText, stopReading, reread, moveBoundary, correctLine, toggle, setOrigin, remove, commit, reset };
}
