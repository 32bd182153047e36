import { describe, expect, it } from 'vitest';
import { createChecker, DEFAULT_MAX_PARAGRAPH, starterSensitive, starterWordings, type CheckContext, type Finding } from '../../../shared/checks';
import { FIXED_WORDINGS, FORMULATION_SETS } from '../../../shared/checks/data/formulations';
import { TYPOS } from '../../../shared/checks/data/typos';
import { numbered, type ReportDocument, type UnnumberedBlock } from '../../../shared/model/document';

const context: CheckContext = { year: 2024, today: '2026-01-20', wordings: starterWordings, sensitive: starterSensitive, maxParagraph: DEFAULT_MAX_PARAGRAPH };
const paragraphs = (...texts: string[]) => numbered(texts.map((text): UnnumberedBlock => ({ kind: 'paragraph', inlines: [{ text }] })));
const check = (doc: ReportDocument, ctx: Partial<CheckContext> = {}) => createChecker()(doc, { ...context, ...ctx });
const marked = (doc: ReportDocument, f: Finding) => {
  const block = doc.blocks[f.block];
  const text = block && block.kind !== 'table' ? block.inlines.map((i) => i.text).join('') : '';
  return text.slice(f.offset, f.offset + f.length);
};
/** What one kind of check marks in the sentences: [marked text, fix]. */
function found(id: Finding['check'], texts: string[], ctx: Partial<CheckContext> = {}): [string, string | undefined][] {
  const doc = paragraphs(...texts);
  return check(doc, ctx)
    .filter((f) => f.check === id)
    .map((f) => [marked(doc, f), f.fix]);
}
const messages = (id: Finding['check'], texts: string[], ctx: Partial<CheckContext> = {}) =>
  check(paragraphs(...texts), ctx)
    .filter((f) => f.check === id)
    .map((f) => f.message);

describe('规范提法: sets with their members and order', () => {
  it('finds a member replaced by a near-synonym, a list out of order and a member missing', () => {
    expect(found('formulation', ['牢固树立政治意识、全局意识、核心意识、看齐意识。'])).toEqual([['全局意识', '大局意识']]);
    expect(messages('formulation', ['坚定道路自信、制度自信、理论自信、文化自信。'])).toEqual(['“四个自信”的顺序不对，应为：道路自信、理论自信、制度自信、文化自信。']);
    expect(messages('formulation', ['增强政治意识、大局意识、核心意识，做到令行禁止。'])[0]).toContain('少了“看齐意识”');
    expect(messages('formulation', ['统筹推进经济建设、政治建设、社会建设、文化建设、生态文明建设。'])[0]).toContain('“五位一体”的顺序不对');
    expect(messages('formulation', ['一体推进不能腐、不敢腐、不想腐。'])[0]).toContain('“三不腐”的顺序不对');
    expect(messages('formulation', ['坚决反对官僚主义、形式主义、享乐主义和奢靡之风。'])[0]).toContain('“四风”的顺序不对');
  });

  it('takes the right lists, partial lists of open sets and lists of other things', () => {
    expect(
      found('formulation', [
        '增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
        '增强政治意识、大局意识、核心意识、看齐意识，坚定道路自信、理论自信、制度自信、文化自信。',
        '加强思想建设、组织建设、作风建设，推进党风廉政建设。',
        '坚持创新、协调、绿色、开放、共享的新发展理念。',
        '强化责任意识、服务意识、安全意识、法治意识。',
        '树立三个意识：责任意识、服务意识、安全意识。',
        '坚持稳中求进，做好稳就业、稳金融、稳外贸工作。',
        '集中力量抓好政治建设、经济建设。',
      ]),
    ).toEqual([]);
  });

  it('replaces 全面建成小康社会 in 四个全面 only from 2021', () => {
    const list = '协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。';
    expect(found('formulation', [list], { year: 2023 })).toEqual([['全面建成小康社会', '全面建设社会主义现代化国家']]);
    expect(found('formulation', [list], { year: 2019 })).toEqual([]);
  });

  it('has members for every set it judges, in a documented shape', () => {
    for (const set of FORMULATION_SETS) {
      if (set.members.length > 0) expect(set.members).toHaveLength(set.count);
      expect(set.source.length).toBeGreaterThan(0);
    }
    expect(FORMULATION_SETS.length).toBeGreaterThanOrEqual(20);
  });
});

