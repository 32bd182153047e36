import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `文稿助手 --cli doctor …`: the arguments after `--cli`, or null when the app is started normally. */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--cli');
  return at < 0 ? null : argv.slice(at + 1);
}

interface CliApp {
  exit: (code: number) => void;
}

/**
 * Runs the `wengao` CLI inside the installed app, so a user without Node has it too. The CLI is the
 * one built into out/cli; it loads the Electron build of better-sqlite3 the app ships.
 */
export async function runCliInApp(app: CliApp, args: string[], paths: { cliEntry: string; sqliteBinding: string }): Promise<void> {
  process.env.WENGAO_SQLITE_BINDING = paths.sqliteBinding;
  process.argv = [process.execPath, paths.cliEntry, ...args];
  try {
    const cli = (await import(pathToFileURL(paths.cliEntry).href)) as { finished: Promise<void> };
    await cli.finished;
    app.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  } catch (error) {
    console.error(error);
    app.exit(1);
  }
}

/** Where the built CLI sits relative to the main process bundle (out/main → out/cli). */
export const cliEntryBeside = (mainDir: string) => join(mainDir, '..', 'cli', 'wengao.mjs');
