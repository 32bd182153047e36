import { kindNamed } from '../genre/kinds';

/**
 * The title a new report gets from its kind (the skeleton's 文种), the issuing unit and the year, as
 * such titles are written (`2026年XX局落实意识形态工作责任制情况报告`). An empty unit stays a `XX`
 * field to fill in. The templates are the kinds' own (shared/genre/kinds.ts).
 */
export function reportTitle(docType: string, unit: string, year: number): string {
  return kindNamed(docType).title(unit, year, docType);
}
