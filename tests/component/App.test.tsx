import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/shell/App';
import { fakeBridge, skeleton } from './fakeBridge';

describe('application shell', () => {
  it('shows the toolbar, the five material tabs, the editor and the status bar in Chinese', async () => {
    render(<App bridge={fakeBridge()} />);
    expect(screen.getByRole('toolbar', { name: '工具栏' })).toBeTruthy();
    const tablist = screen.getByRole('tablist', { name: '素材' });
    expect(within(tablist).getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      '骨架',
      '短语',
      '段落库',
      '大纲',
      '检查',
    ]);
    const editor = screen.getByRole('textbox', { name: '正文' });
    expect(editor.getAttribute('aria-multiline')).toBe('true');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('字数 0'));
    expect(await screen.findByRole('button', { name: '意识形态工作责任制落实情况报告' })).toBeTruthy();
  });

  it('inserts a skeleton’s headings, numbered by position', async () => {
    const bridge = fakeBridge();
    render(<App bridge={bridge} />);
    fireEvent.click(await screen.findByRole('button', { name: '意识形态工作责任制落实情况报告' }));
    const editor = screen.getByRole('textbox', { name: '正文' });
    await waitFor(() => expect(editor.querySelectorAll('[data-level]')).toHaveLength(4));
    const headings = [...editor.querySelectorAll<HTMLElement>('[data-level]')];
    expect(headings.map((h) => `${h.dataset.number}${h.textContent}`)).toEqual([
      '一、工作开展情况',
      '（一）加强组织领导',
      '（二）强化理论武装',
      '二、存在的问题',
    ]);
    // 6 + 6 + 6 + 5 characters of heading text; computed numbers are not text.
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('字数 23'));
  });

  it('inserts a phrase verbatim and autosaves the draft within a second', async () => {
    const bridge = fakeBridge();
    render(<App bridge={bridge} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: '短语' }));
    await user.click(await screen.findByRole('button', { name: '弘扬主旋律，传播正能量' }));
    const editor = screen.getByRole('textbox', { name: '正文' });
    await waitFor(() => expect(editor.textContent).toBe('弘扬主旋律，传播正能量'));
    await waitFor(() => expect(bridge['drafts:save']).toHaveBeenCalled(), { timeout: 2500 });
    const saved = vi.mocked(bridge['drafts:save']).mock.calls.at(-1)?.[0];
    expect(saved?.title).toBe('弘扬主旋律，传播正能量');
    expect(saved?.content).toContain('弘扬主旋律，传播正能量');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已保存'));
  });

  it('reopens the last draft from the library', async () => {
    const content = JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'report-heading',
            level: 1,
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [{ type: 'text', text: '工作开展情况', version: 1, detail: 0, format: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    });
    render(<App bridge={fakeBridge({}, { id: 3, title: 't', content, updatedAt: '' })} />);
    const editor = screen.getByRole('textbox', { name: '正文' });
    await waitFor(() => expect(editor.textContent).toBe('工作开展情况'));
    expect(editor.querySelector<HTMLElement>('[data-level="1"]')?.dataset.number).toBe('一、');
  });

  it('shows the library’s error message where the list would be', async () => {
    const bridge = fakeBridge({
      'skeletons:list': vi.fn(() =>
        Promise.resolve({ ok: false as const, error: { code: 'LIBRARY_UNAVAILABLE' as const, message: '素材库被占用' } }),
      ),
    });
    render(<App bridge={bridge} />);
    expect((await screen.findByRole('alert')).textContent).toContain('素材库被占用');
  });

  it('tells the user when saving fails', async () => {
    const bridge = fakeBridge({
      'drafts:save': vi.fn(() =>
        Promise.resolve({ ok: false as const, error: { code: 'INTERNAL' as const, message: '磁盘已满' } }),
      ),
    });
    render(<App bridge={bridge} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: '短语' }));
    await user.click(await screen.findByRole('button', { name: '弘扬主旋律，传播正能量' }));
    expect((await screen.findByRole('alert', {}, { timeout: 2500 })).textContent).toContain('磁盘已满');
    expect(screen.getByRole('status').textContent).toContain('保存失败');
  });
});

describe('another program holding the library', () => {
  it('a request that takes long makes the status bar ask why, and say the library is busy while the wait lasts', async () => {
    let waiting = false;
    const status = (lockWaitSince: string | null) => ({
      ok: true as const,
      value: { path: '/x', integrity: 'ok' as const, recoveryMessage: null, problem: null, backups: 0, lastBackupAt: null, lockWaitSince },
    });
    const bridge = fakeBridge({
      'library:getStatus': vi.fn(() => Promise.resolve(status(waiting ? '2026-12-01T10:00:00.000Z' : null))),
      'phrases:list': vi.fn(() => new Promise(() => undefined)) as never,
    });
    render(<App bridge={bridge} />);
    await waitFor(() => expect(bridge['library:getStatus']).toHaveBeenCalledTimes(1));
    waiting = true;
    await waitFor(() => expect(bridge['phrases:list']).toHaveBeenCalled());
    expect(await screen.findByText(/素材库正被其他程序（例如命令行导入）占用，正在等待/, {}, { timeout: 3000 })).toBeTruthy();
    waiting = false;
    await waitFor(() => expect(screen.queryByText(/素材库正被其他程序/)).toBeNull(), { timeout: 3000 });
  });
});

