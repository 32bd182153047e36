import type { WengaoApi } from '../../shared/ipc/contract';
import { formatOf, formatOfFile, type FormatId } from '../../shared/export/formats';
import { toBase64 } from '../import/readFiles';
import { exportStrings } from './strings';

/** Characters Windows does not allow in file names, and the length Word still opens comfortably. */
export function fileNameFor(title: string, format: FormatId): string {
  const base = title.replace(/[\\/:*?"<>|\r\n\t]+/g, ' ').trim().slice(0, 80) || exportStrings.untitled;
  return `${base}${formatOf(format).extension}`;
}

/** The desktop app has `window.wengao`; web mode talks to its server over HTTP. */
export const isDesktop = (): boolean => typeof window !== 'undefined' && window.wengao !== undefined;

/**
 * Hands an export to the user: the desktop app asks where to save and writes the file whole in the
 * main process; web mode downloads it through the browser. Resolves to a message for the status line,
 * or null when the user cancelled.
 */
export async function deliver(bridge: WengaoApi, fileName: string, data: Uint8Array | string): Promise<string | null> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  if (isDesktop()) {
    const result = await bridge['export:saveFile']({ fileName, dataBase64: toBase64(bytes) });
    if (!result.ok) throw new Error(result.error.message);
    return result.value ? exportStrings.saved(result.value.path) : null;
  }
  const type = formatOfFile(fileName)?.mime ?? 'application/octet-stream';
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return exportStrings.downloaded(fileName);
}
