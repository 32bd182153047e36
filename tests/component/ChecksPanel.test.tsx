import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChecksContext } from '../../renderer/checks/ChecksContext';
import { ChecksPanel } from '../../renderer/checks/ChecksPanel';
import { BridgeContext } from '../../renderer/kit/BridgeContext';
import { reportNodes } from '../../renderer/editor/nodes';
import type { Finding } from '../../shared/checks';
import { fakeBridge } from './fakeBridge';

const finding = (severity: Finding['severity'], message: string, fix?: string): Finding => ({
  check: 'typo',
  severity,
  block: 0,
  offset: 0,
  length: 2,
  message,
  key: `typo:${message}`,
  ...(fix !== undefined ? { fix } : {}),
});

function renderPanel(findings: Finding[]) {
  const state = { findings, ignoredCount: 0, ignore: vi.fn(), restoreIgnored: vi.fn(), checkNow: () => findings, plans: null };
  render(
    <BridgeContext.Provider value={fakeBridge()}>
      <LexicalComposer initialConfig={{ namespace: 'test', nodes: reportNodes, onError: (error: Error) => { throw error; } }}>
        <ChecksContext.Provider value={state}>
          <ChecksPanel />
        </ChecksContext.Provider>
      </LexicalComposer>
    </BridgeContext.Provider>,
  );
}

describe('the 检查 tab groups its findings', () => {
  it('lists 错误, then 警告, then 提示, each with why and what to write instead', () => {
    renderPanel([
      finding('info', '“认真的”宜为“认真地”：修饰动词用“地”（认真地学习）。', '认真地'),
      finding('error', '错别字：“一愁莫展”应为“一筹莫展”。', '一筹莫展'),
      finding('warning', '“今年是“十四五”开局之年”与年份不符。'),
    ]);
    const list = screen.getByRole('list', { name: '检查结果' });
    const text = list.textContent ?? '';
    expect(text.indexOf('错误 1 处')).toBeLessThan(text.indexOf('警告 1 处'));
    expect(text.indexOf('警告 1 处')).toBeLessThan(text.indexOf('提示 1 处'));
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.finding-message')?.firstChild?.textContent)).toEqual([
      '错别字：“一愁莫展”应为“一筹莫展”。',
      '“今年是“十四五”开局之年”与年份不符。',
      '“认真的”宜为“认真地”：修饰动词用“地”（认真地学习）。',
    ]);
    expect(items[0]?.textContent).toContain('建议写作：一筹莫展');
    expect(items[1]?.textContent).not.toContain('建议写作');
    expect(within(list).getByText('必须改正')).toBeTruthy();
  });

  it('leaves out a group with nothing in it', () => {
    renderPanel([finding('info', '“截止”应为“截至”。', '截至')]);
    const text = screen.getByRole('list', { name: '检查结果' }).textContent ?? '';
    expect(text).toContain('提示 1 处');
    expect(text).not.toContain('错误');
  });
});
