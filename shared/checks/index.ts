export { countBySeverity, createChecker, reportYear } from './checker';
export { checkContextFor, rulesByKind } from './context';
export { localToday } from './dates';
export { starterSensitive, starterWordings } from './starter';
export type { CheckContext, CheckId, Finding, Severity, WordingRule } from './types';
export { DEFAULT_MAX_PARAGRAPH } from './types';
