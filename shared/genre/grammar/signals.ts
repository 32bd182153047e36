import { TITLE_ENDINGS } from '../kinds';
import { headingMarkerAt } from '../markers';
import { attachmentLine, closingLine, dateLine, isAddresseeLine } from '../roles';
import { Has, lineCharacters } from './characters';
import { Lexicon } from './lexicon';
import { stripTitle } from './titleLine';
import { EVIDENCE } from './weights';

/** One piece of evidence: how much, and the reason the preview shows when it decides. */
export interface Signal {
  weight: number;
  reason: string;
  /** The cleaner's rule id when a shape of `noiseRules.ts` matched (kept for the removal's record). */
  rule?: string;
  /** Counted words or a link: evidence, but a named shape (a menu, a repeated ad) says better why a line went. */
  generic?: boolean;
}

/** What one line says for each side; where it stands is the grammar's business. */
export interface LineEvidence {
  report: Signal[];
  web: Signal[];
  /** Page furniture that may interrupt the body (page numbers, running headers). */
  furniture: Signal[];
  title: Signal[];
  /** Title evidence: 0 when the line cannot be the title. */
  titleScore: number;
  /** The site's evidence against the line as a title, once what sites add to titles is gone. */
  titleWeb: number;
  /** Short, without a sentence end or a clause's comma: a button, a menu, a name (a sentence cut by a page break has commas). */
  short: boolean;
  /** Starts with a heading number: the body has begun wherever it stands. */
  heading: boolean;
  /** Holds a sentence end, and is not a site speaking to its reader (`收藏本文，写材料不再愁！`). */
  prose: boolean;
  /** A date line, 特此报告, or a signature-like line right before a date: the sign-off. */
  signOff: boolean;
  attachment: boolean;
}

export interface ShapeRule {
  id: string;
  reason: string;
  test: (text: string) => boolean;
  /** Shapes a report's own sentence may also have weigh less. */
  soft?: boolean;
  furniture?: boolean;
}

export const sum = (signals: readonly Signal[]): number => signals.reduce((total, s) => total + s.weight, 0);

/** Words are counted in a line's opening: enough to tell a paragraph from an ad, without reading whole paragraphs. */
const SCANNED = 160;
/** A site's shapes are short: a long paragraph is read for them in its opening only. */
const PAGE_SHAPES_READ = 400;

/** The report register: words offices write in and sites do not. */
const REPORT_WORDS =
  '意识形态|责任制|落实|加强|推进|开展|深入|坚持|强化|完善|健全|提升|组织|领导|党组|党委|党支部|支部|党员|干部|群众|学习|宣传|教育|建设|制度|机制|工作|问题|整改|措施|部署|贯彻|习近平|新时代|主体责任|阵地|舆情|舆论|理论|思想|政治|单位|我局|我县|我市|我区|我镇|我办|我委|我部|我校|全年|今年|下一步|存在|不足|方面|进一步|切实|扎实|全面|召开|专题|督查|考核';
/** Words sites use for their own pages and readers; report sentences about new media use few of them. */
const WEB_WORDS =
  '登录|注册|首页|上一篇|下一篇|相关推荐|相关文章|相关阅读|相关文档|相关下载|相关范文|相关资料|热门|猜你喜欢|阅读全文|展开全文|全文阅读|查看全文|立即下载|免费下载|下载文档|下载本文|下载全文|下载地址|下载次数|收藏|举报|点赞|积分|金币|充值|VIP|会员|客服|版权|侵权|网友|上传|文章来源|作者|范文|文库|素材|原创|代笔|付费|购买|字号|返回|顶部|导航|站内|投稿|责编|浏览|复制|推荐|精选|热搜|专题栏目|评论|沙发|点击|svip|网盘|在线|手机版|APP|扫一扫|二维码|公众号|下载|预览|网站地图|联系我们|隐私声明|使用帮助|技术支持|主办单位|承办单位|ICP|备案号|公网安备|网站标识码|版权所有|Copyright|All Rights Reserved|分辨率|访问者|访问量|往期推荐|阅读原文|纠错|访客|免费领取|免费获取|完整版|word文档|扫码关注|链接|水印|列印|關閉|視窗|瀏覽|網站|網頁|版權|發佈|點擊|網友';
