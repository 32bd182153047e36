import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../shared/genre/report';
import { placeholdersIn } from '../../shared/genre/placeholders';
import { stripSpace } from '../../shared/genre/text';
import type { ParsedReport } from '../../shared/genre/types';

/** Pieces real reports and downloaded samples are made of, so generated text exercises every rule. */
const pieces = [
  '一、', '二、', '十一、', '（一）', '(二)', '1.', '2、', '3．', '（1）', '(2)', '一是', '二是', '首先，', '最后，',
  '工作开展情况', '存在的问题', '下一步工作打算', '加强组织领导', '。', '，', '：', '；', '.', ',', ':', ' ', '\u3000',
  '\n', '\r\n', '特此报告。', '2024年1月15日', '县委宣传部：', 'XX', 'xx', 'AAA', '*', '×', '某某', '○○', '　　年　月　日',
  '##paidbegin##', '##paidend##', '（2477字）', '【推荐】', '发布时间：2024-01-01', '预览阅读已结束', '免责声明：',
  '来源于网络', '【某素材库】客服QQ：123456', '会员', '公众号：', '----------', 'LED', 'QQ', '统一是', '关于', '的报告',
];

const reportLike = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), {
  maxLength: 60,
}).map((parts) => parts.join(''));

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) if (haystack[j] === needle[i]) i++;
  return i === needle.length;
}

/** Kept text plus removed text is the input, in order, up to whitespace and CRLF. */
function expectNothingLost(input: string, report: ParsedReport): void {
  const original = stripSpace(input);
  const kept = stripSpace(report.blocks.map((b) => b.source).join(''));
  const removed = report.removed.map((r) => stripSpace(r.text));
  expect(kept.length + removed.reduce((n, r) => n + r.length, 0)).toBe(original.length);
  expect(isSubsequence(kept, original)).toBe(true);
  for (const text of removed) expect(isSubsequence(text, original)).toBe(true);
}

