import { GLUED_TITLE_ENDINGS } from '../kinds';
import { headingMarkerAt } from '../markers';
import { trimSpace } from '../text';
import type { Removal } from '../types';

/**
 * What sites add to a report's title, as a prefix or a suffix: a 标题： key, a file type, an edition or
 * membership mark, a page or word count, a 【推荐】 tag, the site's own name after a separator.
 * Each is removed with its reason; the title's own words stay.
 */
const ADDITIONS: { id: string; reason: string; pattern: RegExp; needs: RegExp }[] = [
  { id: 'title-prefix', reason: '网页上的“标题：”前缀', pattern: /^\s*(?:标题|题目|文章标题|信息名称|名称)\s*[:：]\s*/u, needs: /[:：]/u },
  { id: 'promo-tag', reason: '标题上的推荐标签', pattern: /[【[]\s*(?:推荐|精选|热门|最新|精品|范文|原创|必看|置顶|优秀|完整版|最新版|热|荐|VIP|会员|独家|收藏|通用)\s*[】\]]/giu, needs: /[【[]/u },
  { id: 'length-tag', reason: '标题上的字数标签', pattern: /[（(]\s*(?:全文\s*)?(?:共\s*)?\d+\s*字\s*[）)]/gu, needs: /字/u },
  { id: 'page-tag', reason: '标题上的页数', pattern: /[（(【[]\s*(?:共\s*)?\d+\s*页\s*[）)】\]]/gu, needs: /页/u },
  {
    id: 'editable-tag',
    reason: '标题上的下载说明',
    pattern: /[（(【[]\s*(?:word版?|可编辑|可下载|可修改|完整版|精选|最新|范文|通用|优选|最新版|\d{4}最新版?|word版可编辑|附?下载|免费)[^）)】\]]{0,8}[）)】\]]/giu,
    needs: /[（(【[]/u,
  },
  { id: 'series-tag', reason: '标题上的“精选几篇”', pattern: /[（(]?\s*(?:精选|优选|通用|合集|汇编)?\s*\d{0,3}\s*篇\s*[）)]?$/u, needs: /篇/u },
  { id: 'series-tag', reason: '标题上的“大全”', pattern: /(?:范文)?大全$/u, needs: /大全/u },
  { id: 'file-type', reason: '标题上的文件类型', pattern: /\s*\.(?:docx?|pdf|wps|txt)\s*$/iu, needs: /\./u },
  {
    id: 'site-suffix',
    reason: '标题后的网站名',
    pattern: /\s*(?:[-_|｜—–]+|\s-\s)\s*[^\s\-_|｜—–]{0,12}(?:网|文库|范文|百科|知道|文档|资料|学习|在线|官网|门户|平台|之家|大全|社区|频道)[^\s\-_|｜—–]{0,6}\s*$/u,
    needs: /[-_|｜—–]/u,
  },
  { id: 'edition-suffix', reason: '标题后的版本说明', pattern: /\s*(?:完整版|最新版|精选版|word版|范文|精品|免费下载|全文)\s*$/iu, needs: /版|范文|精品|下载|全文/u },
];

/** Removes what sites add to a title; repeated until nothing more comes off (`标题：XX报告（精选）.docx`). */
export function stripTitle(text: string): { text: string; removed: Removal[] } {
  // Each addition is looked for only where what it needs is (most titles carry none).
  const candidates = ADDITIONS.filter((addition) => addition.needs.test(text));
  if (candidates.length === 0) return { text: trimSpace(text), removed: [] };
  const removed: Removal[] = [];
  let current = trimSpace(text);
  for (let pass = 0; pass < 3; pass++) {
    const before = current;
    for (const { id, reason, pattern } of candidates) {
      current = trimSpace(
        current.replace(pattern, (match) => {
          // A title is never emptied: what would be left is the report's own.
          removed.push({ rule: id, reason, text: match.trim() });
          return '';
        }),
      );
    }
    if (current === before) break;
  }
  if (current.length < 4) return { text: trimSpace(text), removed: [] };
  return { text: current, removed };
}

const gluedEnding = new RegExp(`(?:${GLUED_TITLE_ENDINGS.join('|')})`, 'gu');

/**
 * A title run into its preamble or first heading with nothing between them
 * (`2023年某局工作总结2023年以来，我局……`): where the title ends, if it does before the line does.
 */
export function titleRunsOn(text: string): number {
  if (!/[。；！？]/u.test(text) || text.length < 20) return -1;
  for (const match of text.matchAll(gluedEnding)) {
    const end = (match.index ?? 0) + match[0].length;
    const rest = text.slice(end).trim();
    if (end < 6 || end > 60 || rest.length < 10) continue;
    if (/[。；！？，,]/u.test(text.slice(0, end))) return -1;
    // What follows opens a sentence or a heading, not the rest of the title (`报告的通知`).
    if (/^[的之和与及、]/u.test(rest)) continue;
    if (headingMarkerAt(rest) || /[。；！？]/u.test(rest)) return end;
  }
  return -1;
}
