import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/shell/App';
import { libraryBridge } from './fakeBridge';

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
