import checkRules from '../../resources/seed/check-rules.json';
import type { WordingRule } from './types';

/** The shipped check rules (resources/seed/check-rules.json, seeded into every library). */
const shipped = checkRules.rules as readonly { kind: string; wrong: string; right?: string; note?: string }[];
const asRule = ({ wrong, right, note }: { wrong: string; right?: string; note?: string }): WordingRule => ({
  wrong,
  ...(right ? { right } : {}),
  ...(note ? { note } : {}),
});

/**
 * The starter list shipped with the library: misspellings of the stock formulations (genre README §5)
 * seen in reused reports. Users add their own in the library.
 */
export const starterWordings: readonly WordingRule[] = shipped.filter((r) => r.kind === 'wording').map(asRule);

/** Words that must not appear in a report handed in without a check: security markings and their like. */
export const starterSensitive: readonly WordingRule[] = shipped.filter((r) => r.kind === 'sensitive').map(asRule);
