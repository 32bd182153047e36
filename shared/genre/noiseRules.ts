/**
 * What download sites add to reports, as data: a user can add a rule of the same shape later.
 * - `inline` rules remove every match wherever it occurs, even inside a word;
 * - `line` rules remove a whole line (only lines up to `maxLength` characters, so a long report
 *   paragraph that merely mentions a keyword is never lost);
 * - `title` rules remove matches from the title line only.
 * `minMatches` counts distinct matched words: a line is noise only with at least that many.
 * `requires` is a second pattern the line must also match: the shape of an ad, not only its words,
 * because a report about 政务新媒体 is full of 公众号, 扫码, 下载, 资料库 and 客服 of its own.
 */
export interface NoiseRule {
  id: string;
  reason: string;
  scope: 'inline' | 'line' | 'title';
  pattern: string;
  flags?: string;
  maxLength?: number;
  minMatches?: number;
  requires?: string;
}

/**
 * What only an ad line has: contact details (a mobile number, a QQ or WeChat id, a link, an @), a price,
 * or a call to action addressed to the site's reader (加微信, 开通会员, 关注……获取, 更多资料请……).
 */
export const AD_SHAPE =
  '(?<!\\d)1[3-9]\\d{9}(?!\\d)|(?:QQ|扣扣)\\s*[:：群号]*\\s*\\d{5,}|微信\\s*号?\\s*[:：]\\s*[\\w-]|VX|[@＠][\\w-]|https?://|www\\.|' +
  '加(?:我|微|V|群|入我们)|添加(?:客服|微信|好友)|客服(?:微信|QQ|电话)|关注[^，。；]{0,16}(?:(?:获取|领取)(?:完整|全文|全部|更多|资料|范文|文档|原文|word)|(?:即可|免费)下载)|更多(?:资料|范文|精彩)|' +
  '[¥￥]\\s*\\d|\\d+\\s*元\\s*/\\s*(?:篇|份|年|月)|会员(?:专享|免费|特权|价|下载)|开通(?:会员|VIP|SVIP)|svip|唯一平台|谨防假冒|代笔|一键下载|有意加入|本(?:资料|文档)由|联系客服|加入会员|(?:每日|持续)更新';

