import { describe, expect, it } from 'vitest';
import { checkContextFor, createChecker } from '../../../shared/checks';
import type { Finding } from '../../../shared/checks/types';
import type { DocBlock, ReportDocument } from '../../../shared/model/document';

const block = (kind: 'title' | 'addressee' | 'paragraph' | 'signature', text: string): DocBlock => ({ kind, inlines: [{ text }] });
const home = { unit: '于都县文化和旅游局', region: '江西省赣州市于都县' };
const issuers = [{ issuer: '龙华区观澜街道党工委', sample: '龙华区观澜街道2024年意识形态工作责任制落实情况报告' }];

function names(doc: ReportDocument): Finding[] {
  return createChecker()(doc, { ...checkContextFor(doc, { wordings: [], sensitive: [] }, { year: 2025, today: '2025-12-20' }), issuers }).filter((f) => f.check === 'leftover-name');
}
const report = (paragraphs: string[], format: ReportDocument['format'] = home): ReportDocument => ({
  blocks: [block('title', '于都县文化和旅游局2025年意识形态工作总结'), block('addressee', '县委宣传部：'), ...paragraphs.map((p) => block('paragraph', p))],
  format,
});

describe('names left over from another place’s text', () => {
  it('flags a county of another province, with where it is and what the report’s region is', () => {
    const [finding, ...rest] = names(report(['我局学习借鉴龙华区经验，在全县推开。']));
    expect(rest).toEqual([]);
    expect(finding?.message).toBe('疑似沿用他处的地名：龙华区（广东省深圳市或海南省海口市），本文稿的地区是江西省赣州市于都县。请核对是否从别处材料中照搬。');
    expect(finding?.excerpt?.text).toBe('龙华区');
  });

  it('flags the issuer of a web sample, naming the sample, once (not again as its place)', () => {
    const found = names(report(['在龙华区观澜街道党工委的统一部署下，我们开展了宣讲。']));
    expect(found.map((f) => f.message)).toEqual(['疑似沿用他处的单位名：龙华区观澜街道党工委（见于范文“龙华区观澜街道2024年意识形态工作责任制落实情况报告”）。请核对是否从别处材料中照搬。']);
  });

  it('does not flag the report’s own region, what is above or within it, national bodies or provinces', () => {
    expect(
      names(
        report([
          '在党中央、国务院的坚强领导下，按照中宣部、省委宣传部和赣州市委的部署，于都县各乡镇扎实推进。',
          '组织干部赴浙江省学习考察，江西省委巡视组反馈的问题全部整改。',
          '贡江镇、宁都县交界处的文化站完成改造。'.replace('宁都县', '于都县'),
        ]),
      ),
    ).toEqual([]);
  });

  it('does not flag names in 《》 titles or in the addressee', () => {
    const doc = report(['认真学习《深圳市龙华区基层宣传工作经验汇编》，结合实际抓好落实。']);
    doc.blocks[1] = block('addressee', '安吉县委宣传部：');
    expect(names(doc)).toEqual([]);
  });

  it('takes the region from the unit, title or signature when none was set, and says nothing without one', () => {
    const unset = report(['学习借鉴龙华区经验。'], {});
    expect(names(unset)).toHaveLength(1);
    const nowhere: ReportDocument = { blocks: [block('title', '某县文化和旅游局2025年工作总结'), block('paragraph', '学习借鉴龙华区经验。')] };
    expect(names(nowhere)).toEqual([]);
  });

  it('flags a county of the same province that is not the report’s', () => {
    expect(names(report(['宁都县的做法值得借鉴。'])).map((f) => f.excerpt?.text)).toEqual(['宁都县']);
  });
});
