import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target, which is then
 * renamed over it, so a crash never leaves half a report. Refuses to replace an existing or open
 * file unless `force` is set.
 */
export function writeExport(path: string, data: Uint8Array | string, { force = false } = {}): void {
  if (!force && isOpenInOffice(path)) throw new ExportError('OPEN_ELSEWHERE', exportMessages.openElsewhere(path));
  if (!force && existsSync(path)) throw new ExportError('EXISTS', exportMessages.exists(path));
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EBUSY' || code === 'EPERM') throw new ExportError('OPEN_ELSEWHERE', exportMessages.openElsewhere(path));
    throw new ExportError('WRITE_FAILED', exportMessages.writeFailed(path, code || String(error)));
  }
}