describe('规范提法: counts, names, congresses, years', () => {
  it('finds a wrong count, and 三个自信 as the formulation of before 2016', () => {
    expect(found('formulation', ['牢固树立五个意识。'])).toEqual([['五个意识', '四个意识']]);
    expect(messages('formulation', ['坚定三个自信。'])[0]).toContain('2016年以前的提法');
    expect(found('formulation', ['坚定三个自信。'], { year: 2015 })).toEqual([]);
    expect(found('formulation', ['树立三个意识：责任意识、服务意识、安全意识。'])).toEqual([]);
  });

  it('finds fixed wordings written wrongly, and leaves the right ones', () => {
    expect(found('formulation', ['坚决维护习近平总书记全党的核心、党中央的核心地位，落实一岗两责。'])).toEqual([
      ['全党的核心、党中央的核心', '党中央的核心、全党的核心'],
      ['一岗两责', '一岗双责'],
    ]);
    expect(found('formulation', ['坚决维护习近平总书记党中央的核心、全党的核心地位，落实一岗双责，踏石留印、抓铁有痕。'])).toEqual([]);
    for (const w of FIXED_WORDINGS) expect(w.wrong).not.toBe(w.right);
  });

  it('finds the guiding thought misnamed, not its right name nor other thoughts', () => {
    expect(found('formulation', ['深入学习习近平新时代特色社会主义思想。'])).toEqual([['习近平新时代特色社会主义思想', '习近平新时代中国特色社会主义思想']]);
    expect(found('formulation', ['深入学习新时代习近平中国特色社会主义思想。'])).toEqual([['新时代习近平中国特色社会主义思想', '习近平新时代中国特色社会主义思想']]);
    expect(found('formulation', ['深入学习习近平总书记中国特色社会主义思想。'])).toEqual([['习近平总书记中国特色社会主义思想', '习近平新时代中国特色社会主义思想']]);
    expect(found('formulation', ['学习习近平新时代中国特色社会主义思想和习近平经济思想、习近平文化思想。'])).toEqual([]);
  });

  it('finds a plenum not yet held or never held, and last congress studied as current', () => {
    expect(messages('formulation', ['学习贯彻党的二十届四中全会精神。'], { year: 2024 })).toEqual(['“党的二十届四中全会”在2024年还没有召开，请核对届次（报告年度取自标题）。']);
    expect(found('formulation', ['学习贯彻党的二十届四中全会精神。'], { year: 2025 })).toEqual([]);
    expect(messages('formulation', ['党的十九届八中全会'])[0]).toContain('共召开7次全会');
    expect(messages('formulation', ['深入学习贯彻党的十九大精神。'], { year: 2024 })[0]).toContain('党的二十大精神');
    expect(found('formulation', ['深入学习贯彻党的十九大精神。'], { year: 2022 })).toEqual([]);
    expect(found('formulation', ['党的十八大以来，二十大项重点工程全部完工。'], { year: 2024 })).toEqual([]);
  });

  it('finds 今年是十四五开局之年 in another year and goals of the past as current', () => {
    expect(found('formulation', ['今年是“十四五”开局之年。'], { year: 2024 })).toHaveLength(1);
    expect(found('formulation', ['今年是“十四五”开局之年。'], { year: 2021 })).toEqual([]);
    expect(found('formulation', ['2021年是“十四五”开局之年。', '今年是“十四五”收官之年。'], { year: 2025 })).toEqual([]);
    expect(found('formulation', ['为决胜全面建成小康社会作出贡献。'], { year: 2023 })).toHaveLength(1);
    expect(found('formulation', ['为决胜全面建成小康社会作出贡献。'], { year: 2020 })).toEqual([]);
  });
});

