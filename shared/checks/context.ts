import type { ReportDocument } from '../model/document';
import type { CheckRule } from '../ipc/library';
import { reportYear } from './checker';
import { localToday } from './dates';
import { homeRegion } from './names';
import { DEFAULT_MAX_PARAGRAPH, type CheckContext, type WordingRule } from './types';

/** The library's check rules as the checker takes them: wordings with their right form, sensitive words. */
export function rulesByKind(rules: readonly Pick<CheckRule, 'kind' | 'wrong' | 'right' | 'note'>[]): { wordings: WordingRule[]; sensitive: WordingRule[] } {
  const plain = ({ wrong, right, note }: Pick<CheckRule, 'wrong' | 'right' | 'note'>): WordingRule => ({ wrong, ...(right ? { right } : {}), ...(note ? { note } : {}) });
  return { wordings: rules.filter((r) => r.kind === 'wording').map(plain), sensitive: rules.filter((r) => r.kind === 'sensitive').map(plain) };
}

/**
 * What a document is checked against, the same in the 检查 tab and `wengao check`: the report's year
 * (from its title unless given), today in local time, the paragraph limit, the library's rules and
 * the report's own unit and region.
 */
export function checkContextFor(
  doc: ReportDocument,
  rules: Pick<CheckContext, 'wordings' | 'sensitive'>,
  { year, today = localToday() }: { year?: number | null; today?: string } = {},
): CheckContext {
  const region = homeRegion(doc);
  return { year: year ?? reportYear(doc), today, maxParagraph: DEFAULT_MAX_PARAGRAPH, ...rules, ...(region ? { home: { unit: doc.format?.unit ?? '', region } } : {}) };
}