/** The site's words that need a pattern (a position in the line, a choice of marks). */
const WEB_PATTERNS = /回复[“"]|^END$|标签[:：]|^(?:正文|全文)(?:开始|结束|完)$/iu;
/** A site speaking to its reader or of itself: reports speak of their unit, never to a reader. */
const READER_WORDS = '您|欢迎|小编|亲们|本文|本篇|敬请|请点击|请关注|请联系|感谢阅读|本站|本网|本平台|我站|关注我们|星标|置顶|第一时间推送|订阅|转发|在看|分享给|用户上传|著作权|知识产权归';
/**
 * The report's words are common (every other character of a paragraph may start one) and six of them
 * say all they can: read on their own, their count stops there. A site's words are rare and read to the
 * end of the opening.
 */
const REGISTER = new Lexicon([{ words: REPORT_WORDS, limit: Math.ceil(EVIDENCE.registerCap / EVIDENCE.registerWord), reach: SCANNED }]);
const SITE = new Lexicon([
  { words: WEB_WORDS, limit: Math.ceil(EVIDENCE.webCap / EVIDENCE.webWord), reach: SCANNED },
  { words: READER_WORDS, limit: 8, reach: SCANNED },
]);
interface Words {
  report: number;
  web: number;
  reader: number;
}
function countWords(text: string, latin: boolean): Words {
  const [web = 0, reader = 0] = SITE.count(text, latin);
  return { report: REGISTER.count(text, false)[0] ?? 0, web, reader };
}
/** `党建 >> 工作交流 >> 正文`: a path of a site's sections. */
const crumbs = /[^\s>＞»›]{1,12}\s*(?:>>|>|»|›|＞)\s*[^\s>＞»›]{1,12}\s*(?:>>|>|»|›|＞)/u;
/** Markup a copied page leaves behind. */
const markup = /<\/?[a-z][^<>]{0,60}>|<!--|-->|javascript:/iu;
const url = /https?:\/\/|www\.|\.(?:com|cn|net|org|html?)\b/iu;
const clockDate = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}/u;
const isoDate = /(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)/u;
/** A counter (`浏览 1234`, `下载次数：56`) names what was counted: lines without such a word are not searched for one. */
const counted = /浏览|阅读|点击|下载|收藏|访问|评论|点赞/u;
const counter = /(?:浏览|阅读|点击|下载|收藏|访问|评论|点赞)(?:次数|量|数)?\s{0,3}[:：]?\s{0,3}\d|(?<!\d)\d{1,9}\s{0,3}(?:次浏览|次阅读|次下载|人(?:已)?(?:下载|阅读|浏览|收藏|点赞)|阅读|浏览)/u;
const fileWords = /文档格式|文件大小/u;
const fileType = /\.(?:docx?|pdf|wps|pptx?|txt|xlsx?)\b|word\s*版|(?:^|[\s(（【])(?:word|pdf|doc)(?:$|[\s)）】])|(?:共|全文)\s{0,3}\d{1,5}\s{0,3}页|(?<!\d)\d{1,5}\s{0,3}页\s{0,3}[/|]|文档格式|文件大小|(?<![\d.])\d{1,6}(?:\.\d{1,3})?\s{0,3}(?:KB|MB)\b/iu;
/** `键：值` file metadata; a value with a clause's comma is a sentence (`引言:本次调研……,对于……`), not metadata. */
const keyValue = /^[\u4e00-\u9fffA-Za-z]{2,8}\s*[:：]\s*[^。；！？，,\s][^。；！？，,]{0,60}$/u;
/** What a 公文 prints below its sign-off (版记 and notes): the document's own. */
const colophon = /^(?:抄送|印发|联系人|联系电话|[（(]此件|此页无正文|[（(]此页无正文)/u;
/** `……现将有关情况汇报如下：` announces the body. */
const leadIn = /(?:如下|以下|下面)[：:]$|(?:报告|汇报|总结)如下/u;
/** A site's slogan ends in an exclamation; reports state. */
const slogan = (last: string) => last === '！' || last === '!';
const itemLead = /(?:^|[。；：，])[一二三四五六七八九十]是/u;
/** A greeting, a slogan, a navigation line: never the title, whatever it ends in. */
const neverTitle = /^(?:尊敬的|各位|同志们|大家好|欢迎|热烈|您好|首页|当前位置|您的位置)|[>＞»›]\s*\S|[|｜]|[。！？]|https?:|\S[：:]\s*\S|点击|关注|下载|登录|收藏|推荐|搜索/u;
const titleEnding = new RegExp(`(?:${TITLE_ENDINGS.join('|')})$`, 'u');
/** An issuing body: an office's name, nothing else on the line. */
export const issuerShape = /^[\u4e00-\u9fffXx×＊*（）()]{2,30}(?:委员会|党组|党委|支部|政府|委|局|部|办|院|会|组|处|室|厅|所|站|中心|公司|镇|乡|街道|社区|村|馆|校|队)$/u;
/** Plans and accounts titled by what they hold (`……工作总结和2026年工作打算`, `……工作情况`). */
const weakTitleEnding = /(?:打算|安排|思路|情况|要点|举措|工作)$/u;
const kindWord = new RegExp(`(?:${TITLE_ENDINGS.join('|')})`, 'u');
const titleYear = /(?:19|20)\d{2}\s*年|(?:19|20)[Xx×＊*]{2}年|二〇[〇一二三四五六七八九]{2}年/u;

/** Page furniture: page numbers, preview chunk numbers, page counts. */
const FURNITURE: { pattern: RegExp; reason: string; rule?: string; weight?: number }[] = [
  { pattern: /^[-—－–─]\s*\d{1,4}\s*[-—－–─]$/u, reason: '页码' },
  { pattern: /^(?:第\s*\d{1,4}\s*页(?:\s*[/，,、]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|\d{1,4}\s*\/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[·•]\s*\d{1,4}\s*[·•])$/u, reason: '页码' },
  { pattern: /^[（(【[]?\s*(?:第\s*)?[\d一二三四五六七八九十]{1,3}\s*(?:部分|段|节选|页)\s*[）)】\]]?$/u, reason: '文档预览的分段编号' },
  { pattern: /^.{2,30}\s*第\s*\d{1,4}\s*页$/u, reason: '页眉页脚中的页码' },
  { pattern: /^[-—=*~#↓↑▲▼★☆◆■●→←]{2,}.{0,30}[-—=*~#↓↑▲▼★☆◆■●→←]{2,}$|^[▲▼★☆◆■●↓↑→←]/u, reason: '网页上装饰过的提示行', rule: 'decorated-line', weight: EVIDENCE.noiseRule },
  { pattern: /^(?:本文档|本文|文档)?共\s*\d+\s*页[，,]?\s*(?:当前|可)?(?:预览|试读|阅读)?/u, reason: '文档预览的页数提示' },
];

/** What a site's own words and marks say of a text (a line, or a title once the site's additions are gone). */
function pageSignals(text: string, { has } = lineCharacters(text), words: Words = countWords(text, (has & Has.latin) !== 0)): Signal[] {
  const web: Signal[] = [];
  // Each shape is tested only where the characters it needs are (`characters.ts`).
  const digit = (has & Has.digit) !== 0;
  if (has & (Has.angle | Has.colon) && markup.test(text)) web.push({ weight: EVIDENCE.url, reason: '网页代码残片', rule: 'html-fragment' });
  if (has & Has.angle && crumbs.test(text)) web.push({ weight: EVIDENCE.url, reason: '网页导航路径', rule: 'breadcrumb' });
  if (has & (Has.colon | Has.dot) && url.test(text)) web.push({ weight: EVIDENCE.url, reason: '网址', rule: 'url', generic: true });
  if (digit && has & Has.colon && clockDate.test(text)) web.push({ weight: EVIDENCE.clockDate, reason: '带时刻的发布时间', rule: 'publish-meta' });
  else if (digit && has & Has.dash && isoDate.test(text)) web.push({ weight: EVIDENCE.isoDate, reason: '网页式的日期', rule: 'publish-meta' });
  if (digit && counted.test(text) && counter.test(text)) web.push({ weight: EVIDENCE.counter, reason: '浏览、下载次数', rule: 'counter' });
  if ((has & (Has.dot | Has.latin) || (digit && has & Has.page) || fileWords.test(text)) && fileType.test(text)) {
    web.push({ weight: EVIDENCE.fileType, reason: '文件类型、页数或大小', rule: 'file-type' });
  }
  const webPattern = (has & (Has.latin | Has.colon) || text.length <= 4 || text.includes('回复')) && WEB_PATTERNS.test(text);
  const webWords = words.web + (webPattern ? 1 : 0);
  if (webWords > 0) web.push({ weight: Math.min(EVIDENCE.webCap, webWords * EVIDENCE.webWord), reason: '网站的栏目和按钮用语', rule: 'web-words', generic: true });
  const reader = words.reader;
  if (slogan(text.at(-1) ?? '')) web.push({ weight: EVIDENCE.slogan, reason: '网站的口号', rule: 'web-words', generic: true });
  if (reader > 0) web.push({ weight: reader * EVIDENCE.reader, reason: '网站对读者说的话', rule: 'web-words', generic: true });
  return web;
}

/**
 * The evidence one line gives, from its own shape and words. `rules` are the cleaner's line shapes
 * (site chrome as `noiseRules.ts` knows it); they are evidence here, not verdicts.
 */
export function lineEvidence(text: string, rules: readonly ShapeRule[]): LineEvidence {
  const report: Signal[] = [];
  const web: Signal[] = [];
  const furniture: Signal[] = [];
  const title: Signal[] = [];
  const chars = lineCharacters(text);
  const sentences = chars.sentenceEnds;
  const heading = headingMarkerAt(text);
  if (sentences > 0) report.push({ weight: EVIDENCE.sentence, reason: '完整的句子' });
  if (sentences > 1) report.push({ weight: EVIDENCE.moreSentences, reason: '完整的句子' });
  if (text.length >= 40) report.push({ weight: EVIDENCE.long, reason: '成段的正文' });
  if (heading) report.push({ weight: EVIDENCE.headingNumber, reason: `${heading.number}开头的标题` });
  if (chars.has & Has.shi && itemLead.test(text)) report.push({ weight: EVIDENCE.item, reason: '“一是……”式的分项' });
  const words = countWords(text, (chars.has & Has.latin) !== 0);
  const register = words.report;
  if (register > 0) report.push({ weight: Math.min(EVIDENCE.registerCap, register * EVIDENCE.registerWord), reason: '报告的用语' });
  if (chars.has & Has.xia && leadIn.test(text)) report.push({ weight: EVIDENCE.frame, reason: '引出正文的开头段' });
  const signOff = closingLine.test(text) || dateLine.test(text);
  const attachment = attachmentLine.test(text);
  if (signOff || attachment || isAddresseeLine(text) || colophon.test(text)) report.push({ weight: EVIDENCE.frame, reason: '报告的主送、结语、落款或附件' });

  for (const rule of rules) {
    if (!rule.test(text)) continue;
    const signal = { weight: rule.soft ? EVIDENCE.softNoiseRule : EVIDENCE.noiseRule, reason: rule.reason, rule: rule.id };
    (rule.furniture ? furniture : web).push(signal);
  }
  for (const { pattern, reason, rule, weight } of FURNITURE) {
    if (pattern.test(text)) {
      furniture.push({ weight: weight ?? EVIDENCE.furniture, reason, rule: rule ?? 'page-number' });
      break;
    }
  }
  web.push(...pageSignals(text.length > PAGE_SHAPES_READ ? text.slice(0, PAGE_SHAPES_READ) : text, chars, words));
  if (sentences === 0 && !heading && chars.has & Has.colon && keyValue.test(text) && !isAddresseeLine(text) && !attachment && !colophon.test(text)) {
    web.push({ weight: EVIDENCE.keyValue, reason: '网页上的文件信息（“键：值”）', rule: 'key-value-header' });
  }

  // Titles are short: a long line is no title, and is not scanned for one.
  const strip = !heading && text.length <= 120 && chars.fullStops === 0 ? stripTitle(text) : { text, removed: [] };
  const stripped = strip.text;
  let titleScore = 0;
  let titleWeb = 0;
  if (!neverTitle.test(stripped) && !heading && !signOff && !attachment && stripped.length >= 4 && stripped.length <= 80 && !/[：:，,；;]$/u.test(stripped)) {
    if (titleEnding.test(stripped)) title.push({ weight: EVIDENCE.titleEnding, reason: '以文种结尾的标题' });
    else if (weakTitleEnding.test(stripped)) title.push({ weight: EVIDENCE.weakTitleEnding, reason: '以“打算”“情况”等结尾的标题' });
    if (!titleEnding.test(stripped) && kindWord.test(stripped)) title.push({ weight: EVIDENCE.kindWord, reason: '标题中的文种' });
    if (titleYear.test(stripped)) title.push({ weight: EVIDENCE.titleYear, reason: '标题中的年份' });
    if (stripped.length >= 8 && stripped.length <= 60) title.push({ weight: EVIDENCE.titleLength, reason: '标题的长度' });
    titleScore = sum(title);
    titleWeb = sum(strip.removed.length > 0 ? pageSignals(stripped) : web);
    // `（通用10篇）`, `范文`, `_某某网`: a title as a site lists it, not as a report carries it.
    if (strip.removed.length > 0) web.push({ weight: EVIDENCE.siteTitle, reason: '网站列出的文章标题', rule: 'site-title' });
  } else if (heading && text.length <= 80 && kindWord.test(text)) {
    // `1. 2024年基层党建工作总结（6篇）`: a numbered list of the site's articles, not a heading.
    const listed = stripTitle(text.slice(heading.number.length));
    if (listed.removed.length > 0 && titleEnding.test(listed.text)) web.push({ weight: EVIDENCE.siteTitle * 2, reason: '网站列出的文章标题', rule: 'site-title' });
  }
  return { report, web, furniture, title, titleScore, titleWeb, short: text.length <= 30 && sentences === 0 && !text.includes('，') && !heading, heading: heading !== null, prose: sentences > 0 && words.reader === 0 && !slogan(chars.last), signOff, attachment };
}
