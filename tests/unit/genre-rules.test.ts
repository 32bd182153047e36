import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../shared/genre/classify';
import { cleanLines, textToLines } from '../../shared/genre/clean';
import { decodeText, looksBinary } from '../../shared/genre/decode';
import { findItems } from '../../shared/genre/items';
import { headingMarkerAt } from '../../shared/genre/markers';
import { placeholdersIn } from '../../shared/genre/placeholders';
import { parseReportText } from '../../shared/genre/report';

/** 报告 in GB18030 (and GBK), written by hand: Node has no GB18030 encoder. */
const baogaoGb18030 = new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6]);

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM and reports which', () => {
    const utf8 = new TextEncoder().encode('报告');
    expect(decodeText(utf8)).toEqual({ text: '报告', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: '报告', encoding: 'utf-8-bom' });
  });

  it('falls back to GB18030 when the bytes are not valid UTF-8', () => {
    expect(decodeText(baogaoGb18030)).toEqual({ text: '报告', encoding: 'gb18030' });
  });

  it('reads UTF-16 files that carry a BOM', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xa5, 0x62, 0x4a, 0x54]))).toEqual({ text: '报告', encoding: 'utf-16le' });
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeText(new TextEncoder().encode('一\r\n二\r三\n')).text).toBe('一\n二\n三\n');
  });

  it('tells binary files from text', () => {
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('一、工作开展情况\r\n'))).toBe(false);
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0xa5, 0x62, 0x00, 0x00]))).toBe(false);
  });

  it('reads a page in traditional script as simplified and says so; a simplified page is left as it is', () => {
    const page = parseReportText('2025年某局意識形態工作總結\n一、主要工作\n這個單位認真學習，黨組織領導幹部們發揮作用。');
    expect(page.converted).toBe('traditional');
    expect(page.title).toBe('2025年某局意识形态工作总结');
    expect(page.blocks.map((b) => b.text)).toContain('这个单位认真学习，党组织领导干部们发挥作用。');
    expect(parseReportText('2025年某局工作总结\n一、主要工作\n全年召开会议3次。').converted).toBeUndefined();
  });

  it('reads a report with three stray NUL bytes as text, the NULs replaced and reported by line', () => {
    const lines = ['2025年某局工作总结', '一、主要工作', '全年召开专题会议12次。', '二、存在问题', '学习还不够深入。'];
    // A download cut and resumed: NUL bytes between characters.
    const damaged = new TextEncoder().encode(lines.join('\n').replace('主要', '主\u0000要').replace('会议', '会\u0000\u0000议'));
    expect(looksBinary(damaged)).toBe(false);
    const decoded = decodeText(damaged);
    expect(decoded.text).not.toContain('\u0000');
    expect(decoded.replaced).toEqual([
      { line: 2, count: 1 },
      { line: 3, count: 2 },
    ]);
    expect(decoded.text.replaceAll('\uFFFD', '')).toBe(lines.join('\n'));
  });
});

describe('placeholders', () => {
  const found = (text: string) => placeholdersIn(text).map((p) => p.text);

  it('leaves a lone letter of a real term alone: X光, X射线, “1+X”, “2+N”, B超, A级, 3A, 5G, PM2.5', () => {
    const text = '推行“1+X”证书制度（“X”指若干项技能证书）和“2+N”帮扶模式，配备X光机、X射线检测仪和B超设备，创建A级景区2个、3A级景区1个，建成5G基站，PM2.5浓度下降。';
    expect(found(text)).toEqual([]);
    // A blank beside them is still a blank.
    expect(found('为X名群众做X光检查，建成XX个5G基站')).toEqual(['X', 'XX']);
  });

  it('finds blanked names and numbers', () => {
    expect(found('市X局共发布XX条，xx局转发XXX次')).toEqual(['X', 'XX', 'xx', 'XXX']);
    expect(found('20XX年度，AAA工作群，*名党员，中*关于，＊＊单位')).toEqual(['XX', 'AAA', '*', '*', '＊＊']);
    expect(found('某某同志在○○会议上，发放资料×份')).toEqual(['某某', '○○', '×']);
    expect(found('年　月　日')).toEqual(['年　月　日']);
    expect(found('联系人：______')).toEqual(['______']);
  });

  it('leaves real Latin words, products and arithmetic alone', () => {
    expect(found('LED屏、QQ群、PPT课件、APP推送、Excel表格、XXL码')).toEqual([]);
    expect(found('面积3×4米，二〇〇八年，2024年1月15日')).toEqual([]);
  });

  it('reports offsets in the text', () => {
    expect(placeholdersIn('市X局')).toEqual([{ text: 'X', offset: 1 }]);
  });
});

