import { blockText, type ReportDocument } from './document';

/** The first year a title names (`2025年…工作总结`), or null. */
export function yearOfTitle(title: string): number | null {
  const match = /((?:19|20)\d{2})\s*年/u.exec(title);
  return match?.[1] ? Number(match[1]) : null;
}

/** A report's year: the first year its title names. */
export function reportYear(doc: ReportDocument): number | null {
  const title = doc.blocks.find((b) => b.kind === 'title');
  return title ? yearOfTitle(blockText(title)) : null;
}
