/**
 * 规范提法: the fixed political formulations a reviewer knows by heart, written for this project from
 * the public central documents named in each entry's `source` (facts — names, members, order, dates —
 * not their prose). The format is documented in shared/checks/README.md. `version` goes up by one
 * whenever an entry is added or corrected; an entry's `since` is the version that added it.
 */
export const FORMULATIONS_VERSION = 1;

/** A set named "N个X" (or an acronym like 三会一课) whose members have a fixed wording and order. */
export interface FormulationSet {
  id: string;
  /** The name as written: 四个意识. */
  name: string;
  /** The members in their standard order, each in the shortest form that is always written out. */
  members: readonly string[];
  /** The order of the members is part of the formulation (a list out of order is an error). */
  ordered: boolean;
  /** Listing all but one member is an error (四个意识 lists four, never three). */
  complete?: boolean;
  /** Members are whole items of a list (创新、协调…): a member only counts when it is the whole item. */
  exactItems?: boolean;
  /** Fewest members a list must share with the set before its order is judged (default 3). */
  minForOrder?: number;
  /** What every member ends with: an item ending with it in the member's place is a near-synonym. */
  suffix?: string;
  /** Near-synonyms writers put in a member's place: wrong → member. */
  nearMembers?: Readonly<Record<string, string>>;
  /** `N个<countWord>` with another N is this set miscounted (三个自信 for 四个自信). */
  countWord?: string;
  count: number;
  /** A count that was right until this formulation grew: 三个自信 until 2016. */
  formerCount?: { count: number; until: number };
  source: string;
  since: number;
}

