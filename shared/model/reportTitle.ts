/**
 * The title a new report gets from its kind, the issuing unit and the year, as such titles are
 * written (`2026年XX局落实意识形态工作责任制情况报告`). An empty unit stays a `XX` field to fill in.
 */
export function reportTitle(docType: string, unit: string, year: number): string {
  const who = unit.trim() || 'XX';
  if (docType.includes('意识形态')) return `${year}年${who}落实意识形态工作责任制情况报告`;
  if (docType.includes('自查')) return `${year}年${who}工作自查报告`;
  if (docType.includes('总结')) return `${who}${year}年工作总结`;
  return `${year}年${who}${docType}`;
}
