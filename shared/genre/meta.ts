import { kindNamed } from './kinds';
import type { ParsedReport } from './types';

const year = /((?:19|20)\d{2})\s*年/u;

/** The report's year: from its title, else its date, else the first year its text names. */
export function detectYear(report: ParsedReport): number | null {
  const date = report.blocks.find((b) => b.type === 'date')?.text;
  const firstBody = report.blocks.find((b) => b.type !== 'title' && year.test(b.text))?.text;
  for (const text of [report.title, date, firstBody]) {
    const match = text ? year.exec(text) : null;
    if (match?.[1]) return Number(match[1]);
  }
  return null;
}

/** The issuing body: the signature, else what precedes 关于 in the title. */
export function detectIssuer(report: ParsedReport): string | null {
  const signature = report.blocks.find((b) => b.type === 'signature')?.text;
  if (signature) return signature;
  const about = report.title ? /^(.{2,30}?)关于/u.exec(report.title) : null;
  return about?.[1]?.replace(/^(?:19|20)\d{2}年/u, '') || null;
}

/** The kind of report (文种) its title names, for grouping skeletons: a kind's name (kinds.ts). */
export function detectDocType(title: string | null): string {
  return kindNamed(title ?? '').name;
}
