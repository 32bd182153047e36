import type { Removal } from './types';

/**
 * A web page's chrome on the same physical line as the report (copied pages lose their layout):
 * `当前位置：首页 > 政务公开 > 工作总结 2025年某镇工作总结 发布时间：2026-01-05 字号：大 中 小 分享到：微信 微博`,
 * or `某镇人民政府 2026年1月5日 附件下载 打印本页 关闭窗口 -->`. The line is read as space-separated
 * tokens; a run of chrome tokens goes (with the reason of the rule that names it), the report's own
 * words stay. A line that is nothing but chrome is left to the line rules (noiseRules.ts).
 */

const breadcrumb = /^(?:当前位置|您的位置|你的位置|您当前的位置|当前所在位置|所在位置)[:：]\s*[^\s>＞»›]+(?:\s*[>＞»›]\s*[^\s>＞»›]+)*/u;
/** A key a page puts before its metadata, as a token's start: `发布时间：2026-01-05`, `字号：`. */
const metaKey = /^(?:发布时间|发布日期|更新时间|发布者|来源|作者|责任编辑|编辑|浏览(?:次数|量)?|阅读(?:次数|量)?|点击(?:次数|量)?|字号|分享到|分享)[:：]/u;
/** What follows a key: a date, a time, a count, one of the 大 中 小 font sizes, a site's name. */
const metaValue = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|\d+次?|[大中小]|默认)$/u;
const widget = /^(?:[【[]?(?:打印本页|打印|关闭窗口|关闭|收藏本页|收藏|返回顶部|附件下载|相关附件下载|下载附件|微信|微博|QQ空间|QQ|朋友圈|豆瓣|分享到|分享)[】\]]?)$/iu;
const html = /^(?:-->|<!--|<\/?[a-z][^<>]{0,60}>)$/iu;
/** Between buttons: `打印本页 | 关闭窗口`. */
const separator = /^[|｜·•/]$/u;

const reasons = {
  breadcrumb: { rule: 'breadcrumb', reason: '网页导航路径（当前位置）' },
  meta: { rule: 'publish-meta', reason: '发布信息（时间、来源、浏览量）' },
  widget: { rule: 'share-widget', reason: '网页分享与打印按钮' },
  html: { rule: 'html-fragment', reason: '网页代码残片' },
} as const;

/** Whether a line may hold chrome at all: most lines hold none of these. */
const mayHoldChrome = /[:：]|-->|<|打印|关闭|分享|下载|微博/u;

export function stripLineChrome(text: string): { text: string; removed: Removal[] } {
  if (!mayHoldChrome.test(text) || !/\s/u.test(text.trim())) return { text, removed: [] };
  const removed: Removal[] = [];
  let rest = text.trim();
  const crumb = breadcrumb.exec(rest);
  if (crumb && crumb[0].length < rest.length) {
    removed.push({ ...reasons.breadcrumb, text: crumb[0] });
    rest = rest.slice(crumb[0].length).trim();
  }
  const tokens = rest.split(/[\s\u3000]+/u).filter(Boolean);
  const kinds = tokens.map((token): keyof typeof reasons | 'separator' | null =>
    metaKey.test(token) ? 'meta' : html.test(token) ? 'html' : widget.test(token) ? 'widget' : separator.test(token) ? 'separator' : null,
  );
  // A key's value may be its own token (`发布时间： 2026-01-05 10:30`, `字号：大 中 小`).
  for (let i = 1; i < tokens.length; i++) {
    if (kinds[i] === null && kinds[i - 1] === 'meta' && metaValue.test(tokens[i] ?? '')) kinds[i] = 'meta';
  }
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (kinds[i] === null) {
      kept.push(tokens[i] ?? '');
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && kinds[end] !== null) end++;
    const run = kinds.slice(i, end).filter((k) => k !== 'separator');
    // One lone 微信 between words may be the report's; a key, a fragment of HTML or two widgets are not.
    if (run.length > 0 && (run.includes('meta') || run.includes('html') || run.length >= 2 || end === tokens.length)) {
      const kind = run.find((k) => k === 'meta') ?? run.find((k) => k === 'html') ?? 'widget';
      removed.push({ ...reasons[kind], text: tokens.slice(i, end).join(' ') });
    } else kept.push(...tokens.slice(i, end));
    i = end;
  }
  // Nothing of the report's own on the line: the line rules judge it whole.
  if (kept.length === 0) return { text, removed: [] };
  return removed.length === 0 ? { text, removed } : { text: kept.join(' '), removed };
}
