import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { openLibrary, type Library } from '../../electron/library/open';
import { createHandlers } from '../../electron/services/handlers';
import { analyseSource } from '../../electron/services/import/analyse';
import { ImportPreviews, heldBytes } from '../../electron/services/import/previews';
import { WorkerParser } from '../../electron/services/parse/parser';
import { tempLibraryPath } from './helpers';

const report = ['2025年某局工作总结', '一、主要工作', '全年召开专题会议4次，开展理论学习12次。', '二、存在问题', '学习的深度还不够。'].join('\n');

/** A report as big as an import may be (about 19 MB of Chinese text as UTF-8). */
function hugeReport(): { name: string; dataBase64: string } {
  const line = '我们认真贯彻落实意识形态工作责任制，坚持把意识形态工作摆在重要位置，全年召开专题会议。\n';
  return { name: '大报告.txt', dataBase64: Buffer.from(report + '\n' + line.repeat(75_000)).toString('base64') };
}

const parsers: WorkerParser[] = [];
const libraries: Library[] = [];
afterEach(async () => {
  for (const parser of parsers.splice(0)) await parser.close();
  for (const library of libraries.splice(0)) library.close();
});

function parser(options: ConstructorParameters<typeof WorkerParser>[0] = {}): WorkerParser {
  const made = new WorkerParser(options);
  parsers.push(made);
  return made;
}

function handlersWith(made: WorkerParser) {
  const library = openLibrary(tempLibraryPath());
  libraries.push(library);
  return createHandlers(library, undefined, made);
}

describe('reports are read in a worker thread with limits', () => {
  it('reads a report in the worker exactly as in the main thread', async () => {
    const source = { text: report, name: '粘贴的文本' };
    expect(await parser().analyse(source)).toEqual(await analyseSource(source));
  });

  it('stops a read over its memory limit while the main thread keeps answering, then reads the next file', async () => {
    const handlers = handlersWith(parser({ memoryLimitMb: 16 }));
    let previewSettled = false;
    const preview = dispatch(handlers, 'import:preview', { source: hugeReport() }).finally(() => (previewSettled = true));
    const search = await dispatch(handlers, 'paragraphs:search', { query: '会议' });
    expect(search.ok).toBe(true);
    // The search was answered while the worker was still reading: the main thread was never blocked.
    expect(previewSettled).toBe(false);
    expect(await preview).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED', message: expect.stringContaining('MB 内存，已停止') } });
    expect(await dispatch(handlers, 'import:preview', { source: { text: report, name: 'b' } })).toMatchObject({ ok: true, value: { title: '2025年某局工作总结' } });
  });

  it('stops a read over its time limit, and 打开 says so in its own words', async () => {
    const handlers = handlersWith(parser({ timeLimitMs: 1 }));
    expect(await dispatch(handlers, 'drafts:readFile', { source: hugeReport() })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_REJECTED', message: expect.stringMatching(/^读取这个文件超过 60 秒仍未完成，已停止，未打开/) },
    });
  });

  it('cancels the running read and a queued one by the ids the page gave them; other reads go on', async () => {
    const handlers = handlersWith(parser());
    const running = dispatch(handlers, 'import:preview', { source: hugeReport(), jobId: 'big' });
    const queued = dispatch(handlers, 'import:preview', { source: hugeReport(), jobId: 'next' });
    const kept = dispatch(handlers, 'import:preview', { source: { text: report, name: 'c' }, jobId: 'small' });
    expect(await dispatch(handlers, 'jobs:cancel', { jobId: 'next' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await dispatch(handlers, 'jobs:cancel', { jobId: 'big' })).toEqual({ ok: true, value: { cancelled: true } });
    const cancelled = { ok: false, error: { code: 'IMPORT_REJECTED', message: '已取消读取这个文件，未导入。' } };
    expect(await running).toMatchObject(cancelled);
    expect(await queued).toMatchObject(cancelled);
    expect(await kept).toMatchObject({ ok: true, value: { title: '2025年某局工作总结' } });
    expect(await dispatch(handlers, 'jobs:cancel', { jobId: 'small' })).toEqual({ ok: true, value: { cancelled: false } });
  });
});

describe('held import previews are bounded by memory', () => {
  it('lets the oldest previews go once the held ones pass the limit, never the newest', async () => {
    const small = await analyseSource({ text: report, name: 'a' });
    const previews = new ImportPreviews(heldBytes(small) * 2.5);
    const ids = [previews.hold(small), previews.hold(small), previews.hold(small)];
    expect(() => previews.get(ids[0] ?? '')).toThrow('预览已失效');
    expect(previews.get(ids[2] ?? '')).toBe(small);
    expect(previews.bytes()).toBe(heldBytes(small) * 2);
    const big = await analyseSource({ text: report + '\n' + '很长的段落。'.repeat(10_000), name: 'big' });
    const bigId = previews.hold(big);
    expect(previews.get(bigId)).toBe(big);
    expect(previews.bytes()).toBe(heldBytes(big));
  });
});