export const defaultNoiseRules: readonly NoiseRule[] = [
  // Invisible characters that reorder how text is displayed (a known way to disguise text); never report text.
  { id: 'bidi-control', reason: '隐藏的双向文字控制符', scope: 'inline', pattern: '[\\u202A-\\u202E\\u2066-\\u2069]+' },
  { id: 'paid-marker', reason: '付费阅读标记', scope: 'inline', pattern: '#{2}\\s*paid\\s*(?:begin|end)\\s*#{2}', flags: 'i' },
  { id: 'length-tag', reason: '标题上的字数标签', scope: 'title', pattern: '[（(]\\s*\\d+\\s*字\\s*[）)]' },
  {
    id: 'promo-tag',
    reason: '标题上的推荐标签',
    scope: 'title',
    pattern: '[【\\[]\\s*(?:推荐|精选|热门|最新|精品|范文|原创|必看|置顶)\\s*[】\\]]',
  },
  {
    id: 'editable-tag',
    reason: '标题上的下载说明',
    scope: 'title',
    pattern: '[（(]\\s*(?:word版?|可编辑|可下载|完整版|word版可编辑)[^）)]{0,6}[）)]',
    flags: 'i',
  },
  {
    id: 'publish-meta',
    reason: '发布信息（时间、来源、浏览量）',
    scope: 'line',
    pattern:
      '^(?:发布时间|发布日期|发布者|发布人|更新时间|上传时间|上传者|来源|作者|责任编辑|编辑|浏览(?:次数|量)?|阅读(?:次数|量)?|点击(?:次数|量)?|字数)\\s*[:：]',
    maxLength: 160,
  },
  { id: 'preview-end', reason: '预览结束提示', scope: 'line', pattern: '(?:预览|试读|免费)?阅读已结束|预览已结束|剩余\\S{0,6}未读', maxLength: 120 },
  { id: 'disclaimer', reason: '免责声明', scope: 'line', pattern: '^[【\\[]?\\s*免责声明', maxLength: 600 },
  {
    id: 'from-web',
    reason: '“来源于网络”声明',
    scope: 'line',
    pattern: '来源于网络|来源于互联网|来自网络|如有侵权|侵权请联系|版权归原作者|仅供(?:学习)?参考',
    maxLength: 200,
  },
  { id: 'source-credit', reason: '转载来源标注', scope: 'line', pattern: '^(?:来自|转自|摘自|出处)\\s*[:：]', maxLength: 100 },
  {
    id: 'brand-ad',
    reason: '素材网站广告（带联系方式的品牌推广）',
    scope: 'line',
    // A site's 【brand】 opening the line, and an ad's shape anywhere after it (its words may be inside the brackets).
    pattern: '^[【\\[][^】\\]]{1,20}[】\\]].*(?:客服|会员|公众号|QQ|微信|VX|加入|联系|下载|网盘|代笔|资料|素材|范文|更新|关注)',
    flags: 'i',
    maxLength: 400,
    requires: AD_SHAPE,
  },
  {
    id: 'contact-ad',
    reason: '素材网站广告（客服、会员、公众号联系方式）',
    scope: 'line',
    pattern:
      '客服|会员|公众号\\s*[:：]|QQ\\s*[:：群号]?\\s*\\d|微信\\s*[:：号]|VX|网盘|代笔|svip|唯一平台|谨防假冒|有意加入|资料库|素材库|一键下载',
    flags: 'gi',
    maxLength: 400,
    minMatches: 2,
    requires: AD_SHAPE,
  },
  {
    id: 'download-prompt',
    reason: '下载提示',
    scope: 'line',
    // 扫码关注 alone is a report's own (引导群众扫码关注政务公众号); an ad wants the reader to fetch something.
    pattern: '(?:点击|扫码|扫描二维码)(?:下载|获取)|下载(?:全文|本文|完整版)|关注[^，。；]{0,16}(?:(?:获取|领取)(?:完整|全文|全部|更多|资料|范文|文档|原文|word)|(?:即可|免费)下载)',
    maxLength: 120,
  },
  {
    id: 'title-prefix',
    reason: '网页上的“标题：”前缀',
    scope: 'title',
    pattern: '^\\s*(?:标题|题目|文章标题|信息名称)\\s*[:：]\\s*',
  },
  {
    id: 'breadcrumb',
    reason: '网页导航路径（当前位置）',
    scope: 'line',
    pattern: '^(?:当前位置|您的位置|你的位置|您当前的位置|当前所在位置|所在位置)\\s*[:：]|^首页\\s*[>＞»›]',
    maxLength: 200,
  },
  {
    id: 'menu-line',
    reason: '网页菜单（以 | 分隔的栏目名）',
    scope: 'line',
    pattern: '^(?:[^|｜。，；]{1,12}[|｜]){2,}[^|｜。，；]{1,12}$',
    maxLength: 160,
  },
  {
    id: 'share-widget',
    reason: '网页分享与打印按钮',
    scope: 'line',
    pattern: '^(?:(?:分享到|分享|微信|微博|QQ空间|QQ|朋友圈|豆瓣|打印本页|打印|关闭窗口|关闭|收藏本页|收藏|返回顶部|字号)[\\s:：|｜,，、【】\\[\\]]*){2,}$',
    flags: 'i',
    maxLength: 80,
  },
  {
    id: 'site-meta',
    reason: '网页上的文件信息（文号、发布机构、栏目、链接等）',
    scope: 'line',
    pattern:
      '^(?:文号|发文字号|发布机构|发文机关|发文单位|栏目|所属栏目|原文链接|原文地址|链接|网址|索引号|主题分类|信息分类|成文日期|有效性|公开方式|公开范围|信息来源|所属机构|关键词)\\s*[:：]',
    maxLength: 200,
  },
  { id: 'body-marker', reason: '网页上的“正文”标记', scope: 'line', pattern: '^[=＝\\-—*#~\\s]{2,}(?:正文|全文|原文|内容)[=＝\\-—*#~\\s]{2,}$' },
  { id: 'attachment-download', reason: '附件下载链接', scope: 'line', pattern: '^(?:附件下载|相关附件下载|下载附件)', maxLength: 80 },
  { id: 'separator', reason: '分隔线', scope: 'line', pattern: '^[-—_=*~·•.。…━─═＝＊\\s]{3,}$' },
  { id: 'page-number', reason: '页码', scope: 'line', pattern: '^[—\\-－]\\s*\\d{1,4}\\s*[—\\-－]$|^第\\s*\\d{1,4}\\s*页(?:\\s*[/，,共]\\s*共?\\s*\\d+\\s*页)?$' },
];