export const FORMULATION_SETS: readonly FormulationSet[] = [
  {
    id: 'four-consciousness',
    name: '四个意识',
    members: ['政治意识', '大局意识', '核心意识', '看齐意识'],
    ordered: true,
    complete: true,
    suffix: '意识',
    nearMembers: { 全局意识: '大局意识', 整体意识: '大局意识' },
    countWord: '意识',
    count: 4,
    source: '2016年1月中央政治局会议；党的十九大报告',
    since: 1,
  },
  {
    id: 'four-confidences',
    name: '四个自信',
    members: ['道路自信', '理论自信', '制度自信', '文化自信'],
    ordered: true,
    complete: true,
    suffix: '自信',
    countWord: '自信',
    count: 4,
    formerCount: { count: 3, until: 2016 },
    source: '党的十八大报告（三个自信）；庆祝中国共产党成立95周年大会讲话（2016年，增加文化自信）',
    since: 1,
  },
  {
    id: 'three-meetings-one-lesson',
    name: '三会一课',
    members: ['支部党员大会', '支部委员会', '党小组会', '党课'],
    ordered: true,
    count: 4,
    source: '《中国共产党支部工作条例（试行）》（2018年）',
    since: 1,
  },
  {
    id: 'five-in-one',
    name: '五位一体',
    members: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'],
    ordered: true,
    minForOrder: 4,
    count: 5,
    source: '党的十八大报告；党章总纲',
    since: 1,
  },
  {
    id: 'four-comprehensives',
    name: '四个全面',
    members: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'],
    ordered: true,
    nearMembers: { 全面建成小康社会: '全面建设社会主义现代化国家' },
    countWord: '全面',
    count: 4,
    source: '党的十九届五中全会公报（2020年，第一个全面改为全面建设社会主义现代化国家）',
    since: 1,
  },
  {
    id: 'party-building',
    name: '党的建设',
    members: ['政治建设', '思想建设', '组织建设', '作风建设', '纪律建设'],
    ordered: true,
    count: 5,
    source: '党的十九大报告、党的二十大报告（党的政治建设、思想建设、组织建设、作风建设、纪律建设，把制度建设贯穿其中）',
    since: 1,
  },
  {
    id: 'four-greats',
    name: '四个伟大',
    members: ['伟大斗争', '伟大工程', '伟大事业', '伟大梦想'],
    ordered: true,
    count: 4,
    source: '党的十九大报告',
    since: 1,
  },
  {
    id: 'three-stricts-three-solids',
    name: '三严三实',
    members: ['严以修身', '严以用权', '严以律己', '谋事要实', '创业要实', '做人要实'],
    ordered: true,
    count: 6,
    source: '2014年3月全国两会期间习近平总书记讲话',
    since: 1,
  },
  {
    id: 'three-no-corruption',
    name: '三不腐',
    members: ['不敢腐', '不能腐', '不想腐'],
    ordered: true,
    complete: true,
    count: 3,
    source: '党的十九大报告；党的二十大报告',
    since: 1,
  },
  {
    id: 'four-winds',
    name: '四风',
    members: ['形式主义', '官僚主义', '享乐主义', '奢靡之风'],
    ordered: true,
    count: 4,
    source: '党的群众路线教育实践活动（2013年）',
    since: 1,
  },
  {
    id: 'new-development-philosophy',
    name: '新发展理念',
    members: ['创新', '协调', '绿色', '开放', '共享'],
    ordered: true,
    exactItems: true,
    minForOrder: 4,
    count: 5,
    source: '党的十八届五中全会（2015年）',
    since: 1,
  },
  {
    id: 'core-values',
    name: '社会主义核心价值观',
    members: ['富强', '民主', '文明', '和谐', '自由', '平等', '公正', '法治', '爱国', '敬业', '诚信', '友善'],
    ordered: true,
    exactItems: true,
    minForOrder: 5,
    count: 12,
    source: '党的十八大报告；《关于培育和践行社会主义核心价值观的意见》（2013年）',
    since: 1,
  },
  {
    id: 'three-battles',
    name: '三大攻坚战',
    members: ['防范化解重大风险', '精准脱贫', '污染防治'],
    ordered: true,
    count: 3,
    source: '党的十九大报告',
    since: 1,
  },
  {
    id: 'six-stabilities',
    name: '六稳',
    members: ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期'],
    ordered: true,
    minForOrder: 4,
    count: 6,
    source: '2018年7月中央政治局会议',
    since: 1,
  },
  {
    id: 'six-guarantees',
    name: '六保',
    members: ['保居民就业', '保基本民生', '保市场主体', '保粮食能源安全', '保产业链供应链稳定', '保基层运转'],
    ordered: true,
    minForOrder: 4,
    count: 6,
    source: '2020年4月中央政治局会议',
    since: 1,
  },
  {
    id: 'four-facings',
    name: '四个面向',
    members: ['面向世界科技前沿', '面向经济主战场', '面向国家重大需求', '面向人民生命健康'],
    ordered: true,
    count: 4,
    source: '科学家座谈会讲话（2020年）；党的十九届五中全会',
    since: 1,
  },
  {
    id: 'four-talks-four-haves',
    name: '四讲四有',
    members: ['讲政治、有信念', '讲规矩、有纪律', '讲道德、有品行', '讲奉献、有作为'],
    ordered: true,
    count: 4,
    source: '“两学一做”学习教育方案（2016年）',
    since: 1,
  },
  {
    id: 'four-no-removals',
    name: '四个不摘',
    members: ['摘帽不摘责任', '摘帽不摘政策', '摘帽不摘帮扶', '摘帽不摘监管'],
    ordered: true,
    count: 4,
    source: '2019年4月解决“两不愁三保障”突出问题座谈会讲话',
    since: 1,
  },
  {
    id: 'six-musts',
    name: '六个必须坚持',
    members: ['人民至上', '自信自立', '守正创新', '问题导向', '系统观念', '胸怀天下'],
    ordered: true,
    minForOrder: 4,
    count: 6,
    source: '党的二十大报告',
    since: 1,
  },
  {
    id: 'two-safeguards',
    name: '两个维护',
    members: [],
    ordered: false,
    countWord: '维护',
    count: 2,
    source: '党的十九大以来中央文件（坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导）',
    since: 1,
  },
  {
    id: 'two-establishments',
    name: '两个确立',
    members: [],
    ordered: false,
    countWord: '确立',
    count: 2,
    source: '党的十九届六中全会决议（2021年）',
    since: 1,
  },
];

/** A fixed wording written wrongly (a character, a word or an order): wrong → right. */
export interface FixedWording {
  wrong: string;
  right: string;
  /** Why, in a few words for the message. */
  why: string;
  /** error when the wrong form is never right; warning when it is nearly always wrong. */
  severity: 'error' | 'warning';
  since: number;
}

