import { describe, expect, it } from 'vitest';
import { createChecker, DEFAULT_MAX_PARAGRAPH, starterSensitive, starterWordings, type CheckContext, type Finding } from '../../../shared/checks';
import { parseReportText } from '../../../shared/genre/report';
import { documentFromReport } from '../../../shared/model/documentFromReport';
import { numbered, type ReportDocument, type UnnumberedBlock } from '../../../shared/model/document';

const context: CheckContext = { year: 2025, today: '2026-01-20', wordings: starterWordings, sensitive: starterSensitive, maxParagraph: DEFAULT_MAX_PARAGRAPH };
const check = (doc: ReportDocument, ctx: Partial<CheckContext> = {}) => createChecker()(doc, { ...context, ...ctx });
const fromText = (text: string) => documentFromReport(parseReportText(text));
const paragraphs = (...texts: string[]) => numbered(texts.map((text): UnnumberedBlock => ({ kind: 'paragraph', inlines: [{ text }] })));
const of = (findings: Finding[], id: Finding['check']) => findings.filter((f) => f.check === id);
const marked = (doc: ReportDocument, f: Finding) => {
  const block = doc.blocks[f.block];
  const text = block && block.kind !== 'table' ? block.inlines.map((i) => i.text).join('') : '';
  return text.slice(f.offset, f.offset + f.length);
};

