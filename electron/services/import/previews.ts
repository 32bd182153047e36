import { randomUUID } from 'node:crypto';
import type { AnalysedReport } from './analyse';
import { ImportError } from './errors';

/**
 * The reports the import dialog is previewing, parsed once: committing one stores what was
 * previewed, without the page sending the file again or the main process parsing it twice.
 * Bounded, oldest first out, so a dialog left open over many files cannot hold unlimited memory.
 */
export class ImportPreviews {
  private readonly held = new Map<string, AnalysedReport>();

  constructor(private readonly limit = 300) {}

  hold(analysed: AnalysedReport): string {
    const id = randomUUID();
    this.held.set(id, analysed);
    for (const oldest of this.held.keys()) {
      if (this.held.size <= this.limit) break;
      this.held.delete(oldest);
    }
    return id;
  }

  get(id: string): AnalysedReport {
    const analysed = this.held.get(id);
    if (!analysed) throw new ImportError('PREVIEW_EXPIRED');
    return analysed;
  }

  discard(ids: readonly string[]): void {
    for (const id of ids) this.held.delete(id);
  }
}
