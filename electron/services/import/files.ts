import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { MAX_REPORT_BYTES } from '../../../shared/model/limits';
import { ImportError } from './errors';

const importable = new Set(['.txt', '.docx', '.doc']);

/** Files to import from the given paths; folders are searched recursively for .txt, .docx and .doc. */
export async function collectReportFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      files.push(path);
      continue;
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    const nested = entries
      .filter((e) => e.isDirectory() || importable.has(extname(e.name).toLowerCase()))
      .filter((e) => !e.name.startsWith('.') && !e.name.startsWith('~$'))
      .map((e) => join(path, e.name))
      .sort();
    files.push(...(await collectReportFiles(nested)));
  }
  return files;
}

/** Reads a file for import, refusing what cannot be a report before reading it whole. */
export async function readReportFile(path: string): Promise<{ name: string; bytes: Uint8Array }> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ImportError('UNREADABLE');
    size = info.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('UNREADABLE');
  }
  if (size > MAX_REPORT_BYTES) throw new ImportError('TOO_LARGE');
  try {
    return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
  } catch {
    throw new ImportError('UNREADABLE');
  }
}
