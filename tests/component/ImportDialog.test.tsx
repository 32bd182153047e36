import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/shell/App';
import { fakeBridge, libraryBridge, preview } from './fakeBridge';

const file = (name: string, text = '一、工作开展情况') => new File([text], name, { type: 'text/plain' });

async function openImport() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: '导入' }));
  return { user, dialog: await screen.findByRole('dialog', { name: '导入报告' }) };
}

/** The app with the import dialog showing the preview of one uploaded report. */
async function previewOneReport() {
  const bridge = fakeBridge();
  render(<App bridge={bridge} />);
  const { user, dialog } = await openImport();
  await user.upload(within(dialog).getByTestId('import-files'), file('去年的报告.txt'));
  await within(dialog).findByText('2023年意识形态工作总结', { selector: 'strong' });
  return { bridge, user, dialog };
}

describe('import dialog', () => {
  it('previews each report before storing anything: outline, placeholders, removed noise', async () => {
    const { bridge, dialog } = await previewOneReport();
    const source = vi.mocked(bridge['import:preview']).mock.calls[0]?.[0].source;
    expect(source).toEqual({ name: '去年的报告.txt', dataBase64: btoa(unescape(encodeURIComponent('一、工作开展情况'))) });
    expect(within(dialog).getByText('X', { selector: 'mark' })).toBeTruthy();
    expect(within(dialog).getByText('已清除网站内容 1 处')).toBeTruthy();
    expect(within(dialog).getByText(/将收入段落 2\/2 段/)).toBeTruthy();
    expect(bridge['import:commit']).not.toHaveBeenCalled();
  });

  it('stores only the ticked paragraphs and shows a summary, then refreshes the sidebar', async () => {
    const bridge = fakeBridge();
    render(<App bridge={bridge} />);
    const { user, dialog } = await openImport();
    await user.upload(within(dialog).getByTestId('import-files'), file('去年的报告.txt'));
    await user.click(await within(dialog).findByRole('checkbox', { name: /不想要的段落/ }));
    expect(within(dialog).getByText(/将收入段落 1\/2 段/)).toBeTruthy();
    // The preview proposes the user's own report; this one was downloaded.
    const origin = within(dialog).getByLabelText('来源');
    expect((origin as HTMLSelectElement).value).toBe('own');
    await user.selectOptions(origin, 'sample');
    expect(within(dialog).getByText('“检查”会指出文稿中与它相同的句子。')).toBeTruthy();
    const skeletonLoads = vi.mocked(bridge['skeletons:list']).mock.calls.length;

    await user.click(within(dialog).getByRole('button', { name: '导入 1 份报告' }));
    await within(dialog).findByText('导入完成');
    expect(bridge['import:commit']).toHaveBeenCalledWith({ previewId: 'preview-1', exclude: [3], origin: 'sample' });
    expect(within(dialog).getByRole('status').textContent).toContain('新增报告 1 份，段落 2 段');
    await waitFor(() => expect(vi.mocked(bridge['skeletons:list']).mock.calls.length).toBeGreaterThan(skeletonLoads));
  });

  it('lets the main process drop the parsed report when the dialog is closed without importing', async () => {
    const { bridge, user } = await previewOneReport();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(bridge['import:discard']).toHaveBeenCalledWith({ previewIds: ['preview-1'] }));
    expect(bridge['import:commit']).not.toHaveBeenCalled();
  });

  it('explains a rejected file and does not offer to import it', async () => {
    const bridge = fakeBridge({
      'import:preview': vi.fn(() =>
        Promise.resolve({ ok: false as const, error: { code: 'IMPORT_REJECTED' as const, message: '这是旧版 Word 文件（.doc），请另存为 .docx 后导入。' } }),
      ),
    });
    render(<App bridge={bridge} />);
    const { user, dialog } = await openImport();
    await user.upload(within(dialog).getByTestId('import-files'), file('旧报告.doc'));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('请另存为 .docx 后导入');
    expect((within(dialog).getByRole('button', { name: '没有可导入的报告' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('parses pasted text the same way', async () => {
    const bridge = fakeBridge();
    render(<App bridge={bridge} />);
    const { user, dialog } = await openImport();
    await user.type(within(dialog).getByLabelText('或把整篇报告粘贴到这里'), '一、工作开展情况');
    await user.click(within(dialog).getByRole('button', { name: '解析粘贴的文本' }));
    await within(dialog).findByText('2023年意识形态工作总结', { selector: 'strong' });
    expect(bridge['import:preview']).toHaveBeenCalledWith({ source: { text: '一、工作开展情况', name: '粘贴的文本' }, jobId: expect.any(String) });
  });

  it('says when a report is already in the library', async () => {
    const bridge = fakeBridge({
      'import:preview': vi.fn(() => Promise.resolve({ ok: true as const, value: { ...preview, alreadyPresent: true } })),
    });
    render(<App bridge={bridge} />);
    const { user, dialog } = await openImport();
    await user.upload(within(dialog).getByTestId('import-files'), file('去年的报告.txt'));
    expect(await within(dialog).findByText('素材库中已有这份报告，不会重复导入。')).toBeTruthy();
  });
});

describe('a Word file a colleague reviewed', () => {
  it('lists its 批注 and says its 修订 were read as accepted', async () => {
    const review = { comments: [{ author: '李科长', text: '请补充具体表现和原因。', at: '宣传方式还比较传统。' }], insertions: 1, deletions: 1 };
    const bridge = fakeBridge({ 'import:preview': vi.fn(() => Promise.resolve({ ok: true as const, value: { ...preview, review } })) });
    render(<App bridge={bridge} />);
    const { user, dialog } = await openImport();
    await user.upload(within(dialog).getByTestId('import-files'), file('审阅稿.docx'));
    expect(await within(dialog).findByText(/已按“接受全部修订”读取/)).toBeTruthy();
    await user.click(within(dialog).getByText('Word 批注 1 条（未收入正文）'));
    const list = within(dialog).getByRole('list', { name: 'Word 批注' });
    expect(list.textContent).toContain('李科长：请补充具体表现和原因。（在“宣传方式还比较传统。”处）');
  });
});

describe('dropping files on the window', () => {
  it('opens the import dialog with the dropped files', async () => {
    const bridge = fakeBridge();
    const { container } = render(<App bridge={bridge} />);
    const dropped = file('拖进来的报告.txt');
    fireEvent.drop(container.querySelector('.app') as Element, { dataTransfer: { files: [dropped], types: ['Files'] } });
    const dialog = await screen.findByRole('dialog', { name: '导入报告' });
    await within(dialog).findByText('2023年意识形态工作总结', { selector: 'strong' });
    expect(vi.mocked(bridge['import:preview']).mock.calls[0]?.[0].source).toMatchObject({ name: '拖进来的报告.txt' });
  });
});

describe('import dialog: stopping a long read', () => {
  it('停止读取 cancels the file being read by its job id and reads none of the files after it', async () => {
    let answerFirst: (value: unknown) => void = () => undefined;
    const bridge = fakeBridge({
      'import:preview': vi.fn(() => new Promise((resolve) => (answerFirst = resolve))) as never,
      'jobs:cancel': vi.fn(() => {
        answerFirst({ ok: false, error: { code: 'IMPORT_REJECTED', message: '已取消读取这个文件，未导入。' } });
        return Promise.resolve({ ok: true, value: { cancelled: true } });
      }) as never,
    });
    render(<App bridge={bridge} />);
    const { user, dialog } = await openImport();
    await user.upload(within(dialog).getByTestId('import-files'), [file('很大的文件.txt'), file('第二份.txt'), file('第三份.txt')]);
    await within(dialog).findByText('正在分析 1/3 份…');
    await user.click(within(dialog).getByRole('button', { name: '停止读取' }));

    const jobId = vi.mocked(bridge['import:preview']).mock.calls[0]?.[0].jobId;
    expect(jobId).toBeTruthy();
    expect(bridge['jobs:cancel']).toHaveBeenCalledWith({ jobId });
    await within(dialog).findByText('无法导入：已取消读取这个文件，未导入。');
    expect(within(dialog).getAllByText('无法导入：已取消，未读取这个文件。')).toHaveLength(2);
    expect(bridge['import:preview']).toHaveBeenCalledTimes(1);
    // The dialog is no longer busy: it can be closed again.
    expect(within(dialog).queryByRole('button', { name: '停止读取' })).toBeNull();
    expect((within(dialog).getByRole('button', { name: '取消' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('import dialog: a damaged download', () => {
  it('says on which lines bytes could not be read and were replaced', async () => {
    const bridge = fakeBridge({
      'import:preview': vi.fn(() => Promise.resolve({ ok: true as const, value: { ...preview, encoding: 'utf-8', replacedBytes: [{ line: 6, count: 1 }, { line: 15, count: 1 }] } })),
    });
    render(<App bridge={bridge} />);
    const { user, dialog } = await openImport();
    await user.upload(within(dialog).getByTestId('import-files'), file('下载的报告.txt'));
    const note = await within(dialog).findByRole('note');
    expect(note.textContent).toContain('文件第 6、15 行有几个无法识别的字节');
  });
});

describe('import dialog: choosing the encoding', () => {
  it('reads a .txt again in the encoding chosen and shows the new preview, saying when text looks like mojibake', async () => {
    const garbled = { ...preview, previewId: 'preview-2', encoding: 'gb18030', garbled: true, title: '2025骞存煇鍘跨粺' };
    const bridge = fakeBridge({
      'import:preview': vi.fn((input: { source: { encoding?: string } }) =>
        Promise.resolve({ ok: true as const, value: input.source.encoding === 'gb18030' ? garbled : { ...preview, kind: 'txt' as const, encoding: 'utf-8' } }),
      ) as never,
    });
    render(<App bridge={bridge} />);
    const { user, dialog } = await openImport();
    await user.upload(within(dialog).getByTestId('import-files'), file('下载的报告.txt'));
    const choice = await within(dialog).findByRole('combobox', { name: /编码/ });
    expect((choice as HTMLSelectElement).value).toBe('utf-8');
    await user.selectOptions(choice, 'gb18030');
    await within(dialog).findByText('2025骞存煇鍘跨粺', { selector: 'strong' });
    expect(vi.mocked(bridge['import:preview']).mock.calls.at(-1)?.[0].source).toMatchObject({ name: '下载的报告.txt', encoding: 'gb18030' });
    expect(within(dialog).getByRole('note').textContent).toContain('看起来像乱码');
    expect(bridge['import:discard']).toHaveBeenCalledWith({ previewIds: ['preview-1'] });
  });
});

describe('import dialog: a guessed heading boundary', () => {
  it('marks a heading whose end was guessed and says why', async () => {
    const blocks = [...preview.blocks.map((b) => (b.type === 'heading' ? { ...b, guessed: true } : b))];
    const bridge = fakeBridge({ 'import:preview': vi.fn(() => Promise.resolve({ ok: true as const, value: { ...preview, blocks } })) });
    render(<App bridge={bridge} />);
    const { user, dialog } = await openImport();
    await user.upload(within(dialog).getByTestId('import-files'), file('一行的报告.txt'));
    const marks = await within(dialog).findAllByText('分界为推测');
    expect(marks.length).toBe(blocks.filter((b) => b.type === 'heading').length);
    expect(marks[0]?.getAttribute('title')).toContain('程序推测了标题在哪里结束');
  });

  it('moves the boundary one character at a time from the keyboard, and imports the report as corrected', async () => {
    const real = libraryBridge();
    const bridge = fakeBridge({ 'import:preview': real['import:preview'], 'import:moveBoundary': real['import:moveBoundary'], 'import:commit': real['import:commit'] });
    render(<App bridge={bridge} />);
    const { user, dialog } = await openImport();
    const text = ['2025年某县应急管理局工作总结', '一、主要工作', '（一）总体情况截至2025年底，全县未发生较大事故。', '二、存在的问题', '基层应急力量薄弱。'].join('\n');
    await user.upload(within(dialog).getByTestId('import-files'), file('粘在一起的标题.txt', text));
    const longer = await within(dialog).findByRole('button', { name: '标题“总体情况”多一个字：从正文取回一个字' });
    longer.focus();
    await user.keyboard('{Enter}');
    const shorter = await within(dialog).findByRole('button', { name: /标题“总体情况截”少一个字/ });
    // In the outline (the 逐行判断 list shows the file's lines as they were).
    expect(within(dialog.querySelector('.preview-outline') as HTMLElement).getByText('至2025年底，全县未发生较大事故。', { exact: false })).toBeTruthy();
    shorter.focus();
    await user.keyboard('{Enter}');
    await within(dialog).findByRole('button', { name: /标题“总体情况”少一个字/ });
    expect(vi.mocked(bridge['import:moveBoundary']).mock.calls.map(([input]) => input.shift)).toEqual([1, -1]);
    await user.click(within(dialog).getByRole('button', { name: '导入 1 份报告' }));
    await within(dialog).findByText('导入完成');
  });

  it('says so when a move did not take, and still imports the preview as it stands', async () => {
    const blocks = [...preview.blocks.map((b) => (b.type === 'heading' ? { ...b, guessed: true } : b))];
    const bridge = fakeBridge({
      'import:preview': vi.fn(() => Promise.resolve({ ok: true as const, value: { ...preview, blocks } })),
      'import:moveBoundary': vi.fn(() => Promise.resolve({ ok: false as const, error: { code: 'IMPORT_REJECTED' as const, message: '这份报告的预览已失效。' } })),
    });
    render(<App bridge={bridge} />);
    const { user, dialog } = await openImport();
    await user.upload(within(dialog).getByTestId('import-files'), file('一行的报告.txt'));
    await user.click(await within(dialog).findByRole('button', { name: /多一个字/ }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('预览已失效');
    expect(within(dialog).getByRole('button', { name: '导入 1 份报告' })).toBeTruthy();
  });
});
