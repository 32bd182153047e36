import { TYPO_UNLESS_FOLLOWED, TYPOS, type Typo } from './data/typos';
import { findingAt } from './finding';
import { checkMessages } from './messages';
import type { Finding } from './types';

type Found = Omit<Finding, 'block'>;

/** The list by its first two characters: a position whose two characters start no entry costs one lookup. */
let byStart: Map<string, Typo[]> | null = null;
function index(): Map<string, Typo[]> {
  if (byStart) return byStart;
  byStart = new Map();
  for (const typo of TYPOS) {
    const key = typo.wrong.slice(0, 2);
    byStart.set(key, [...(byStart.get(key) ?? []), typo].sort((a, b) => b.wrong.length - a.wrong.length));
  }
  return byStart;
}

/** Words that are right in one place and wrong in another: the context decides. */
interface ContextRule {
  pattern: RegExp;
  right: (match: string) => string;
  why: string;
  severity: 'warning' | 'info';
  /** 的/地/得: usage, not a wrong character. */
  particle?: boolean;
}

const ADVERBS = '认真|积极|深入|扎实|稳步|切实|主动|大力|不断|持续|广泛|依法|及时|逐步|充分|密切|牢牢|坚定|坚决|自觉|统筹|顺利|迅速|圆满|稳妥';
const VERBS = '推进|落实|推动|提升|提高|部署|完成|解决|促进|贯彻|执行|做好|抓好|发挥|把握|化解|开展';
/** After these the verb is a noun (得到及时的解决, 进行深入的研究): 的 is right. */
const NOMINAL_BEFORE = /(?:得到|进行|给予|加以|予以|受到|作出|做出|取得|实现|有了|开展了?|是)$/u;
/** After the verb, a noun that makes the verb part of a compound (有效的推进机制). */
const COMPOUND_AFTER = /^(?:机制|措施|方式|方法|办法|作用|效果|体系|模式|路径|手段|途径|力量|工作|中|者|力度|速度|态势|格局|势头|成效)/u;

const CONTEXT_RULES: readonly ContextRule[] = [
  {
    pattern: /截止(?!到|日期|时间|期限|日|时|点|目标)(?=\d|今年|本年|上年|去年|目前|当前|今日|今天|发稿|年底|年末|上半年|前三季度|一季度|[1-9１-９])/gu,
    right: () => '截至',
    why: '“截至”后面接时间点（截至2024年底），“截止”表示到时停止（报名已截止）',
    severity: 'info',
  },
  {
    pattern: /必需(?=加强|坚持|落实|做到|建立|强化|推进|提高|切实|认真|严格|把握|抓好|高度|进一步)/gu,
    right: () => '必须',
    why: '“必须”是一定要，“必需”是一定要有的（生活必需品）',
    severity: 'warning',
  },
  {
    pattern: /反应(?=问题|情况|诉求|意见|建议|给|了问题)/gu,
    right: () => '反映',
    why: '把情况、问题告诉上级是“反映”，“反应”是受刺激后的变化',
    severity: 'warning',
  },
  {
    pattern: /(?:取|获|赢)的(?=了|成效|成绩|进展|实效|突破|胜利|好评|荣誉|称号)/gu,
    right: (m) => `${m[0] ?? ''}得`,
    why: '“取得”“获得”“赢得”是动词',
    severity: 'warning',
  },
  {
    pattern: new RegExp(`(?:${ADVERBS})的(?=(?:${VERBS}))`, 'gu'),
    right: (m) => `${m.slice(0, -1)}地`,
    why: '修饰动词用“地”（认真地学习）',
    severity: 'info',
    particle: true,
  },
  {
    pattern: /(?:显著|明显|积极|良好|较好|突出|重要|丰硕|长足|明确)地(?=成效|成绩|效果|进展|成果|作用|影响|基础|氛围|局面|变化)/gu,
    right: (m) => `${m.slice(0, -1)}的`,
    why: '修饰名词用“的”（显著的成效）',
    severity: 'info',
    particle: true,
  },
  {
    pattern: /(?:做|干|抓|搞|落实|完成|开展|推进|执行|处理|解决|发挥)的(?=(?:很|非常|比较|十分|更加|不够|还不够|较为?)(?:好|扎实|到位|细|实|深|快|出色|有效|及时|规范|充分))/gu,
    right: (m) => `${m.slice(0, -1)}得`,
    why: '动词后补充程度用“得”（做得很好）',
    severity: 'info',
    particle: true,
  },
];

/** 错别字: the curated list (errors; non-standard forms warnings) and the context rules (warnings, 的/地/得 提示). */
export function typoFindings(text: string): Found[] {
  const found: Found[] = [];
  const starts = index();
  for (let i = 0; i + 2 <= text.length; i++) {
    const candidates = starts.get(text.slice(i, i + 2));
    if (!candidates) continue;
    const typo = candidates.find((t) => text.startsWith(t.wrong, i) && !followedBy(text, i + t.wrong.length, TYPO_UNLESS_FOLLOWED[t.wrong]));
    if (!typo) continue;
    const message = typo.severity === 'error' ? checkMessages.typo(typo.wrong, typo.right) : checkMessages.notStandard(typo.wrong, typo.right);
    found.push(findingAt('typo', typo.severity, text, i, typo.wrong.length, message, typo.right));
    i += typo.wrong.length - 1;
  }
  for (const rule of CONTEXT_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const end = m.index + m[0].length;
      if (rule.particle && rule.right(m[0]).endsWith('地')) {
        if (NOMINAL_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
        const verb = new RegExp(`^(?:${VERBS})`, 'u').exec(text.slice(end))?.[0] ?? '';
        if (COMPOUND_AFTER.test(text.slice(end + verb.length))) continue;
      }
      const right = rule.right(m[0]);
      const message = rule.particle ? checkMessages.particle(m[0], right, rule.why) : checkMessages.contextTypo(m[0], right, rule.why);
      found.push(findingAt('typo', rule.severity, text, m.index, m[0].length, message, right));
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function followedBy(text: string, at: number, chars: string | undefined): boolean {
  return chars !== undefined && chars !== '' && chars.includes(text[at] ?? '\u0000');
}
