import { MAX_REPORT_BYTES } from '../../shared/model/limits';
import type { ImportSource } from '../../shared/ipc/contract';
import { importStrings } from './strings';


export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** FileReader works in every renderer (Blob.arrayBuffer is missing in some embedded engines). */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

/** A picked or dropped file as an import source; too-large files are refused before reading. */
export async function fileToSource(file: File): Promise<ImportSource> {
  if (file.size > MAX_REPORT_BYTES) throw new Error(importStrings.tooLarge);
  try {
    return { name: file.name, dataBase64: toBase64(await readBytes(file)) };
  } catch {
    throw new Error(importStrings.readFailed);
  }
}
