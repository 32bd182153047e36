import { join } from 'node:path';

/** Where the Electron build of better-sqlite3 lives (see electron/native/electron-sqlite.mjs). */
export function electronSqliteDir(projectRoot: string, platform: string = process.platform, arch: string = process.arch) {
  return join(projectRoot, 'node_modules', '.cache', 'wengao-electron-sqlite', `${platform}-${arch}`);
}

export function electronSqliteBinding(options: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
}): string {
  return options.isPackaged
    ? join(options.resourcesPath, 'native', 'better_sqlite3.node')
    : join(electronSqliteDir(options.appPath), 'better_sqlite3.node');
}
