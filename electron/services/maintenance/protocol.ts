/** Messages between the app and the maintenance worker (out/worker/maintenance.mjs). */
export type MaintenanceJob =
  | { op: 'check'; path: string; scope: 'full' | 'paragraphs' }
  | { op: 'copy'; from: string; to: string }
  | { op: 'verify'; path: string };

export type MaintenanceRequest = MaintenanceJob & { id: number };

export type MaintenanceReply =
  | { id: number; ok: true; problems?: string[]; intact?: boolean }
  | { id: number; ok: false; message: string; addonMissing: boolean };

export interface MaintenanceWorkerData {
  /** better-sqlite3's entry, resolved by the app (a worker in the unpacked folder cannot find it on its own). */
  sqliteModule: string;
  /** The Electron build of its addon; unset under Node. */
  nativeBinding: string | undefined;
}