describe('错别字', () => {
  it('finds idioms and words written with the wrong character, with the right form', () => {
    expect(found('typo', ['面对困难一愁莫展，消息不径而走，凭添烦恼，建立工作台帐。'])).toEqual([
      ['一愁莫展', '一筹莫展'],
      ['不径而走', '不胫而走'],
      ['凭添', '平添'],
      ['台帐', '台账'],
    ]);
  });

  it('leaves right words that contain a wrong form', () => {
    expect(found('typo', ['这是美好象征，普及有关健康知识，完善人事绩效考核，立即然后出发。'])).toEqual([]);
  });

  it('judges 截止/截至, 必需/必须, 反应/反映 by what follows', () => {
    expect(found('typo', ['截止2024年底，必需加强学习，及时反应问题。'])).toEqual([
      ['截止', '截至'],
      ['必需', '必须'],
      ['反应', '反映'],
    ]);
    expect(found('typo', ['报名已截止，截止日期为5月，保障生活必需品，群众反应强烈。'])).toEqual([]);
  });

  it('gives 的/地/得 as 提示 only where they are reliable', () => {
    const doc = paragraphs('认真的落实，取的了显著地成效，工作做的很好。');
    const particles = check(doc).filter((f) => f.check === 'typo');
    expect(particles.map((f) => [marked(doc, f), f.fix, f.severity])).toEqual([
      ['认真的', '认真地', 'info'],
      ['取的', '取得', 'warning'],
      ['显著地', '显著的', 'info'],
      ['做的', '做得', 'info'],
    ]);
    expect(found('typo', ['问题得到及时的解决，发挥积极的推动作用，建设坚强有力的宣传思想工作队伍，做的工作很多。'])).toEqual([]);
  });

  it('has a curated list of at least 200 entries, each wrong form differing from its right one', () => {
    expect(TYPOS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(TYPOS.map((t) => t.wrong)).size).toBe(TYPOS.length);
    for (const t of TYPOS) expect(t.wrong).not.toBe(t.right);
  });
});

describe('forms: 文号, numbers, punctuation, title', () => {
  it('finds a document number in the wrong brackets, with 第, a leading zero or a two-digit year', () => {
    expect(found('doc-number', ['根据国办发[2023]第05号文件，按赣府字(23)8号执行。'])).toEqual([
      ['[2023]第05号', '〔2023〕5号'],
      ['(23)8号', '〔2023〕8号'],
    ]);
    expect(found('doc-number', ['根据国办发〔2023〕5号文件，共12号楼（2023）。'])).toEqual([]);
  });

  it('finds a range that drops its unit, a shortened year and 三、四个 (full-width digits are the punctuation check’s, flagged once)', () => {
    expect(found('number-form', ['增长10-20%，投资3～5亿元，共１２项，23年5月起，召开三、四次会议。'])).toEqual([
      ['10-20%', '10%～20%'],
      ['3～5亿元', '3亿元～5亿元'],
      ['23年5月', '2023年5月'],
      ['三、四', '三四'],
    ]);
    expect(found('number-form', ['增长10%～20%，2021—2025年，9:30开会，一、二等奖各3名，第三、四季度，2023年5月。'])).toEqual([]);
  });

  it('finds 顿号 between titles and a question mark closing a statement, not a real question', () => {
    expect(found('punctuation-form', ['学习《条例》、《准则》，我们的工作还有很多不足？'])).toEqual([
      ['》、《', '》《'],
      ['？', '。'],
    ]);
    expect(found('punctuation-form', ['学习《条例》《准则》。我们的工作做得怎么样？是否还有不足？'])).toEqual([]);
  });

  it('finds two 文种 in a title and 申请报告', () => {
    const title = (text: string) => numbered([{ kind: 'title', inlines: [{ text }] }]);
    const kinds = (text: string) => check(title(text)).filter((f) => f.check === 'title-kind').map((f) => f.message);
    expect(kinds('关于增加编制的请示报告')[0]).toContain('两个文种');
    expect(kinds('关于购置车辆的申请报告')[0]).toContain('请示');
    expect(kinds('关于2024年工作情况的报告')).toEqual([]);
    expect(kinds('关于落实《意见》情况的报告')).toEqual([]);
  });

  it('finds 当否，请批示 and 请批准 inside a 报告 (request-in-report)', () => {
    const doc = numbered([
      { kind: 'title', inlines: [{ text: '关于2024年工作情况的报告' }] },
      { kind: 'paragraph', inlines: [{ text: '以上报告，妥否，请批示。' }] },
    ]);
    expect(check(doc).filter((f) => f.check === 'request-in-report').map((f) => marked(doc, f))).toEqual(['妥否，请批示']);
  });
});

describe('places named together', () => {
  it('finds a county or city named under a place it is not in', () => {
    expect(messages('place-mismatch', ['赴湖北省张家界考察，到赣州市修水县调研。'])).toEqual([
      '“湖北省张家界”的地名不相属：张家界市属于湖南省，不属于湖北省。',
      '“赣州市修水县”的地名不相属：修水县属于江西省九江市，不属于赣州市。',
    ]);
  });

  it('takes places that belong together, municipalities and words after a province', () => {
    expect(found('place-mismatch', ['江西省赣州市于都县、北京市朝阳区、湖北省仙桃市、湖南省张家界市，江西省和平安建设，广东省内各地。'])).toEqual([]);
  });
});
