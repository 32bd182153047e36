import { listBackups, restoreBackup, type BackupInfo } from '../library/backup';
import { openLibrary, type Library, type OpenLibraryOptions } from '../library/open';
import type { Recovery } from '../library/recover';
import { LibraryMaintenance } from './maintenance';
import { LibraryError } from '../library/errors';
import { libraryMessages } from '../library/messages';
import { LockWaits } from './lockWait';
import type { LibraryStatus } from '../../shared/ipc/library';

/**
 * The open library behind the handler table. Restoring a backup closes it, swaps the file and opens
 * it again, so every handler reads `session.library` at call time.
 */
export class LibrarySession {
  maintenance: LibraryMaintenance;
  readonly lockWaits = new LockWaits();

  constructor(
    public library: Library,
    recovery: Recovery | null = null,
    private readonly options: OpenLibraryOptions = { integrity: 'fast' },
  ) {
    this.maintenance = new LibraryMaintenance(library, recovery);
  }

  static of(source: Library | LibrarySession): LibrarySession {
    return source instanceof LibrarySession ? source : new LibrarySession(source);
  }

  start(): void {
    this.maintenance.start();
  }

  status(): LibraryStatus {
    return { ...this.maintenance.status(), lockWaitSince: this.lockWaits.waitingSince() };
  }

  backups(): BackupInfo[] {
    return listBackups(this.library.path);
  }

  /** Puts a verified backup in place of the library; the replaced file is kept as a backup. */
  restore(backupPath: string): { previous: string | null } {
    if (!this.backups().some((b) => b.path === backupPath)) throw new LibraryError('NOT_FOUND', libraryMessages.notABackup(backupPath));
    const path = this.library.path;
    this.maintenance.stop();
    this.library.close();
    try {
      return restoreBackup(path, backupPath, { nativeBinding: this.options.nativeBinding });
    } finally {
      this.library = openLibrary(path, this.options);
      this.maintenance = new LibraryMaintenance(this.library, null);
      this.maintenance.start();
    }
  }

  close(): void {
    this.maintenance.stop();
    this.library.close();
  }
}
