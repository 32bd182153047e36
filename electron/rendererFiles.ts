import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

/** Sent with every file of the page, by the desktop app's app:// protocol and by web mode alike. */
export const pageHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
};

export interface RendererFile {
  status: 200 | 400 | 404;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | string;
}

/**
 * A file of the built renderer (out/renderer) for a URL path; `/` is index.html. Paths that are not
 * valid percent-encoding, or that lead outside the folder, are refused.
 */
export async function readRendererFile(staticDir: string, pathname: string): Promise<RendererFile> {
  const text = (status: 400 | 404, body: string): RendererFile => ({ status, headers: { ...pageHeaders, 'content-type': 'text/plain; charset=utf-8' }, body });
  let path: string;
  try {
    path = decodeURIComponent(pathname === '/' || pathname === '' ? '/index.html' : pathname);
  } catch {
    return text(400, 'Bad Request');
  }
  const file = join(staticDir, normalize(path).replace(/^([/\\])+/u, ''));
  if (!file.startsWith(staticDir + sep)) return text(404, 'Not Found');
  try {
    const body = new Uint8Array(await readFile(file));
    return { status: 200, headers: { ...pageHeaders, 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }, body };
  } catch {
    return text(404, 'Not Found');
  }
}
