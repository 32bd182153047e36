import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The per-user folder that holds the library. The desktop app sets Electron's userData to this same
 * folder, so the app, web mode and the CLI all open one library file by default.
 */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Wengao');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Wengao');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'wengao');
}

export const LIBRARY_FILE_NAME = 'library.sqlite';

/** `--db` wins, then WENGAO_DB, then the per-user default. */
export function resolveLibraryPath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return explicit;
  if (env.WENGAO_DB) return env.WENGAO_DB;
  return join(userDataDir(env), LIBRARY_FILE_NAME);
}
