import { writeFileSync } from 'node:fs';
import { listBackups, runScheduledBackups } from '../library/backup';
import type { Library } from '../library/open';
import { damagedMarker, type Recovery } from '../library/recover';
import type { LibraryStatus } from '../../shared/ipc/library';
import { libraryMessages } from '../library/messages';
import { maintenanceTasks, type MaintenanceTasks } from './maintenance/tasks';

/**
 * After start-up the app checks the whole library and then makes the scheduled backups; backups run
 * again every few hours while the app stays open. A damaged library is never backed up. The checks
 * and the backup copies run in a worker thread with connections of their own (seconds on a large
 * library): the thread that answers requests only starts them and reads their answers.
 */
export class LibraryMaintenance {
  private integrity: LibraryStatus['integrity'] = 'pending';
  private problem: string | null = null;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private readonly tasks: MaintenanceTasks;
  private running: Promise<void> | null = null;
  /** Set by stop(): an answer that arrives later (the library closed, restored or its folder gone) is dropped. */
  private stopped = false;

  constructor(
    private readonly library: Library,
    private readonly recovery: Recovery | null,
    tasks?: MaintenanceTasks,
  ) {
    if (library.readOnly) this.problem = libraryMessages.openedReadOnly(library.path);
    this.tasks = tasks ?? maintenanceTasks(library);
  }

  start(delayMs = 4000, everyMs = 4 * 3600 * 1000): void {
    // The paragraph tables at once, before the user can have written much; everything else a little later.
    const quietly = (work: () => Promise<void>) => () => void work().catch((error: unknown) => this.failed(error));
    this.timers.push(setTimeout(quietly(() => this.checkParagraphs()), 0));
    this.timers.push(setTimeout(quietly(() => this.run()), delayMs));
    this.timers.push(setInterval(quietly(() => this.run()), everyMs));
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    this.tasks.close();
  }

  /** A check that could not run at all (not damage: that is its answer) is shown, unless the library has closed. */
  private failed(error: unknown): void {
    if (!this.stopped) this.problem = `后台检查未能完成：${error instanceof Error ? error.message : String(error)}`;
  }

  /** The quick check of the paragraph tables that the open itself leaves out (see paragraphTableProblems). */
  async checkParagraphs(): Promise<void> {
    if (this.library.readOnly || this.integrity === 'damaged') return;
    const problems = await this.tasks.check('paragraphs');
    if (problems.length > 0 && !this.stopped) this.markDamaged(problems);
  }

  /** The full check, then the scheduled backups; a run already under way is joined, not repeated. */
  run(now = new Date()): Promise<void> {
    this.running ??= this.runOnce(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOnce(now: Date): Promise<void> {
    if (this.library.readOnly) {
      // Nothing can be repaired or backed up beside a file that takes no writes; the user is told why.
      this.problem = libraryMessages.openedReadOnly(this.library.path);
      return;
    }
    const problems = await this.tasks.check('full');
    if (this.stopped) return;
    if (problems.length > 0) {
      this.markDamaged(problems);
      return;
    }
    this.integrity = 'ok';
    try {
      await runScheduledBackups(this.library, now, this.tasks);
    } catch (error) {
      this.problem = `自动备份失败：${(error as Error).message}`;
    }
  }

  private markDamaged(problems: string[]): void {
    // The next start recovers from the newest good backup; the user is told now.
    writeFileSync(damagedMarker(this.library.path), problems.slice(0, 20).join('\n'));
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
