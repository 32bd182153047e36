import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/shell/App';
import type { WengaoApi } from '../../shared/ipc/contract';
import type { SearchHit } from '../../shared/ipc/search';
import { fakeBridge, libraryBridge } from './fakeBridge';

describe('with the real handler table behind the bridge', () => {
  it('adds a phrase to a category and removes it again in 管理 mode', async () => {
    const bridge = libraryBridge();
    render(<App bridge={bridge} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: '短语' }));
    await user.click(await screen.findByRole('button', { name: '管理' }));
    await user.type(screen.getByRole('textbox', { name: '在“开头结尾”中新增短语' }), '以上报告，请审阅。{Enter}');
    expect(await screen.findByText('以上报告，请审阅。')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '删除“以上报告，请审阅。”' }));
    await user.click(within(await screen.findByRole('alertdialog', { name: '请确认' })).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(screen.queryByText('以上报告，请审阅。')).toBeNull());
  });

  it('filters phrases with its own search box', async () => {
    render(<App bridge={libraryBridge()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: '短语' }));
    await user.type(await screen.findByRole('searchbox', { name: '搜索短语' }), '三审');
    expect(screen.getByRole('button', { name: '“三审三校”' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '“一岗双责”' })).toBeNull();
  });

  it('saves the draft outline as a skeleton', async () => {
    const bridge = libraryBridge();
    render(<App bridge={bridge} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '自查报告' }));
    await user.click(screen.getByRole('button', { name: '把当前文稿的提纲存为骨架' }));
    const name = screen.getByRole('textbox', { name: '骨架名称' });
    await user.clear(name);
    await user.type(name, '我的自查提纲');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('button', { name: '我的自查提纲' })).toBeTruthy();
    const skeletons = await bridge['skeletons:list']({});
    expect(skeletons.ok && skeletons.value.find((s) => s.name === '我的自查提纲')?.headings[0]).toEqual({ level: 1, text: '自查工作开展情况' });
  });
});

describe('学会的网站内容 in 备份与素材包', () => {
  const page = (issue: number) =>
    `2025年某局工作总结\n一、主要工作\n全年召开专题会议${issue}次，研究部署有关工作。\n特此报告。\n某局\n2025年12月${issue}日\n城南文印社第${issue}期汇编`;

  it('lists what an import learned, forgets one line, and forgets all after asking', async () => {
    const bridge = libraryBridge();
    // Two imports where the user marked the copy shop's line (and then its other line) as the site's.
    for (const [issue, line] of [
      [8, `城南文印社第8期汇编`],
      [9, '某局'],
    ] as const) {
      const first = await bridge['import:preview']({ source: { text: page(issue), name: `${issue}.txt` } });
      if (!first.ok) throw new Error(first.error.message);
      const shape = first.value.lines.find((l) => l.text === line)?.shape ?? '';
      const corrected = await bridge['import:preview']({ source: { text: page(issue), name: `${issue}.txt` }, corrections: [{ shape, label: issue === 8 ? 'chrome' : 'body' }] });
      if (!corrected.ok) throw new Error(corrected.error.message);
      await bridge['import:commit']({ previewId: corrected.value.previewId, exclude: [] });
    }
    render(<App bridge={bridge} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '备份与素材包' }));
    const list = await screen.findByRole('list', { name: '学会的网站内容' });
    expect(within(list).getByText('城南文印社第8期汇编')).toBeTruthy();
    expect(within(list).getByText('报告正文')).toBeTruthy();

    await user.click(within(list).getByRole('button', { name: '忘记“城南文印社第8期汇编”的判断' }));
    expect(await screen.findByText('已忘记“城南文印社第8期汇编”的判断。')).toBeTruthy();
    await waitFor(() => expect(within(list).queryByText('城南文印社第8期汇编')).toBeNull());

    await user.click(screen.getByRole('button', { name: '全部忘记…' }));
    await user.click(within(await screen.findByRole('alertdialog', { name: '请确认' })).getByRole('button', { name: '忘记' }));
    expect(await screen.findByText(/已忘记 1 条学会的判断/)).toBeTruthy();
    expect(await bridge['import:listLearned']({})).toEqual({ ok: true, value: [] });
  });
});

describe('the count of a broad search', () => {
  const hit = (id: number): SearchHit => ({
    id,
    text: `党的建设段落${id}。`,
    part: 'work',
    source: null,
    year: null,
    favorite: false,
    useCount: 0,
    tags: [],
    placeholderCount: 0,
    snippet: { text: `党的建设段落${id}。`, marks: [[0, 1]] },
  });

  it('shows an estimated total as 约', async () => {
    // jsdom lays nothing out and has no scrolling; the panel scrolls its list to the top on a new query.
    Object.defineProperty(HTMLElement.prototype, 'scrollTo', { configurable: true, value: () => undefined });
    const search = vi.fn((request: { query: string; offset?: number }) => {
      const offset = request.offset ?? 0;
      if (request.query === '') return Promise.resolve({ ok: true as const, value: { total: 3, hits: [hit(1), hit(2), hit(3)] } });
      const hits = offset === 0 ? Array.from({ length: 100 }, (_, i) => hit(i + 1)) : [hit(101)];
      return Promise.resolve({ ok: true as const, value: { total: 12_000, estimated: true, hits } });
    });
    const bridge = fakeBridge({ 'paragraphs:search': search as unknown as WengaoApi['paragraphs:search'] });
    render(<App bridge={bridge} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: '段落库' }));
    await user.type(await screen.findByRole('searchbox', { name: '搜索段落库' }), '党');
    expect(await screen.findByText('约 12,000 段')).toBeTruthy();
  });
});