describe('items', () => {
  it('finds 一是/二是 after punctuation or at the start, with leads up to 。 or ；', () => {
    expect(findItems('一是强化理论武装。认真学习。二是加强统筹谋划；坚持原则。').map((i) => [i.number, i.lead])).toEqual([
      ['一是', '强化理论武装'],
      ['二是', '加强统筹谋划'],
    ]);
  });

  it('stops a lead at the next item when items share a sentence', () => {
    expect(findItems('重点抓好三项工作：一是学习，二是宣传，三是管理。').map((i) => i.lead)).toEqual(['学习', '宣传', '管理']);
  });

  it('never takes a numeral inside a word for an item', () => {
    expect(findItems('要做到思想统一是关键，这一是非问题')).toEqual([]);
  });

  it('finds 首先/其次/最后 and 第一/第二 only as a series', () => {
    expect(findItems('首先，要提高认识。其次，要完善制度。最后，要狠抓落实。').map((i) => i.number)).toEqual(['首先', '其次', '最后']);
    expect(findItems('最后，感谢各位。').map((i) => i.number)).toEqual([]);
    expect(findItems('第一，统一思想。第二，明确责任。').map((i) => i.lead)).toEqual(['统一思想', '明确责任']);
  });
});

describe('heading markers', () => {
  it.each([
    ['一、工作开展情况', 1, '一、'],
    ['十一、其他', 1, '十一、'],
    ['（三）加强领导', 2, '（三）'],
    ['(三)加强领导', 2, '(三)'],
    ['1.健全制度', 3, '1.'],
    ['1、健全制度', 3, '1、'],
    ['1．健全制度', 3, '1．'],
    ['（1）分层培训', 4, '（1）'],
    ['(12)分层培训', 4, '(12)'],
  ])('%s is level %i numbered %s', (text, level, number) => {
    expect(headingMarkerAt(text)).toEqual({ level, number });
  });

  it.each(['2024年工作总结', '1.5万人次参加', '一是强化学习', '（一）', '第一，统一思想'])('%s is no heading', (text) => {
    expect(headingMarkerAt(text)).toBeNull();
  });
});

describe('headings that announce a part', () => {
  it.each([
    ['工作开展情况', 'work'],
    ['主要做法及成效', 'work'],
    ['存在的问题', 'problems'],
    ['存在问题', 'problems'],
    ['存在的不足', 'problems'],
    ['存在的问题及下一步工作打算', 'problems'],
    ['下步工作措施', 'plans'],
    ['下一步工作打算', 'plans'],
    ['下半年工作计划', 'plans'],
    ['下一步工作举措', 'plans'],
    ['整改措施及下步打算', 'plans'],
  ])('%s announces %s', (text, part) => expect(classifyHeading(text)).toBe(part));

  it('leaves topical headings that mention a plan to the work part', () => {
    expect(classifyHeading('制定学习计划，强化理论武装')).toBeNull();
    expect(classifyHeading('采取有力措施，加强阵地管理')).toBeNull();
  });

  it('classifies paragraphs too: a 下一步 paragraph starts the plans part', () => {
    const report = parseReportText('一、强化组织领导\n局党组把意识形态工作摆上议程。\n下一步，局将继续加强学习。\n一是压实责任。');
    expect(report.blocks.map((b) => b.part)).toEqual(['work', 'work', 'plans', 'plans']);
  });
});

