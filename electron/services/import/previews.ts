import { randomUUID } from 'node:crypto';
import { HELD_PREVIEWS_BYTES } from '../../../shared/model/limits';
import type { AnalysedReport } from './analyse';
import { ImportError } from './errors';

/** What a parsed report takes in memory, near enough: its strings, two bytes a character (counted, not serialised). */
export function heldBytes(analysed: AnalysedReport): number {
  const { report } = analysed;
  let chars = report.title?.length ?? 0;
  for (const block of report.blocks) {
    chars += block.text.length + block.source.length + (block.number?.length ?? 0);
    for (const row of block.rows ?? []) for (const cell of row) chars += cell.length;
    for (const item of block.items ?? []) chars += item.lead.length + item.number.length;
  }
  for (const removal of report.removed) chars += removal.text.length + removal.reason.length;
  for (const placeholder of report.placeholders) chars += placeholder.text.length;
  return chars * 2;
}

/**
 * The reports the import dialog is previewing, parsed once: committing one stores what was
 * previewed, without the page sending the file again or the main process parsing it twice.
 * Bounded by the memory they take, oldest first out, so a dialog left open over many (or a few
 * huge) files cannot hold unlimited memory; the newest is always held.
 */
export class ImportPreviews {
  private readonly held = new Map<string, { analysed: AnalysedReport; bytes: number }>();
  private total = 0;

  constructor(private readonly limitBytes = HELD_PREVIEWS_BYTES) {}

  hold(analysed: AnalysedReport): string {
    const id = randomUUID();
    const bytes = heldBytes(analysed);
    this.held.set(id, { analysed, bytes });
    this.total += bytes;
    for (const oldest of this.held.keys()) {
      if (this.total <= this.limitBytes || oldest === id) break;
      this.discard([oldest]);
    }
    return id;
  }

  /** The held report as the user corrected it in the preview. */
  replace(id: string, analysed: AnalysedReport): void {
    const entry = this.held.get(id);
    if (!entry) throw new ImportError('PREVIEW_EXPIRED');
    const bytes = heldBytes(analysed);
    this.total += bytes - entry.bytes;
    this.held.set(id, { analysed, bytes });
  }

  get(id: string): AnalysedReport {
    const entry = this.held.get(id);
    if (!entry) throw new ImportError('PREVIEW_EXPIRED');
    return entry.analysed;
  }

  /** Memory the held reports take, as `heldBytes` counts it. */
  bytes(): number {
    return this.total;
  }

  discard(ids: readonly string[]): void {
    for (const id of ids) {
      const entry = this.held.get(id);
      if (!entry) continue;
      this.total -= entry.bytes;
      this.held.delete(id);
    }
  }
}
