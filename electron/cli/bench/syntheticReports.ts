/**
 * Realistic report text for benchmarks, built from our own stock sentences: title, preamble, the
 * three parts with run-in headings, `一是…` items, placeholders, a little site noise. Deterministic
 * for a given seed so runs are comparable.
 */
const topics = ['加强组织领导', '强化理论武装', '坚持正面宣传', '加强阵地管理', '防范化解风险', '加强队伍建设', '完善工作机制', '推动学用结合'];
const aims = ['压实工作责任', '筑牢思想根基', '把握舆论导向', '守好网络阵地', '提升处置能力', '夯实工作基础', '提高工作效能', '推动工作落实'];
const sentences = [
  '局党组始终把意识形态工作摆在重要位置，纳入年度工作要点和党建工作责任制',
  '坚持与业务工作同部署、同落实、同检查、同考核，班子成员认真落实“一岗双责”',
  '全年召开意识形态工作专题会议{n}次，分析研判意识形态领域情况{n}次',
  '落实“第一议题”制度，理论学习中心组集中学习{n}次，开展专题研讨{n}次',
  '严格落实信息发布“三审三校”制度，政务新媒体全年发布信息{n}条',
  '建立网络舆情监测、研判和处置工作机制，及时处置各类舆情{n}起',
  '组织党员干部参加“学习强国”学习平台学习，参学率达到{n}%',
  '加强对XX宣传栏、电子显示屏等阵地的管理，做到谁主管谁负责',
  '开展形式多样的主题党日活动{n}次，弘扬主旋律，传播正能量',
  '选派{n}名业务骨干参加上级举办的宣传思想工作培训',
  '对照上级要求逐项开展自查，发现问题{n}个，已全部完成整改',
  '结合主题教育，推动学习往心里走、往深里走、往实里走',
];
const problems = [
  '理论学习的深度和广度还不够，学用结合还有差距',
  '网络意识形态工作力量有待加强，专业人才比较缺乏',
  '宣传工作的创新性还不够强，方式方法比较传统',
  '部分干部对意识形态工作的敏锐性不够，存在重业务轻思想的倾向',
];
const plans = [
  '进一步压实意识形态工作责任，推动责任制落地见效',
  '持续强化理论武装，不断提高党员干部的政治判断力',
  '加强阵地建设和管理，牢牢掌握网络意识形态工作主动权',
  '不断提升舆情应对处置能力，健全完善应急处置预案',
];
const itemLeads = ['强化理论学习', '加强阵地建设', '落实主体责任', '健全长效机制', '抓好队伍建设', '完善考核机制'];
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八'];

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function sentence(random: () => number, pool: readonly string[]): string {
  return pick(random, pool).replace(/\{n\}/g, () => String(1 + Math.floor(random() * 300)));
}

function paragraph(random: () => number, pool: readonly string[], count: number): string {
  return Array.from({ length: count }, () => sentence(random, pool)).join('，') + '。';
}

/** One report of about `targetBytes` UTF-8 bytes. */
export function syntheticReport(index: number, targetBytes = 7000): string {
  const random = seededRandom(index + 1);
  const year = 2018 + (index % 8);
  const lines = [
    `${year}年第${index + 1}单位意识形态工作责任制落实情况报告（${2000 + index}字）`,
    `按照上级通知要求，我单位认真开展自查，现将${year}年意识形态工作有关情况汇报如下：`,
    '一、工作开展情况',
  ];
  let heading = 0;
  while (new TextEncoder().encode(lines.join('\n')).length < targetBytes * 0.7) {
    const items = Array.from({ length: 3 }, (_, i) => `${numerals[i]}是${pick(random, itemLeads)}。${paragraph(random, sentences, 2)}`).join('');
    lines.push(`（${numerals[heading % 8]}）${pick(random, topics)}，${pick(random, aims)}。${paragraph(random, sentences, 3)}${items}`);
    heading++;
  }
  lines.push('二、存在的问题', `${paragraph(random, problems, 2)}`, '三、下一步工作打算');
  while (new TextEncoder().encode(lines.join('\n')).length < targetBytes) lines.push(paragraph(random, plans, 3));
  lines.push('特此报告。', '##paidend##');
  return lines.join('\n');
}
