import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HandlerTable } from '../../shared/ipc/contract';
import { dispatch, failure } from '../ipc/dispatch';
import { pageHeaders as baseHeaders, readRendererFile } from '../rendererFiles';
import { maxRequestBytes } from '../../shared/model/limits';

export interface WebServerOptions {
  handlers: HandlerTable;
  /** The built renderer (out/renderer). */
  staticDir: string;
}

/**
 * Web mode: serves the built renderer and answers the IPC contract at POST /api/<channel> with the
 * handler table the desktop app uses. Meant for 127.0.0.1 only: requests naming another host or
 * coming from another origin are refused, so no other site can reach the private library.
 */
export function createWebServer({ handlers, staticDir }: WebServerOptions): Server {
  const server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      console.error('[wengao web]', error);
      if (!response.headersSent) send(response, 500, failure('INTERNAL'));
      else response.end();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const port = (server.address() as { port?: number } | null)?.port;
    if (!isLocalHost(request.headers.host, port)) return send(response, 403, failure('FORBIDDEN'));
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, failure('INVALID_INPUT', '只接受 POST 请求。'));
      const origin = request.headers.origin;
      if (origin !== undefined && !isLocalOrigin(origin, port)) return send(response, 403, failure('FORBIDDEN'));
      const channel = decoded(url.pathname.slice('/api/'.length));
      if (channel === null) return send(response, 400, failure('INVALID_INPUT', '请求地址的编码无效。'));
      const limit = maxRequestBytes(channel);
      const body = await readBody(request, limit);
      if (body === null) {
        // Said before the connection closes, so the page can tell the user rather than see a reset.
        response.setHeader('connection', 'close');
        return send(response, 413, failure('INVALID_INPUT', `请求内容超过 ${Math.floor(limit / (1024 * 1024))} MB，已拒绝。`));
      }
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return send(response, 400, failure('INVALID_INPUT', '请求内容不是有效的 JSON。'));
      }
      return send(response, 200, await dispatch(handlers, channel, input));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method Not Allowed');
    return serveStatic(staticDir, url.pathname, response);
  }

  return server;
}

/** `%E0%A4%A` is no text: null instead of a URIError. */
function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** An Origin header naming this server; `null` (a sandboxed or file page) and malformed ones do not. */
function isLocalOrigin(origin: string, port: number | undefined): boolean {
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return isLocalHost(host, port);
}

function isLocalHost(host: string | undefined, port: number | undefined): boolean {
  if (!host) return false;
  const allowed = ['127.0.0.1', 'localhost', '[::1]'].map((name) => (port ? `${name}:${port}` : name));
  return allowed.includes(host.toLowerCase());
}

async function serveStatic(staticDir: string, pathname: string, response: ServerResponse): Promise<void> {
  const file = await readRendererFile(staticDir, pathname);
  response.writeHead(file.status, file.headers);
  response.end(file.body);
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the 413 reaches the client.
      if (size > limit) resolve(null);
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, payload: unknown): void {
  response.writeHead(status, { ...baseHeaders, 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(payload));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