describe('cleaning rules', () => {
  const clean = (text: string) => cleanLines(textToLines(text));

  it('removes paid markers even inside a word and reports them', () => {
    const { lines, removed } = clean('精准落实##paidbegin##各项惠民政策');
    expect(lines).toEqual([{ kind: 'line', text: '精准落实各项惠民政策' }]);
    expect(removed).toEqual([{ rule: 'paid-marker', reason: '付费阅读标记', text: '##paidbegin##' }]);
  });

  it('tells an ad from a report sentence with the same words: an ad has contact details, a price or a call to the reader', () => {
    const ads = [
      '关注公众号“笔杆子素材库”获取完整版范文',
      '客服微信：wg2024 开通会员即可下载全部资料',
      '资料库QQ群：123456789，素材库每日更新',
      '【范文网】更多资料请访问 www.example.com 会员专享',
    ];
    const report = [
      '开通政务微信公众号，全年推送理论学习信息200余条，引导群众扫码关注3万余人次。',
      '建立党员干部学习资料库和宣传素材库，供全区下载使用。',
      '设立网上客服专席，会员单位同步转办群众诉求。',
    ];
    const { lines, removed } = clean(['标题报告', ...ads, ...report].join('\n'));
    expect(lines.map((l) => (l.kind === 'line' ? l.text : ''))).toEqual(['标题报告', ...report]);
    expect(removed.map((r) => r.text).sort()).toEqual([...ads].sort());
  });

  it('removes site lines with their reasons', () => {
    const text = [
      '标题报告【推荐】（2477字）',
      '发布时间：2024-01-01 来源：范文网 浏览：100',
      '------',
      '正文第一段。',
      '【某某素材库】每日更新，加入会员请联系客服',
      '预览阅读已结束，剩余3页未读',
      '免责声明：本站内容仅供参考。',
      '文章来源于网络，如有侵权请联系删除',
      '— 2 —',
    ].join('\n');
    const { lines, removed } = clean(text);
    expect(lines.map((l) => (l.kind === 'line' ? l.text : ''))).toEqual(['标题报告', '正文第一段。']);
    expect(removed.map((r) => r.rule).sort()).toEqual(
      ['brand-ad', 'disclaimer', 'from-web', 'length-tag', 'page-number', 'preview-end', 'promo-tag', 'publish-meta', 'separator'].sort(),
    );
  });

  it('keeps a long report paragraph that merely mentions 公众号 and 会员', () => {
    const paragraph = `通过单位公众号及时传播主旋律，组织工会会员参加学习。${'局党组认真落实意识形态工作责任制，'.repeat(30)}`;
    expect(clean(paragraph).lines).toHaveLength(1);
  });

  it('drops every copy of a repeated ad line, the first one too', () => {
    const ad = '每天更新材料上千篇，一键精准搜索、一键快速查找';
    const { lines, removed } = clean(`正文。\n${ad}\n正文二。\n${ad}`);
    expect(lines.map((l) => (l.kind === 'line' ? l.text : ''))).toEqual(['正文。', '正文二。']);
    expect(removed).toEqual([1, 2].map(() => ({ rule: 'repeated-line', reason: '重复出现的广告行', text: ad })));
  });

  it('keeps a sentence of the report that stands under two headings, and a report pasted twice', () => {
    const sentence = '全年开展专题学习12次，覆盖全体党员。';
    const report = `一、工作开展情况\n${sentence}\n二、存在的问题\n${sentence}`;
    expect(clean(report).removed).toEqual([]);
    expect(clean(`${report}\n${report}`).lines).toHaveLength(8);
  });

  it('drops a repeated line that carries a link or contact even with sentence punctuation', () => {
    const ad = '更多范文请访问 www.fanwen.com 查看全文。';
    expect(clean(`正文。\n${ad}\n正文二。\n${ad}`).removed.map((r) => r.rule)).toEqual(['repeated-line', 'repeated-line']);
  });

  it('accepts a user rule of the same shape and rejects a broken one in Chinese', () => {
    const rules = [{ id: 'mine', reason: '本单位水印', scope: 'line' as const, pattern: '^内部资料' }];
    expect(cleanLines(textToLines('内部资料 注意保存\n正文。'), rules).removed).toEqual([
      { rule: 'mine', reason: '本单位水印', text: '内部资料 注意保存' },
    ]);
    expect(() => cleanLines(textToLines('x'), [{ id: 'bad', reason: 'r', scope: 'line', pattern: '(' }])).toThrow(/清理规则“bad”/);
  });
});

