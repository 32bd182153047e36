import { describe, expect, it } from 'vitest';
import { firstPageFindings } from '../../../shared/checks/pageFormat';
import { documentFromLexical } from '../../../shared/model/documentFromLexical';
import type { DocBlock } from '../../../shared/model/document';

const block = (kind: 'title' | 'addressee' | 'paragraph', text: string): DocBlock => ({ kind, inlines: [{ text }] });

describe('the first page shows body text (GB/T 9704 §7.3.3)', () => {
  it('says so when the title and addressee fill the first page', () => {
    const addressee = '各乡镇人民政府，县直各部门，'.repeat(40);
    const findings = firstPageFindings({ blocks: [block('title', '关于报送工作情况的报告'), block('addressee', addressee), block('paragraph', '正文。')] });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('首页没有正文');
  });

  it('finds nothing on a report whose body starts on page 1, nor on one with no body at all', () => {
    expect(firstPageFindings({ blocks: [block('title', '工作总结'), block('paragraph', '正文。')] })).toEqual([]);
    expect(firstPageFindings({ blocks: [block('title', '工作总结')] })).toEqual([]);
  });
});

describe('a draft’s 公文 choices', () => {
  const root = (extra: Record<string, unknown>) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: '正文。' }] }], ...extra } });

  it('are read from the root’s node state, and anything malformed is the default', () => {
    expect(documentFromLexical(root({ $: { wengaoFormat: { seal: true } } })).format).toEqual({ seal: true });
    expect(documentFromLexical(root({})).format).toBeUndefined();
    expect(documentFromLexical(root({ $: { wengaoFormat: { seal: 'yes' } } })).format).toBeUndefined();
    expect(documentFromLexical(root({ $: 'nonsense' })).format).toBeUndefined();
  });
});
