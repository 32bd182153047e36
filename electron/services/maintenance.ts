import { listBackups, runScheduledBackups } from '../library/backup';
import type { Library } from '../library/open';
import { checkIntegrity, type Recovery } from '../library/recover';
import type { LibraryStatus } from '../../shared/ipc/library';
import { libraryMessages } from '../library/messages';

/**
 * After start-up the app checks the whole library (a large one takes a second, so it is not done
 * before the window shows) and then makes the scheduled backups; backups run again every few hours
 * while the app stays open. A damaged library is never backed up.
 */
export class LibraryMaintenance {
  private integrity: LibraryStatus['integrity'] = 'pending';
  private problem: string | null = null;
  private timers: ReturnType<typeof setTimeout>[] = [];

  constructor(
    private readonly library: Library,
    private readonly recovery: Recovery | null,
  ) {
    if (library.readOnly) this.problem = libraryMessages.openedReadOnly(library.path);
  }

  start(delayMs = 4000, everyMs = 4 * 3600 * 1000): void {
    // The paragraph tables at once, before the user can have written much; everything else a little later.
    this.timers.push(setTimeout(() => this.checkParagraphs(), 0));
    this.timers.push(setTimeout(() => void this.run(), delayMs));
    this.timers.push(setInterval(() => void this.run(), everyMs));
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  /** The quick check of the paragraph tables that the open itself leaves out (see paragraphTableProblems). */
  checkParagraphs(): void {
    if (this.library.readOnly || this.integrity === 'damaged') return;
    const { ok, problems } = checkIntegrity(this.library, 'paragraphs');
    if (!ok) this.markDamaged(problems);
  }

  async run(now = new Date()): Promise<void> {
    if (this.library.readOnly) {
      // Nothing can be repaired or backed up beside a file that takes no writes; the user is told why.
      this.problem = libraryMessages.openedReadOnly(this.library.path);
      return;
    }
    const { ok, problems } = checkIntegrity(this.library);
    if (!ok) {
      this.markDamaged(problems);
      return;
    }
    this.integrity = 'ok';
    try {
      await runScheduledBackups(this.library, now);
    } catch (error) {
      this.problem = `自动备份失败：${(error as Error).message}`;
    }
  }

  private markDamaged(problems: string[]): void {
    this.integrity = 'damaged';
    this.problem = libraryMessages.damagedWhileOpen(this.library.path, problems[0] ?? '');
    // Whatever is written now is lost when the next start restores a backup: refuse it instead.
    this.library.db.pragma('query_only = ON');
  }

  /** Why writes are refused: the library was found damaged while open (null while it is sound). */
  damage(): string | null {
    return this.integrity === 'damaged' ? this.problem : null;
  }

  status(): Omit<LibraryStatus, 'lockWaitSince'> {
    const backups = listBackups(this.library.path);
    return {
      path: this.library.path,
      integrity: this.integrity,
      recoveryMessage: this.recovery?.message ?? null,
      problem: this.problem,
      backups: backups.length,
      lastBackupAt: backups[0]?.createdAt ?? null,
    };
  }
}