describe('reports nobody has seen', () => {
  const types = (text: string) => parseReportText(text).blocks.map((b) => `${b.type}:${b.text}`);

  it('keeps a hard-wrapped PDF line that opens with a key and a half-width colon: a sentence, not file metadata', () => {
    const page = ['关于某区机关党建工作的调研报告', '引言:机关党建是全区工作的重要基础,对于提升机关', '效能具有重要作用。', '一、基本情况', '全区共有机关党组织120个。'].join('\n');
    expect(parseReportText(page).removed).toEqual([]);
  });

  it('keeps a short web line that is report text: 微信、微博 in a sentence, a one-word line', () => {
    const { lines } = cleanLines(textToLines('利用微信、微博开展宣传\n打印\n中小'));
    expect(lines).toHaveLength(3);
  });

  it('splits a closing, signature and date run in at the end, with or without spaces', () => {
    expect(types('2024年工作总结\n全年开展学习10次。特此报告。县档案馆 2024年12月18日').slice(-4)).toEqual([
      'preamble:全年开展学习10次。',
      'closing:特此报告。',
      'signature:县档案馆',
      'date:2024年12月18日',
    ]);
    expect(types('2024年工作总结\n全年开展学习10次。 2024年12月18日').slice(-2)).toEqual(['preamble:全年开展学习10次。', 'date:2024年12月18日']);
    // A sentence that ends with a date is no sign-off.
    expect(types('2024年工作总结\n会议定于2024年12月18日')).toEqual(['title:2024年工作总结', 'preamble:会议定于2024年12月18日']);
  });

  it('splits a heading that runs into （一） or into an 一是…二是 series, and nothing else', () => {
    const report = parseReportText('一、工作情况（一）加强领导一是建立台账；二是明确分工。（二）坚持权责统一、运行高效，统一是前提。');
    expect(report.blocks.map((b) => `${b.type}:${b.number ?? ''}${b.text}`)).toEqual([
      'heading:一、工作情况',
      'heading:（一）加强领导',
      'paragraph:一是建立台账；二是明确分工。',
      'heading:（二）坚持权责统一、运行高效，统一是前提',
    ]);
  });

  it('reads the problems and plans parts from their paragraphs', () => {
    const report = parseReportText(
      ['一、主要工作', '全年排查存在的问题隐患12处并完成整改。', '虽然取得了一定成效，但仍存在一些不足。', '二、问题和打算', '主要表现在：学习不深。', '为进一步抓好落实，将重点抓好以下工作：一是压实责任。'].join('\n'),
    );
    expect(report.blocks.filter((b) => b.type === 'paragraph').map((b) => b.part)).toEqual(['work', 'problems', 'problems', 'plans']);
  });
});

describe('hidden bidirectional control characters', () => {
  it('are removed from imported text and reported like other noise', () => {
    const report = parseReportText('2026年工作总结\n一、工作情况\n全年开展\u202E学习12次\u202C，覆盖全体党员。\u2066');
    expect(report.blocks.map((b) => b.text).join('')).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
    expect(report.blocks.some((b) => b.text === '全年开展学习12次，覆盖全体党员。')).toBe(true);
    expect(report.removed.filter((r) => r.rule === 'bidi-control').map((r) => r.reason)).toEqual(['隐藏的双向文字控制符', '隐藏的双向文字控制符', '隐藏的双向文字控制符']);
  });
});

