import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../electron/library/open';
import { createHandlers } from '../../electron/services/handlers';
import { createWebServer } from '../../electron/web/server';
import { MAX_REPORT_BASE64 } from '../../shared/model/limits';
import { tempDir, tempLibraryPath } from './helpers';

let stop: (() => Promise<void>) | undefined;

afterEach(async () => {
  await stop?.();
  stop = undefined;
});

async function startServer() {
  const library: Library = openLibrary(tempLibraryPath());
  const staticDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>文稿助手</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const server = createWebServer({ handlers: createHandlers(library), staticDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  stop = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      library.close();
    });
  return port;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(port: number, path: string, options: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const post = (port: number, channel: string, body: string, headers: Record<string, string> = {}) =>
  call(port, `/api/${channel}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('web-mode server', () => {
  it('serves the built page with the strict CSP', async () => {
    const port = await startServer();
    const page = await call(port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('文稿助手');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect((await call(port, '/assets/app.js')).headers['content-type']).toContain('javascript');
  });

  it('answers the contract with the same handler table as the desktop app', async () => {
    const port = await startServer();
    const reply = await post(port, 'skeletons:list', '{}');
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as { ok: boolean; value: { name: string }[] };
    expect(result.ok).toBe(true);
    expect(result.value.map((s) => s.name)).toContain('意识形态工作责任制落实情况报告');
  });

  it('returns typed errors for unknown channels, bad JSON and bad input', async () => {
    const port = await startServer();
    expect(JSON.parse((await post(port, 'library:nope', '{}')).body)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    const badJson = await post(port, 'drafts:save', '{oops');
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.parse((await post(port, 'drafts:save', '{"title":5}')).body)).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect((await call(port, '/api/library:getInfo')).status).toBe(405);
  });

  it('refuses other hosts and other origins so no website can read the library', async () => {
    const port = await startServer();
    const rebinding = await call(port, '/', { headers: { host: `evil.example:${port}` } });
    expect(rebinding.status).toBe(403);
    const crossSite = await post(port, 'phrases:list', '{}', { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(JSON.parse(crossSite.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const sameSite = await post(port, 'phrases:list', '{}', { origin: `http://127.0.0.1:${port}` });
    expect(sameSite.status).toBe(200);
  });

  it('never serves files outside the built page', async () => {
    const port = await startServer();
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../secret']) {
      expect((await call(port, path)).status).toBe(404);
    }
  });
});

describe('web-mode server on bad requests', () => {
  it('refuses a malformed or null Origin with 403, not a 500 with a stack', async () => {
    const port = await startServer();
    for (const origin of ['null', 'not a url', 'http://']) {
      expect((await post(port, 'skeletons:list', '{}', { origin })).status, origin).toBe(403);
    }
  });

  it('answers bad percent-encoding with 400', async () => {
    const port = await startServer();
    expect((await post(port, '%E0%A4%A', '{}')).status).toBe(400);
    expect((await call(port, '/assets/%E0%A4%A.js')).status).toBe(400);
  });

  it('takes a draft as large as the app does, beyond the size of the largest report', async () => {
    const port = await startServer();
    const content = JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: '字'.repeat(10_500_000) }] }] } });
    expect(Buffer.byteLength(content)).toBeGreaterThan(MAX_REPORT_BASE64 + 1024 * 1024);
    const reply = await post(port, 'drafts:save', JSON.stringify({ title: '长文稿', content }));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  });

  it('answers an oversized body with 413 and a message the client receives', async () => {
    const port = await startServer();
    const reply = await post(port, 'import:preview', 'x'.repeat(MAX_REPORT_BASE64 + 2 * 1024 * 1024));
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toMatch(/^请求内容超过 \d+ MB，已拒绝。$/u);
  });
});
