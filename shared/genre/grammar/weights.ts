/**
 * Every weight the line grammar uses, in one place, each with why it is what it is. A signal is weak
 * evidence for one side — the report's own text, or the site around it — and no signal decides alone:
 * where a line stands (the grammar's transitions, below) weighs as much as what it says.
 */
export const EVIDENCE = {
  // The report's side.
  /** 。！？； end sentences; sites rarely write whole sentences outside their ads. */
  sentence: 2.5,
  /** A second sentence on the line: prose, not a button or a menu. */
  moreSentences: 1,
  /** Long lines are paragraphs; chrome is mostly short. */
  long: 1.5,
  /** `一、` `（一）` `1.` at the start: the backbone of the body. */
  headingNumber: 4,
  /** `一是` `二是`: items only reports use. */
  item: 2,
  /** Each distinct word of the report register (落实, 意识形态, 我局…), up to `registerCap`. */
  registerWord: 0.7,
  registerCap: 4,
  /** 特此报告, a date alone on its line, `县委宣传部：`, `附件：`: the parts of a report's frame. */
  frame: 4,

  // The site's side.
  /** One of the cleaner's shapes (`noiseRules.ts`): a breadcrumb, a publish line, a menu, a page number. */
  noiseRule: 6,
  /** A shape that can also be a report's (an ad's contact words, a `来源于网络` note): weaker. */
  softNoiseRule: 3.5,
  /** A link, a web address. */
  url: 4,
  /** A date with a clock time, or written 2024-01-05: how sites date, never how reports do. */
  clockDate: 3,
  isoDate: 1.5,
  /** 浏览 123 次, 5 人下载, 阅读量: counters. */
  counter: 3,
  /** .doc, .pdf, word版, 共 8 页: a file for download, not a report. */
  fileType: 2.5,
  /** Each distinct word sites use for their pages and readers (登录, 上一篇, 收藏, 会员…), up to `webCap`. */
  webWord: 1.3,
  webCap: 7,
  /** 您, 欢迎, 本站, 小编: a site speaking to its reader. */
  reader: 1.5,
  /** A line ending in ！: sites' slogans; a report states. */
  slogan: 1.5,
  /** `键：值` with no sentence: file metadata. */
  keyValue: 2,
  /** A short line repeated on the page: running headers and ads pasted at every page break. */
  repeated: 3,
  /** Page furniture inside the body (- 3 -, 第3页 共8页, a bare chunk number). */
  furniture: 7,
  /** A title-shaped line that carried a site's additions (`（通用10篇）`): the site's list of articles. */
  siteTitle: 2.5,
  /** After the date or 特此报告 only attachments belong to the report. */
  afterSignOff: 2.5,

  // The title.
  /** Ends in a 文种 (报告, 总结, 汇报…) once what sites add to it is stripped. */
  titleEnding: 4,
  /** Ends in what a plan or an account is called by (打算, 情况, 要点): weaker than a 文种. */
  weakTitleEnding: 2.5,
  /** Names a 文种 inside (`……工作总结和2026年工作打算`). */
  kindWord: 1,
  /** A year (2023年, 2023年度) as titles carry. */
  titleYear: 1,
  /** Title length (8–60 characters after stripping). */
  titleLength: 1,
  /** A short line above `关于……的报告`: the issuing body, the title's first line. */
  issuer: 6,
  /** A greeting, a slogan, a navigation line, a sentence or a heading is never the title. */
  notTitle: 8,
} as const;

/**
 * The grammar's transitions as log-weights (0 = free, negative = costs): a page is chrome, the title,
 * metadata, the body (furniture may interrupt it and the sentence it cut goes on), then chrome to the end.
 */
export const TRANSITIONS = {
  /** A report may start without a title (a paste of the body). */
  startInBody: -1.5,
  /** A second title line (issuer, then `关于……的报告`; a long title broken before its 文种). */
  titleContinues: -2,
  /** The title printed again under the site's metadata. */
  titleAgain: -1,
  /** The body starting straight after head chrome, with no title: short lines alone are no chrome then. */
  chromeToBody: -3,
  /** Metadata straight into the body. */
  metaToBody: -0.3,
  /** The body interrupted: costs, so that only clear furniture or ads do it. */
  bodyToFurniture: -3,
  furnitureContinues: -0.5,
  /** The body over and the site's footer starting. */
  bodyToFoot: -2,
  furnitureToFoot: -1,
} as const;

/** Chrome near the edges of the page: a short plain line above the title or below the sign-off. */
export const EDGE_SHORT_LINE = 1.5;
/** Below the report what counts is the site's evidence: numbered lists and sentences are the site's too there. */
export const FOOT_REPORT_SHARE = 0.5;
/** A sentence below the report with nothing of the site about it: the report's, unless the path says otherwise strongly. */
export const PROSE_BELOW_BODY = 4;
/** Prose above the title or between it and the body: sites put buttons and metadata there, not sentences. */
export const PROSE_ABOVE_BODY = 2;
/** Page furniture must beat the body by this much more than chrome at the edges must. */
export const FURNITURE_MARGIN = 2;
/** A line is a title candidate only with at least this much title evidence. */
export const TITLE_THRESHOLD = 4;
