import { findingAt } from './finding';
import { checkMessages } from './messages';
import type { CheckContext, Finding } from './types';

/** The user's “wrong → right” wordings and sensitive words, matched exactly. */
export function wordingFindings(text: string, context: CheckContext): Omit<Finding, 'block'>[] {
  const found: Omit<Finding, 'block'>[] = [];
  for (const rule of context.wordings) {
    if (!rule.wrong || !rule.right) continue;
    // A right form that contains the wrong one (`做到两个维护` for `两个维护`) is no mistake.
    const inRight = rule.right.indexOf(rule.wrong);
    for (let at = text.indexOf(rule.wrong); at >= 0; at = text.indexOf(rule.wrong, at + rule.wrong.length)) {
      if (inRight >= 0 && text.startsWith(rule.right, at - inRight)) continue;
      found.push(findingAt('wording', 'error', text, at, rule.wrong.length, checkMessages.wording(rule.wrong, rule.right), rule.right));
    }
  }
  for (const rule of context.sensitive) {
    if (!rule.wrong) continue;
    for (let at = text.indexOf(rule.wrong); at >= 0; at = text.indexOf(rule.wrong, at + rule.wrong.length)) {
      found.push(findingAt('sensitive', 'warning', text, at, rule.wrong.length, checkMessages.sensitive(rule.wrong, rule.note)));
    }
  }
  return found;
}
