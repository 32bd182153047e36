import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ExportError, exportMessages } from './errors';

/**
 * The lock files Word (`~$name`, with the first one or two characters dropped for long names),
 * WPS (`.~name`) and LibreOffice (`.~lock.name#`) keep beside a file while it is open.
 */
export function isOpenInOffice(path: string): boolean {
  const name = basename(path);
  const folder = dirname(path);
  const locks = [`~$${name}`, `~$${name.slice(1)}`, `~$${name.slice(2)}`, `.~${name}`, `.~lock.${name}#`];
  return locks.some((lock) => existsSync(join(folder, lock)));
}

/** `.<name>.<pid>.partial`: what writeExport writes before renaming it over the target. */
const partialName = /^\..+\.(\d+)\.partial$/u;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An export killed half-way (power cut, kill -9) leaves its hidden temporary file behind; the next
 * export into the same folder removes those whose program is no longer running.
 */
export function removeStalePartials(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = Number(partialName.exec(name)?.[1] ?? NaN);
    return Number.isInteger(pid) && pid !== process.pid && !isRunning(pid);
  });
  for (const name of stale) rmSync(join(folder, name), { force: true });
  return stale;
}

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target, which is then
 * renamed over it, so a crash never leaves half a report. Refuses to replace an existing or open
 * file unless `force` is set.
 */
export function writeExport(path: string, data: Uint8Array | string, { force = false } = {}): void {
  if (!force && isOpenInOffice(path)) throw new ExportError('OPEN_ELSEWHERE', exportMessages.openElsewhere(path));
  if (!force && existsSync(path)) throw new ExportError('EXISTS', exportMessages.exists(path));
  removeStalePartials(dirname(path));
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw writeFailure(path, error);
  }
}

/** Why a file could not be written, said by its cause: a full disk is not a permission problem. */
export function writeFailure(path: string, error: unknown): ExportError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'EBUSY' || code === 'EPERM') return new ExportError('OPEN_ELSEWHERE', exportMessages.openElsewhere(path));
  if (code === 'ENOSPC' || code === 'EDQUOT') return new ExportError('WRITE_FAILED', exportMessages.diskFull(path));
  if (code === 'EROFS') return new ExportError('WRITE_FAILED', exportMessages.readOnlyDisk(path));
  return new ExportError('WRITE_FAILED', exportMessages.writeFailed(path, code || String(error)));
}