describe('decodeText: a UTF-8 file with a few bad bytes', () => {
  const report = '2025年某局工作总结\n一、主要工作\n全年召开专题会议4次，开展理论学习12次。\n二、存在问题\n学习的深度还不够。\n';
  const bytes = new TextEncoder().encode(report);

  it('stays UTF-8: a stray Windows quote is replaced, a cut-off last character left out, both reported by line, nothing else changes', () => {
    const third = report.indexOf('全年');
    const offset = new TextEncoder().encode(report.slice(0, third)).length;
    const stray = new Uint8Array([...bytes.subarray(0, offset), 0x92, ...bytes.subarray(offset), 0xe5, 0xad]);
    const decoded = decodeText(stray);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(`${report.slice(0, third)}\uFFFD${report.slice(third)}`);
    expect(decoded.replaced).toEqual([{ line: 3, count: 1 }, { line: 6, count: 1 }]);
  });

  it('still reads a GB18030 file as GB18030, however few Chinese characters it has', () => {
    expect(decodeText(new Uint8Array([...new TextEncoder().encode('Report 2025: '), ...baogaoGb18030]))).toEqual({ text: 'Report 2025: 报告', encoding: 'gb18030' });
  });

  it('keeps every character of a Chinese UTF-8 text with up to three bad bytes anywhere (property)', async () => {
    const fc = (await import('fast-check')).default;
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c));
    fc.assert(
      fc.property(fc.array(han, { minLength: 40, maxLength: 400 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x80, 0x92, 0xff, 0xc3)), { minLength: 1, maxLength: 3 }), (chars, bad) => {
        const text = chars.join('');
        const encoded = [...new TextEncoder().encode(text)];
        // Bad bytes go between characters (each Han character is 3 bytes), so no character is cut; from
        // the end backwards, so each place is still a character boundary of the original. Two at one place
        // are kept apart by a space, or they could make a valid character of their own.
        const places = bad.map(([at, byte]) => [3 * (at % (chars.length + 1)), byte] as const).sort((a, b) => b[0] - a[0]);
        for (const [at, byte] of places) encoded.splice(at, 0, byte, 0x20);
        const decoded = decodeText(new Uint8Array(encoded));
        expect(decoded.encoding).toBe('utf-8');
        expect(decoded.text.replaceAll('\uFFFD ', '')).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('web chrome on the same line as the report', () => {
  it('takes out breadcrumbs, metadata, share and print buttons and HTML, and keeps the report’s words between them', async () => {
    const { stripLineChrome } = await import('../../shared/genre/chrome');
    const line = '您的位置：首页 > 通知公告 2025年某局工作总结 发布日期：2026-01-05 10:30 浏览次数：1024 【打印】 【关闭】';
    const { text, removed } = stripLineChrome(line);
    expect(text).toBe('2025年某局工作总结');
    expect(removed.map((r) => r.text)).toEqual(['您的位置：首页 > 通知公告', '发布日期：2026-01-05 10:30 浏览次数：1024 【打印】 【关闭】']);
    // A lone 微信 between a report's words is its own; a line that is nothing but chrome is left to the line rules.
    expect(stripLineChrome('开通 微信 公众号等平台').text).toBe('开通 微信 公众号等平台');
    expect(stripLineChrome('分享到： 微信 微博 QQ空间')).toEqual({ text: '分享到： 微信 微博 QQ空间', removed: [] });
  });
});

describe('choosing the encoding', () => {
  it('reads a file in the encoding the user chose, and knows mojibake when it sees it', async () => {
    const { parseReportBytes } = await import('../../shared/genre/report');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const fixtures = join(import.meta.dirname, '../fixtures/reports');
    const utf8 = readFileSync(join(fixtures, 'utf8-bad-bytes.txt'));
    expect(parseReportBytes(utf8)).toMatchObject({ encoding: 'utf-8', title: '2025年某县文化馆工作总结' });
    expect(parseReportBytes(utf8).garbled).toBeUndefined();
    const wrong = parseReportBytes(utf8, { encoding: 'gb18030' });
    expect(wrong.encoding).toBe('gb18030');
    expect(wrong.garbled).toBe(true);
    const gb = readFileSync(join(fixtures, 'gb18030-crlf.txt'));
    expect(parseReportBytes(gb).garbled).toBeUndefined();
    expect(parseReportBytes(gb, { encoding: 'utf-8' }).replacedBytes?.length).toBeGreaterThan(0);
  });
});
