import type { ReportDocument } from '../model/document';
import { planCoverage } from '../model/plans';
import { checkMessages } from './messages';
import type { Finding } from './types';

/** 上年打算 the report does not speak of, one finding each (提示), the count in every message. */
export function lastYearPlanFindings(lastYear: ReportDocument, doc: ReportDocument): Finding[] {
  const missing = planCoverage(lastYear, doc).filter((c) => !c.covered);
  return missing.map(({ plan }) => ({
    check: 'last-year-plans',
    severity: 'info',
    block: -1,
    offset: 0,
    length: 0,
    message: checkMessages.plansNotReported(missing.length, plan.text),
    key: `last-year-plans:${plan.text}`,
  }));
}