describe('skeletons of imported reports', () => {
  it('sit in their own closed group 导入的提纲, apart from the kinds of report', async () => {
    const imported = (id: number, name: string) => ({ ...skeleton, id, name, builtin: false, imported: true });
    const bridge = fakeBridge({
      'skeletons:list': vi.fn(() => Promise.resolve({ ok: true as const, value: [skeleton, imported(2, '2024年某局工作总结'), imported(3, '2023年某局工作总结')] })),
    });
    render(<App bridge={bridge} />);
    const summary = await screen.findByText('导入的提纲（2）');
    const group = summary.closest('details');
    expect(group?.open).toBe(false);
    expect(within(group as HTMLElement).getAllByRole('button', { name: /某局工作总结$/ })).toHaveLength(2);
    const own = screen.getByRole('list', { name: '骨架（方向键选择，回车插入）' });
    expect(within(own).queryByText('2024年某局工作总结')).toBeNull();
    expect(within(own).getByRole('button', { name: skeleton.name })).toBeTruthy();
  });
});

/** A bridge whose 待审 list shrinks as phrases are accepted or rejected. */
function pendingBridge(waiting: { id: number; text: string; frequency: number }[]) {
  let pending = waiting;
  return fakeBridge({
    'phrases:listPending': vi.fn(() => Promise.resolve({ ok: true as const, value: pending })),
    'phrases:review': vi.fn((input: { accept: number[]; reject: number[] }) => {
      pending = pending.filter((p) => !input.accept.includes(p.id) && !input.reject.includes(p.id));
      return Promise.resolve({ ok: true as const, value: { accepted: input.accept.length, rejected: input.reject.length } });
    }) as never,
    'phrases:update': vi.fn(() => Promise.resolve({ ok: true as const, value: null })) as never,
  });
}

describe('harvested phrases waiting for review', () => {
  it('are accepted, corrected and accepted, or rejected from the 短语 tab; 全部收入 takes the rest', async () => {
    const bridge = pendingBridge([
      { id: 11, text: '“清风行动”', frequency: 3 },
      { id: 12, text: '弘扬新风尚，传播好声音', frequency: 2 },
      { id: 13, text: '我办高度重试', frequency: 2 },
    ]);
    const user = userEvent.setup();
    render(<App bridge={bridge} />);
    await user.click(screen.getByRole('tab', { name: '短语' }));
    const list = await screen.findByRole('list', { name: '待审的短语' });
    expect(screen.getByText('待审的短语（3）')).toBeTruthy();

    await user.click(within(list).getByRole('button', { name: '不要“我办高度重试”' }));
    expect(bridge['phrases:review']).toHaveBeenLastCalledWith({ accept: [], reject: [13] });
    await user.click(await within(list).findByRole('button', { name: '修改“弘扬新风尚，传播好声音”' }));
    const input = within(list).getByRole('textbox', { name: '短语内容' });
    await user.clear(input);
    await user.type(input, '弘扬新风尚，传播正能量{Enter}');
    expect(bridge['phrases:update']).toHaveBeenCalledWith({ id: 12, text: '弘扬新风尚，传播正能量' });
    expect(bridge['phrases:review']).toHaveBeenLastCalledWith({ accept: [12], reject: [] });
    await user.click(await screen.findByRole('button', { name: '全部收入' }));
    expect(bridge['phrases:review']).toHaveBeenLastCalledWith({ accept: [11], reject: [] });
    await waitFor(() => expect(screen.queryByRole('list', { name: '待审的短语' })).toBeNull());
  });

  it('are all dropped with 全部不要, after the user confirms', async () => {
    const bridge = pendingBridge([
      { id: 21, text: '某某镇', frequency: 2 },
      { id: 22, text: '一是加强', frequency: 2 },
    ]);
    const user = userEvent.setup();
    render(<App bridge={bridge} />);
    await user.click(screen.getByRole('tab', { name: '短语' }));
    await screen.findByRole('list', { name: '待审的短语' });
    await user.click(screen.getByRole('button', { name: '全部不要' }));
    const ask = await screen.findByRole('alertdialog');
    expect(ask.textContent).toContain('不要这 2 条待审的短语');
    expect(bridge['phrases:review']).not.toHaveBeenCalled();
    await user.click(within(ask).getByRole('button', { name: '全部不要' }));
    await waitFor(() => expect(bridge['phrases:review']).toHaveBeenLastCalledWith({ accept: [], reject: [21, 22] }));
    await waitFor(() => expect(screen.queryByRole('list', { name: '待审的短语' })).toBeNull());
  });
});