export const FIXED_WORDINGS: readonly FixedWording[] = [
  { wrong: '全党的核心、党中央的核心', right: '党中央的核心、全党的核心', why: '“两个维护”“两个确立”中先说党中央的核心', severity: 'error', since: 1 },
  { wrong: '确立习近平总书记党中央的核心', right: '确立习近平同志党中央的核心', why: '“两个确立”的表述是“确立习近平同志党中央的核心、全党的核心地位”', severity: 'warning', since: 1 },
  { wrong: '两个确定', right: '两个确立', why: '党的十九届六中全会决议的提法是“两个确立”', severity: 'error', since: 1 },
  { wrong: '一岗两责', right: '一岗双责', why: '固定提法', severity: 'error', since: 1 },
  { wrong: '青山绿水就是金山银山', right: '绿水青山就是金山银山', why: '“两山”理念的固定表述', severity: 'error', since: 1 },
  { wrong: '绿水青山也是金山银山', right: '绿水青山就是金山银山', why: '“两山”理念的固定表述', severity: 'error', since: 1 },
  { wrong: '不忘初衷、牢记使命', right: '不忘初心、牢记使命', why: '固定提法', severity: 'error', since: 1 },
  { wrong: '踏石留印、抓铁留痕', right: '踏石留印、抓铁有痕', why: '固定提法', severity: 'error', since: 1 },
  { wrong: '抓铁留痕', right: '抓铁有痕', why: '固定提法是“踏石留印、抓铁有痕”', severity: 'warning', since: 1 },
  { wrong: '全面从严治党主题责任', right: '全面从严治党主体责任', why: '“主体责任”', severity: 'error', since: 1 },
  { wrong: '意识形态工作主体责任制', right: '意识形态工作责任制', why: '固定提法', severity: 'warning', since: 1 },
  { wrong: '党风廉政建设和反腐倡廉斗争', right: '党风廉政建设和反腐败斗争', why: '固定提法', severity: 'error', since: 1 },
  { wrong: '两学一作', right: '两学一做', why: '固定提法', severity: 'error', since: 1 },
  { wrong: '五位一体总体部署', right: '五位一体总体布局', why: '“五位一体”总体布局、“四个全面”战略布局', severity: 'error', since: 1 },
  { wrong: '四个全面总体布局', right: '四个全面战略布局', why: '“五位一体”总体布局、“四个全面”战略布局', severity: 'error', since: 1 },
  { wrong: '五位一体战略布局', right: '五位一体总体布局', why: '“五位一体”总体布局、“四个全面”战略布局', severity: 'error', since: 1 },
  { wrong: '以人民为中心的发展理念', right: '以人民为中心的发展思想', why: '党的十八届五中全会以来的提法', severity: 'warning', since: 1 },
  { wrong: '守初心、担使命，找差距、抓整改', right: '守初心、担使命，找差距、抓落实', why: '“不忘初心、牢记使命”主题教育总要求', severity: 'error', since: 1 },
];

/** The guiding thought's full name; anything else between 习近平 and 思想 is a slip. */
export const GUIDING_THOUGHT = '习近平新时代中国特色社会主义思想';

/**
 * The Party's national congresses (the year each met) and the years its central committee's plenums
 * met, in order. A 届 still sitting lists only the plenums held so far (`knownUntil`).
 */
export interface Congress {
  ordinal: number;
  year: number;
  plenums: readonly number[];
}

export const CONGRESSES: readonly Congress[] = [
  { ordinal: 16, year: 2002, plenums: [2002, 2003, 2003, 2004, 2005, 2006, 2007] },
  { ordinal: 17, year: 2007, plenums: [2007, 2008, 2008, 2009, 2010, 2011, 2012] },
  { ordinal: 18, year: 2012, plenums: [2012, 2013, 2013, 2014, 2015, 2016, 2017] },
  { ordinal: 19, year: 2017, plenums: [2017, 2018, 2018, 2019, 2020, 2021, 2022] },
  { ordinal: 20, year: 2022, plenums: [2022, 2023, 2024, 2025] },
];
/** The data on congresses and plenums is complete up to the end of this year. */
export const CONGRESSES_KNOWN_UNTIL = 2025;

/** Five-year plans: 十四五 began in 2021, and each began five years after the one before. */
export const PLAN_PERIODS = { ordinal: 14, start: 2021 } as const;

/** A formulation of a goal reached or a campaign ended: written as current from `from` on, it is out of date. */
export interface OutdatedWording {
  wording: string;
  from: number;
  instead: string;
  since: number;
}

export const OUTDATED_WORDINGS: readonly OutdatedWording[] = [
  { wording: '决胜全面建成小康社会', from: 2021, instead: '全面建成小康社会已于2021年宣告实现，现在的提法是“全面建设社会主义现代化国家”', since: 1 },
  { wording: '全面建成小康社会决胜阶段', from: 2021, instead: '全面建成小康社会已于2021年宣告实现，现在的提法是“全面建设社会主义现代化国家”', since: 1 },
  { wording: '决战决胜脱贫攻坚', from: 2021, instead: '脱贫攻坚战已于2021年宣告全面胜利，现在的提法是“巩固拓展脱贫攻坚成果同乡村振兴有效衔接”', since: 1 },
];
