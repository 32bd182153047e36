import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { registerIpc } from '../../electron/ipc/register';
import { LibraryError } from '../../electron/library/errors';
import { openLibrary } from '../../electron/library/open';
import { createHandlers } from '../../electron/services/handlers';
import { channels, type HandlerTable } from '../../shared/ipc/contract';
import { tempLibraryPath } from './helpers';

function handlersOverTempLibrary(): HandlerTable {
  return createHandlers(openLibrary(tempLibraryPath()));
}

describe('channel names', () => {
  it('follow one domain:verbObject scheme', () => {
    const domains = ['library', 'paragraphs', 'phrases', 'skeletons', 'drafts', 'checks', 'import', 'export', 'jobs', 'sources'];
    const verbs = ['get', 'list', 'load', 'save', 'add', 'update', 'delete', 'rename', 'move', 'open', 'restore', 'trash', 'merge', 'search', 'set', 'mark', 'read', 'import', 'export', 'backup', 'preview', 'commit', 'discard', 'finish', 'find', 'cancel', 'review'];
    const wrong = channels.filter((channel) => {
      const [domain = '', action = ''] = channel.split(':');
      return !domains.includes(domain) || !verbs.some((verb) => new RegExp(`^${verb}([A-Z]|$)`).test(action));
    });
    expect(wrong).toEqual([]);
  });
});

describe('dispatch', () => {
  it('answers a known channel with its value', async () => {
    const result = await dispatch(handlersOverTempLibrary(), 'skeletons:list', {});
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.value as unknown[]).length).toBeGreaterThan(0);
  });

  it('refuses an unknown channel with a typed error', async () => {
    const result = await dispatch(handlersOverTempLibrary(), 'library:dropAll', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('validates input against the contract before any handler runs', async () => {
    const handlers = handlersOverTempLibrary();
    const save = vi.spyOn(handlers, 'drafts:save');
    for (const bad of [{ title: 1, content: '{}' }, { title: 't' }, { title: 't', content: '{}', extra: true }, 'text', null]) {
      const result = await dispatch(handlers, 'drafts:save', bad);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!result.ok) expect(result.error.message).toContain('请求内容不符合要求');
    }
    expect(save).not.toHaveBeenCalled();
  });

  it('turns a library failure into its code and Chinese message', async () => {
    const result = await dispatch(handlersOverTempLibrary(), 'drafts:save', { id: 999, title: 't', content: '{"root":{"type":"root","children":[]}}' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '文稿 999 不存在，可能已被删除。' } });
  });

  it('hides an unexpected exception behind INTERNAL instead of leaking a thrown string', async () => {
    const handlers = handlersOverTempLibrary();
    handlers['library:getInfo'] = () => {
      throw new TypeError('boom at /home/secret/path');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await dispatch(handlers, 'library:getInfo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!result.ok) expect(result.error.message).not.toContain('secret');
  });

  it('passes LibraryError codes through unchanged', async () => {
    const handlers = handlersOverTempLibrary();
    handlers['library:getInfo'] = () => {
      throw new LibraryError('LIBRARY_UNAVAILABLE', '素材库被占用');
    };
    expect(await dispatch(handlers, 'library:getInfo', {})).toEqual({
      ok: false,
      error: { code: 'LIBRARY_UNAVAILABLE', message: '素材库被占用' },
    });
  });
});

describe('drafts over the contract', () => {
  it('creates, overwrites and reloads the latest draft', async () => {
    const handlers = handlersOverTempLibrary();
    expect(await dispatch(handlers, 'drafts:loadCurrent', {})).toEqual({ ok: true, value: null });
    const created = await dispatch(handlers, 'drafts:save', { title: '', content: '{"root":{"type":"root","children":[],"v":1}}' });
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.value as { id: number }).id : 0;
    expect(await dispatch(handlers, 'drafts:loadCurrent', {})).toMatchObject({ value: { title: '未命名文稿' } });
    await dispatch(handlers, 'drafts:save', { id, title: '草稿二', content: '{"root":{"type":"root","children":[],"v":2}}' });
    // A title derived from the text replaces only an untitled draft's title, so a rename sticks.
    await dispatch(handlers, 'drafts:save', { id, title: '草稿三', content: '{"root":{"type":"root","children":[],"v":3}}' });
    const loaded = await dispatch(handlers, 'drafts:loadCurrent', {});
    expect(loaded).toMatchObject({ ok: true, value: { id, title: '草稿二', content: '{"root":{"type":"root","children":[],"v":3}}' } });
  });

  it('refuses to save content the editor could not open again, and keeps the stored draft', async () => {
    const handlers = handlersOverTempLibrary();
    const good = '{"root":{"type":"root","children":[{"type":"paragraph","children":[{"type":"text","text":"正文"}]}]}}';
    const created = (await dispatch(handlers, 'drafts:save', { title: '报告', content: good })) as { ok: true; value: { id: number } };
    for (const bad of ['{"a":1}', 'not json', '{"root":{"type":"root","children":[{"type":"script","children":[]}]}}', '{"root":{"type":"root","children":{}}}']) {
      expect(await dispatch(handlers, 'drafts:save', { id: created.value.id, title: '报告', content: bad })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^文稿没有保存：.*已保存的文稿没有改动。$/) },
      });
    }
    expect(await dispatch(handlers, 'drafts:loadCurrent', {})).toMatchObject({ ok: true, value: { content: good } });
  });
});

describe('registerIpc', () => {
  function register(trusted: boolean) {
    const registered = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
    const ipcMain = { handle: vi.fn((channel: string, fn: never) => registered.set(channel, fn)) };
    registerIpc(ipcMain, handlersOverTempLibrary(), () => trusted);
    return registered;
  }

  it('registers exactly one handler per contract channel', () => {
    expect([...register(true).keys()].sort()).toEqual([...channels].sort());
  });

  it('answers trusted senders and refuses others', async () => {
    const trusted = register(true).get('phrases:list');
    expect(await trusted?.({}, {})).toMatchObject({ ok: true });
    const untrusted = register(false).get('phrases:list');
    expect(await untrusted?.({}, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
