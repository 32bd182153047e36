/**
 * GB/T 9704-2012 page format in the units Word uses (genre README §6). Twips are 1/20 pt; font sizes
 * in docx are half-points.
 */

const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

export const page = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
};

/** 156 mm in points: the width of the type area. */
export const TYPE_AREA_WIDTH_PT = 156 * (72 / 25.4);

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** 225 mm / 22 lines = 28.95 pt (579 twips, rounded down so 22 lines fit), the exact line pitch. */
export const LINE_PITCH_TWIPS = Math.floor((225 * (72 / 25.4) * 20) / LINES_PER_PAGE);

/** Font sizes by their Chinese names, in points. */
export const size = { er: 22, san: 16, si: 14 } as const;

/**
 * 28 characters of 3号 (16 pt) are 448 pt, wider than the 442.2 pt type area; a quarter point less
 * after each character (−5 twips) puts exactly 28 on a line in Word and LibreOffice alike, where
 * Word's character grid (`linesAndChars` + `charSpace`) is not read by LibreOffice.
 */
export const BODY_CHARACTER_SPACING_TWIPS = Math.floor(((TYPE_AREA_WIDTH_PT / CHARS_PER_LINE - size.san) * 20));

/** The width of one body character in twips, for indents counted in characters. */
export const BODY_CHAR_TWIPS = size.san * 20 + BODY_CHARACTER_SPACING_TWIPS;

export const fonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  level1: '黑体',
  level2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/**
 * The page number's top edge sits 7 mm below the type area; Word measures the footer from the page's
 * bottom edge to the bottom of the footer paragraph, which is one 4号 line high.
 */
export const FOOTER_FROM_EDGE = mm(35 - 7) - Math.round(size.si * 20 * 1.3);

/** Characters a 2号 title line holds in the type area. */
export const TITLE_CHARS_PER_LINE = Math.floor(TYPE_AREA_WIDTH_PT / size.er);