describe('parseReportText on arbitrary input', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), reportLike), (text) => {
        parseReportText(text);
      }),
      { numRuns: 1500 },
    );
  });

  it('loses no report text: kept blocks plus reported removals are the whole input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), reportLike), (text) => {
        expectNothingLost(text, parseReportText(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps every placeholder inside the block it names', () => {
    fc.assert(
      fc.property(reportLike, (text) => {
        const report = parseReportText(text);
        for (const p of report.placeholders) {
          expect(report.blocks[p.block]?.text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('keeps every line of report text: signatures, dates and short trailing lines are never lost or taken for noise', () => {
    fc.assert(
      fc.property(signedReport, ({ lines, signature }) => {
        const report = parseReportText(lines.join('\n'));
        const kept = stripSpace(report.blocks.map((b) => b.source).join(''));
        // Nothing in these reports is site noise, so nothing may be reported as removed.
        expect(report.removed.map((r) => r.text)).toEqual([]);
        for (const line of lines.map(stripSpace).filter(Boolean)) {
          expect(kept.includes(line), `“${line}” vanished from:\n${lines.join('\n')}`).toBe(true);
        }
        // A placeholder in the signature is counted where the signature is kept.
        const fields = placeholdersIn(signature ?? '');
        if (signature && fields.length > 0 && kept.includes(stripSpace(signature))) {
          const counted = report.placeholders.filter((p) => report.blocks[p.block]?.text.includes(stripSpace(signature)));
          expect(counted.length, signature).toBeGreaterThanOrEqual(fields.length);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

/** A report's ending as users download it: the issuer on top, closing, signature, date, short trailing lines. */
const issuers = ['中共XX县委宣传部', 'XX市市场监督管理局党组', '中共某某县自然资源局党组', '平潭综合实验区投资促进局', '县档案馆', '＊＊镇人民政府', 'XX县XX局'];
const dates = ['2024年12月18日', '2025年1月8日', '2024年01月05日', '　　年　月　日', '2024年X月X日', '二〇二四年十二月十八日', '2024年12月'];
const closings = ['特此报告。', '专此报告。', '特此报告', '以上报告，请审阅。'];
const trailing = ['附件：1.工作台账', '抄送：县委办公室', '（此件公开发布）', '联系人：张某某', '2', '完', '此页无正文', '县委宣传部'];
const bodies = ['一、工作开展情况', '全年召开专题会议4次，研判舆情2次。', '二、存在的问题', '学习还不够深入。', '三、下一步工作打算', '进一步压实责任。'];
const signedReport = fc
  .record({
    issuer: fc.constantFrom(...issuers),
    issuerOnTop: fc.boolean(),
    body: fc.subarray(bodies, { minLength: 1 }),
    closing: fc.option(fc.constantFrom(...closings), { nil: undefined }),
    signature: fc.option(fc.constantFrom(...issuers), { nil: undefined }),
    date: fc.option(fc.constantFrom(...dates), { nil: undefined }),
    after: fc.array(fc.constantFrom(...trailing), { maxLength: 2 }),
    runIn: fc.boolean(),
  })
  .map(({ issuer, issuerOnTop, body, closing, signature, date, after, runIn }) => {
    const top = issuerOnTop ? [issuer, '关于2024年度意识形态工作情况的报告'] : ['2024年度意识形态工作情况报告'];
    const signOff = [closing, signature, date].filter((x): x is string => x !== undefined);
    const ending = runIn && signOff.length > 0 ? [[body.at(-1), ...signOff].join(' ')] : [body.at(-1) ?? '', ...signOff];
    return { lines: [...top, ...body.slice(0, -1), ...ending, ...after], signature };
  });

describe('a heading glued to its body', () => {
  const headings = ['总体情况', '工作开展情况', '强化组织领导', '压实工作责任', '推进阵地建设', '基本情况'];
  const bodies = ['全县未发生较大以上事故。', '我局共办理各类事项120件。', '累计培训干部300人次。'];
  const heading = (text: string) => parseReportText(`2025年工作总结\n${text}`).blocks.find((b) => b.type === 'heading');

  it('is split where a sentence opener begins the body (截至……，今年以来，近年来，)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...headings), fc.constantFrom('截至2025年底，', '截止目前，', '今年以来，', '近年来，', '自2021年以来，'), fc.constantFrom(...bodies), fc.constantFrom('（一）', '二、'), (words, opener, body, marker) => {
        expect(heading(`${marker}${words}${opener}${body}`)?.text).toBe(words);
      }),
    );
  });

  it('is split where the body opens with the heading’s own year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2019, max: 2030 }), fc.constantFrom('工作情况', '工作打算', '工作计划', '主要成效'), fc.constantFrom('是', '，', '以来，'), fc.constantFrom(...bodies), (year, words, joint, body) => {
        expect(heading(`三、${year}年${words}${year}年${joint}${body}`)?.text).toBe(`${year}年${words}`);
      }),
    );
  });

  it('is left whole when the second year belongs to the heading (2024年工作情况及2025年工作打算)', () => {
    expect(heading('一、2024年工作情况及2025年工作打算')?.text).toBe('2024年工作情况及2025年工作打算');
    expect(heading('（一）截至目前的进展')?.text).toBe('截至目前的进展');
  });
});

describe('an ad is known by its shape, not its words', () => {
  const keywords = ['公众号', '扫码关注', '资料库', '素材库', '网上客服', '会员单位', '下载', '网盘', 'QQ群', '不实信息'];
  const content = ['全年推送理论学习信息200余条', '收录学习资料1200余份', '办结群众诉求356件', '关停违规账号4个'];
  const shapes = ['客服微信：wg2024', 'QQ群：123456789', '开通会员即可下载', '更多资料请访问 www.example.com', '关注公众号获取完整版'];
  const kept = (text: string) => parseReportText(`2025年工作总结\n一、主要工作\n${text}`).blocks.some((b) => b.text.includes(text.slice(0, 8)));

  it('keeps every report sentence that merely names 公众号, 资料库, 客服 … and removes every line with an ad’s shape', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keywords), fc.constantFrom(...keywords), fc.constantFrom(...content), (a, b, what) => {
        expect(kept(`依托政务${a}和${b}，${what}。`)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...keywords), fc.constantFrom(...keywords), fc.constantFrom(...shapes), (a, b, shape) => {
        expect(kept(`【笔杆子${a}】${b}每日更新 ${shape}`)).toBe(false);
      }),
    );
  });
});

describe('a sign-off run into the last line', () => {
  const cn = '〇一二三四五六七八九';
  const cnYear = (y: number) => [...String(y)].map((d) => cn[Number(d)]).join('');
  const cnNumber = (n: number) => (n <= 10 ? ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n] : n < 20 ? `十${cn[n - 10]}` : `${cn[Math.floor(n / 10)]}十${n % 10 ? cn[n % 10] : ''}`);

  it('gives the signature and the date back, in Arabic or Chinese numerals, whatever chrome follows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('某县审计局', '中共某镇委员会', '某区农业农村局', '某市人民政府办公室'),
        fc.integer({ min: 2019, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
        fc.constantFrom('', ' 附件下载', ' 打印本页 关闭窗口', ' -->'),
        (signature, year, month, day, chinese, chrome) => {
          const date = chinese ? `${cnYear(year)}年${cnNumber(month)}月${cnNumber(day)}日` : `${year}年${month}月${day}日`;
          const report = parseReportText(`${year}年工作总结\n一、主要工作\n全年召开会议4次。\n特此报告。 ${signature} ${date}${chrome}`);
          expect(report.blocks.find((b) => b.type === 'signature')?.text).toBe(signature);
          expect(report.blocks.find((b) => b.type === 'date')?.text).toBe(date);
        },
      ),
    );
  });
});

describe('a guessed heading boundary', () => {
  it('is marked on the heading, so the preview can ask the user to check it; a boundary the text marks is not', () => {
    const report = parseReportText(['2025年工作总结', '一、2025年工作情况2025年，我局扎实推进各项工作。', '（一）总体情况截至2025年底，全县未发生事故。', '二、存在的问题', '学习还不够深入。'].join('\n'));
    const headings = report.blocks.filter((b) => b.type === 'heading').map((b) => [b.text, b.guessed === true]);
    expect(headings).toEqual([
      ['2025年工作情况', true],
      ['总体情况', true],
      ['存在的问题', false],
    ]);
  });
});
