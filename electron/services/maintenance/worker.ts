// Entry of the maintenance worker (built to out/worker/maintenance.mjs): the integrity checks and the
// backup copies run here, each on a connection of its own, so the thread that answers requests never
// waits for them (seconds on a large library). WAL lets these readers run beside the app's writes.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import type { MaintenanceReply, MaintenanceRequest, MaintenanceWorkerData } from './protocol';

const port = parentPort;
if (!port) throw new Error('the maintenance worker runs only as a worker thread');
const data = workerData as MaintenanceWorkerData;
const Database = createRequire(import.meta.url)(data.sqliteModule) as typeof BetterSqlite3;

const open = (path: string) =>
  new Database(path, { readonly: true, fileMustExist: true, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });

const lines = (rows: unknown[], column: string) =>
  (rows as Record<string, string>[]).map((row) => row[column] ?? '').filter((line) => line !== 'ok');

async function answer(request: MaintenanceRequest): Promise<MaintenanceReply> {
  if (request.op === 'check') {
    const db = open(request.path);
    try {
      const problems =
        request.scope === 'full' ? lines(db.pragma('integrity_check') as unknown[], 'integrity_check') : lines(db.pragma('quick_check(paragraphs)') as unknown[], 'quick_check');
      return { id: request.id, ok: true, problems };
    } finally {
      db.close();
    }
  }
  if (request.op === 'copy') {
    const db = open(request.from);
    try {
      await db.backup(request.to);
      return { id: request.id, ok: true };
    } finally {
      db.close();
    }
  }
  let db: BetterSqlite3.Database;
  try {
    db = open(request.path);
  } catch {
    return { id: request.id, ok: true, intact: false };
  }
  try {
    return { id: request.id, ok: true, intact: db.pragma('integrity_check', { simple: true }) === 'ok' };
  } catch {
    return { id: request.id, ok: true, intact: false };
  } finally {
    db.close();
  }
}

port.on('message', (request: MaintenanceRequest) => {
  answer(request).then(
    (reply) => port.postMessage(reply),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const code = (error as { code?: string } | null)?.code;
      port.postMessage({ id: request.id, ok: false, message, addonMissing: code === 'ERR_DLOPEN_FAILED' } satisfies MaintenanceReply);
    },
  );
});
