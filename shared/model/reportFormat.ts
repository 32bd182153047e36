/**
 * Choices about a 公文 as a whole, set per draft (kept on the editor's root node, saved and exported
 * with the draft): the seal, the 版头 of a 上行文 and the 版记 (GB/T 9704-2012 §7.2, §7.3.5, §7.4).
 */
export interface ReportFormat {
  /** The report is sealed (加盖印章): the signature block leaves room for the seal. */
  seal?: boolean;
  /** 版头: 发文机关标志, 发文字号 (左空一字) and 签发人 (右空一字) on one line, the red rule below. */
  header?: { issuer: string; number?: string; signer?: string };
  /** 版记: 抄送 and 印发机关 / 印发日期 between the rules, at the foot of the last page. */
  colophon?: { copyTo?: string; printer?: string; printDate?: string };
  /** The earlier report this one was continued from (续写): a draft or an imported report; its plans are this year's checklist. */
  basis?: { draftId: number; year: number } | { sourceId: number; year: number };
  /** The unit writing the report and its region (江西省赣州市于都县), asked in 新建文稿: names of other places are flagged. */
  unit?: string;
  region?: string;
}

const MAX = 200;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, MAX) : undefined);
const object = (value: unknown): Record<string, unknown> | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

/** Reads stored choices; anything malformed is left out, so a damaged draft still opens and exports. */
export function parseReportFormat(value: unknown): ReportFormat {
  const raw = object(value);
  if (!raw) return {};
  const format: ReportFormat = {};
  if (raw.seal === true) format.seal = true;
  const header = object(raw.header);
  const issuer = text(header?.issuer);
  if (header && issuer) {
    const number = text(header.number);
    const signer = text(header.signer);
    format.header = { issuer, ...(number ? { number } : {}), ...(signer ? { signer } : {}) };
  }
  const colophon = object(raw.colophon);
  if (colophon) {
    const copyTo = text(colophon.copyTo);
    const printer = text(colophon.printer);
    const printDate = text(colophon.printDate);
    if (copyTo || printer || printDate) format.colophon = { ...(copyTo ? { copyTo } : {}), ...(printer ? { printer } : {}), ...(printDate ? { printDate } : {}) };
  }
  const basis = object(raw.basis);
  const positive = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;
  if (basis && Number.isInteger(basis.year)) {
    if (positive(basis.draftId)) format.basis = { draftId: basis.draftId, year: basis.year as number };
    else if (positive(basis.sourceId)) format.basis = { sourceId: basis.sourceId, year: basis.year as number };
  }
  const unit = text(raw.unit);
  if (unit) format.unit = unit;
  const region = text(raw.region);
  if (region) format.region = region;
  return format;
}
