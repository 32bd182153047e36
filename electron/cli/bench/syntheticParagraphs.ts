import { seededRandom } from './syntheticReports';

/**
 * Varied report paragraphs for the search benchmark: sentences combine many subjects, actions,
 * objects, fields of work and results, so terms hit a realistic share of the library rather than
 * every paragraph.
 */
const subjects = ['局党组', '机关党委', '各党支部', '班子成员', '宣传科', '办公室', '党员干部', '青年干部', '网评员队伍', '各科室', '驻村工作队', '团支部', '工会', '妇委会', '信息中心', '执法大队', '综合科', '人事科', '纪检组', '离退休党支部'];
const actions = ['认真落实', '持续推进', '扎实开展', '全面加强', '不断完善', '深入推进', '严格执行', '积极探索', '统筹推进', '切实加强', '稳步推进', '着力抓好', '大力推进', '进一步健全', '及时组织', '精心组织', '有序推进', '全力做好', '常态化开展', '规范开展'];
const objects = ['意识形态工作责任制', '网络舆情监测', '理论学习中心组学习', '宣传阵地管理', '新闻发布审核', '政务新媒体管理', '主题党日活动', '文明单位创建', '志愿服务活动', '基层宣讲', '“三会一课”制度', '“第一议题”制度', '信息发布“三审三校”', '舆情应急处置', '干部教育培训', '廉政警示教育', '作风建设', '政策解读宣传', '典型选树宣传', '网络安全检查', '保密教育', '法治宣传教育', '精神文明建设', '统一战线工作', '社会主义核心价值观宣传', '党史学习教育', '调查研究', '民生实事', '营商环境优化', '安全生产宣传', '档案规范管理', '窗口服务提升', '数字化转型', '应急值守', '民主生活会', '谈心谈话', '意见建议征集', '结对帮扶', '乡村振兴', '基层党组织建设'];
const fields = ['医保', '教育', '统计', '档案', '交通', '水利', '农业农村', '卫生健康', '市场监管', '税务', '文旅', '住建', '自然资源', '生态环境', '人社', '民政', '司法', '应急管理', '商务', '科技'];
const results = ['取得明显成效', '形成长效机制', '营造了良好氛围', '提升了工作质效', '得到群众好评', '推动工作落地见效', '筑牢了思想防线', '增强了凝聚力', '提高了处置能力', '实现全覆盖', '做到底数清、情况明', '弘扬主旋律，传播正能量'];
const measures = ['全年开展{n}次', '覆盖{n}人次', '发布信息{n}条', '处置舆情{n}起', '组织培训{n}场', '走访企业{n}家', '整改问题{n}个', '编发简报{n}期'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function sentence(random: () => number): string {
  const parts = [`${pick(random, subjects)}围绕${pick(random, fields)}工作${pick(random, actions)}${pick(random, objects)}`];
  if (random() < 0.6) parts.push(pick(random, measures).replace('{n}', String(1 + Math.floor(random() * 500))));
  if (random() < 0.5) parts.push(pick(random, results));
  return parts.join('，');
}

export function syntheticParagraph(index: number): string {
  const random = seededRandom(index * 7919 + 13);
  const count = 2 + Math.floor(random() * 4);
  return Array.from({ length: count }, () => sentence(random)).join('。') + '。';
}
