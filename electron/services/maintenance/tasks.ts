import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Library } from '../../library/open';
import { isIntactLibrary, type BackupTasks } from '../../library/backup';
import { integrityProblems, paragraphTableProblems } from '../../library/open';
import { LibraryError } from '../../library/errors';
import { libraryMessages } from '../../library/messages';
import { findWorkerFile } from '../workerFile';
import type { MaintenanceJob, MaintenanceReply, MaintenanceRequest, MaintenanceWorkerData } from './protocol';

/** What the scheduled maintenance does to the library: checks, and the copy and check of each backup. */
export interface MaintenanceTasks extends BackupTasks {
  /** SQLite's lines about what is wrong (none: sound). A check stopped by the damage itself reports why. */
  check(scope: 'full' | 'paragraphs'): Promise<string[]>;
  close(): void;
}

/** On the thread that answers requests: what the app did before (kept for when no worker is built). */
export function inThreadTasks(library: Library): MaintenanceTasks {
  return {
    check: (scope) => {
      try {
        return Promise.resolve(scope === 'full' ? integrityProblems(library.db) : paragraphTableProblems(library.db));
      } catch (error) {
        return Promise.resolve([error instanceof Error ? error.message : String(error)]);
      }
    },
    copy: async (to) => {
      await library.db.backup(to);
    },
    verify: (path) => Promise.resolve(isIntactLibrary(path, library.nativeBinding)),
    close: () => undefined,
  };
}

/**
 * In a worker thread with connections of its own (electron/services/maintenance/worker.ts): the
 * integrity checks and the backups take seconds on a large library, and no request waits for them.
 */
export function workerTasks(library: Library): MaintenanceTasks {
  const data: MaintenanceWorkerData = {
    sqliteModule: createRequire(import.meta.url).resolve('better-sqlite3'),
    nativeBinding: library.nativeBinding,
  };
  const worker = new Worker(findWorkerFile('maintenance', import.meta.dirname), { workerData: data });
  // A worker waiting for work never keeps web mode or the CLI alive.
  worker.unref();
  let next = 1;
  const pending = new Map<number, { resolve: (reply: MaintenanceReply) => void; reject: (error: Error) => void }>();
  worker.on('message', (reply: MaintenanceReply) => {
    pending.get(reply.id)?.resolve(reply);
    pending.delete(reply.id);
  });
  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`maintenance worker exited with code ${code}`)));
  const ask = (job: MaintenanceJob): Promise<MaintenanceReply> =>
    new Promise<MaintenanceReply>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      // Kept alive while it works: a backup half made is never left behind by an exiting process.
      worker.ref();
      worker.postMessage({ ...job, id } satisfies MaintenanceRequest);
    }).finally(() => {
      if (pending.size === 0) worker.unref();
    });
  const settled = (reply: MaintenanceReply): MaintenanceReply & { ok: true } => {
    if (reply.ok) return reply;
    // A build of better-sqlite3 that cannot be loaded is the program's fault, never a damaged file.
    if (reply.addonMissing) throw new LibraryError('LIBRARY_UNAVAILABLE', libraryMessages.addonMissing(reply.message));
    throw new Error(reply.message);
  };
  return {
    check: async (scope) => {
      const reply = await ask({ op: 'check', path: library.path, scope });
      // Damage bad enough stops the check itself (SQLITE_CORRUPT): that is its answer.
      return reply.ok ? (reply.problems ?? []) : reply.addonMissing ? settled(reply).problems ?? [] : [reply.message];
    },
    copy: async (to) => {
      settled(await ask({ op: 'copy', from: library.path, to }));
    },
    verify: async (path) => settled(await ask({ op: 'verify', path })).intact === true,
    close: () => void worker.terminate(),
  };
}

/** The worker where it is built (always, after `npm run build` or the test set-up), else the request thread. */
export function maintenanceTasks(library: Library): MaintenanceTasks {
  try {
    return workerTasks(library);
  } catch {
    return inThreadTasks(library);
  }
}