describe('placeholders', () => {
  it('flags unfilled fields and XX typed as text, not LED, QQ or PPT', () => {
    const doc = numbered([
      { kind: 'paragraph', inlines: [{ text: '全年发布信息' }, { text: 'XX', field: true }, { text: '条，更新LED屏和QQ群，制作PPT课件，处置舆情**起。' }] },
    ]);
    const found = of(check(doc), 'placeholder');
    expect(found.map((f) => marked(doc, f))).toEqual(['XX', '**']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });
});

describe('numbering', () => {
  it('flags a skipped level, a gap in typed numbers and a body paragraph that starts with a heading number', () => {
    const doc = fromText(['2025年工作总结', '一、工作情况', '1.加强学习', '二、存在问题', '四、下步打算', '进一步压实责任。'].join('\n'));
    const found = of(check(doc), 'numbering');
    expect(found.map((f) => f.message)).toEqual([
      '3级标题直接出现在1级标题下，跳过了中间一级。',
      '标题编号“四、”不连续，按位置应为“三、”。',
    ]);
    const body = paragraphs('（三）加强阵地管理，严格审核。');
    expect(of(check(body), 'numbering')[0]?.message).toContain('却不是标题');
  });

  it('accepts 1、 and 1． for 1. and a well-numbered report', () => {
    const doc = fromText(['2025年工作总结', '一、工作情况', '（一）加强学习', '1、制定计划。', '2．落实制度。', '二、存在的问题', '学习不深。', '三、下步打算', '压实责任。'].join('\n'));
    expect(of(check(doc), 'numbering')).toEqual([]);
  });

  it('flags 一是 二是 四是 and offers the right number', () => {
    const found = of(check(paragraphs('一是强化学习；二是加强阵地；四是完善机制。')), 'items-order');
    expect(found.map((f) => [f.message, f.fix])).toEqual([['“四是”的顺序不对，这里应为“三是”。', '三是']]);
    expect(of(check(paragraphs('坚持权责统一是前提，一是强化学习；二是加强阵地。')), 'items-order')).toEqual([]);
  });
});

describe('completeness', () => {
  it('flags a report without problems or next steps, an empty part, no closing, and a request for approval', () => {
    const doc = fromText(['2025年工作报告', '一、工作开展情况', '二、主要做法', '全年召开会议4次。妥否，请批示。'].join('\n'));
    const found = check(doc);
    expect(of(found, 'completeness').map((f) => f.message).sort()).toEqual(
      ['“工作开展情况”下面没有内容。', '报告没有“存在的问题”部分。', '报告没有“下一步打算”部分。', '报告缺少结语（如“特此报告。”）。'].sort(),
    );
    expect(of(found, 'request-in-report').map((f) => marked(doc, f))).toEqual(['妥否，请批示']);
  });

  it('is satisfied by a complete report', () => {
    const doc = fromText(['2025年工作报告', '一、工作开展情况', '全年召开会议4次。', '二、存在的问题', '学习不深。', '三、下一步打算', '压实责任。', '特此报告。'].join('\n'));
    expect(of(check(doc), 'completeness')).toEqual([]);
  });
});

describe('stale reuse', () => {
  it('flags dates and years from an earlier report, dates after today and leading zeros', () => {
    const doc = paragraphs('2023年3月5日召开会议，2021年开展评比，2026年08月01日将验收，2025年01月15日部署。');
    const found = check(doc);
    expect(of(found, 'stale-date').map((f) => marked(doc, f))).toEqual(['2023年3月5日', '2021年']);
    expect(of(found, 'future-date').map((f) => marked(doc, f))).toEqual(['2026年08月01日']);
    expect(of(found, 'date-format').map((f) => f.fix)).toEqual(['2026年8月1日', '2025年1月15日']);
  });

  it('leaves year ranges, 以来 and next year alone', () => {
    const doc = paragraphs('落实2021—2025年规划，2018年以来累计投入，2021年至2025年连续达标，2026年计划开工，2024年同比增长。');
    expect([...of(check(doc), 'stale-date'), ...of(check(doc), 'future-date')]).toEqual([]);
  });

  it('checks nothing by year when the report has none', () => {
    expect(of(check(paragraphs('2010年开展评比。'), { year: null }), 'stale-date')).toEqual([]);
  });
});

describe('punctuation', () => {
  it('flags half-width marks in Chinese, straight quotes, doubled marks and spaces, with fixes', () => {
    const doc = paragraphs('我站认真落实,现将情况报告如下:一是建立台账.加强"三会一课"。。全年 开展学习，落实“一岗双责”,2025年');
    const found = of(check(doc), 'punctuation');
    expect(found.map((f) => [marked(doc, f), f.fix])).toEqual([
      [',', '，'],
      [':', '：'],
      ['.', '。'],
      ['"三会一课"', '“三会一课”'],
      ['。。', '。'],
      [' ', ''],
      [',', '，'],
    ]);
  });

  it('leaves times, decimals, quoted English and Latin names alone', () => {
    const doc = paragraphs('会议于9:30召开，达标率47.9%，主题为"Belt and Road"，更新LED屏，QQ群1个，型号为IP(v4)。');
    expect(of(check(doc), 'punctuation')).toEqual([]);
  });

  it('finds the mixed half-width punctuation of a one-line report', () => {
    const doc = fromText('今年以来,我站认真落实意识形态工作责任制,现将有关情况报告如下: 一、主要做法 (一)强化组织领导.站党支部把意识形态工作摆上重要议程,一是建立台账.');
    expect(of(check(doc), 'punctuation').length).toBeGreaterThanOrEqual(3);
  });
});

describe('standard formulations', () => {
  it('flags a wrong formulation with its right form, and sensitive words', () => {
    const doc = paragraphs('班子成员落实“一岗双职”，文件标注绝密。');
    const found = check(doc);
    expect(of(found, 'wording').map((f) => [marked(doc, f), f.fix, f.severity])).toEqual([['一岗双职', '一岗双责', 'error']]);
    expect(of(found, 'sensitive').map((f) => marked(doc, f))).toEqual(['绝密']);
  });

  it('does not flag the right form that contains the wrong one', () => {
    const doc = paragraphs('坚决做到两个维护。');
    expect(of(check(doc, { wordings: [{ wrong: '两个维护', right: '坚决做到两个维护' }] }), 'wording')).toEqual([]);
  });
});

describe('repetition and length', () => {
  it('flags the same sentence a second time and a paragraph over the limit', () => {
    const doc = paragraphs('局党组全年召开专题会议四次。研究部署重点任务。', '另有安排。局党组全年召开专题会议四次。', '长'.repeat(700));
    const found = check(doc);
    expect(of(found, 'repeated-sentence').map((f) => f.block)).toEqual([1]);
    expect(of(found, 'long-paragraph').map((f) => f.block)).toEqual([2]);
  });
});

describe('the checker', () => {
  it('gives every finding a stable key and re-checks only what changed', () => {
    const checker = createChecker();
    const doc = paragraphs('全年发布信息XX条。', '第二段没有问题。');
    const first = checker(doc, context);
    const edited = paragraphs('全年发布信息XX条。', '第二段改了, 有问题。');
    const second = checker(edited, context);
    expect(second.find((f) => f.check === 'placeholder')?.key).toBe(first.find((f) => f.check === 'placeholder')?.key);
    expect(of(second, 'punctuation').map((f) => f.block)).toEqual([1]);
  });
});

describe('a paragraph with thousands of the same problem', () => {
  it('lists the first 50 of each kind and counts the rest in one line, for punctuation and dates alike', () => {
    const spaced = paragraphs(`${'学 '.repeat(5000)}习。`);
    const spaces = of(check(spaced), 'punctuation');
    expect(spaces).toHaveLength(51);
    expect(spaces.at(-1)).toMatchObject({ severity: 'info', length: 0, message: expect.stringContaining('另有 4950 处同类标点问题') });
    const years = of(check(paragraphs('2019年，'.repeat(300))), 'stale-date');
    expect(years).toHaveLength(51);
    expect(years.at(-1)?.message).toContain('另有 250 处同类问题');
  });
});

describe('the registry of checks', () => {
  it('has exactly one check for every kind of finding, and the checker runs each of them', async () => {
    const { BLOCK_CHECKS, DOCUMENT_CHECKS } = await import('../../../shared/checks/registry');
    const { CHECK_IDS } = await import('../../../shared/checks/types');
    const found = [...BLOCK_CHECKS, ...DOCUMENT_CHECKS].flatMap((c) => c.finds);
    expect([...found].sort()).toEqual([...CHECK_IDS].sort());
    // One report that trips most checks: every finding's id is one the registry lists.
    const doc = fromText(['2025年工作总结', '一、工作情况', '全年开展学习XX次,2019年以来 召开会议。', '全年开展学习XX次,2019年以来 召开会议。', '三、下步打算'].join('\n'));
    const ids = new Set(check(doc).map((f) => f.check));
    expect(ids.size).toBeGreaterThanOrEqual(5);
    for (const id of ids) expect(found).toContain(id);
  });
});
