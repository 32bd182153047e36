import { stripLineChrome } from './chrome';
import { defaultNoiseRules, type NoiseRule } from './noiseRules';
import { labelLines, lineShape, type LineCorrections, type LineLabel } from './grammar/labelLines';
import type { ShapeRule } from './grammar/signals';
import { trimSpace } from './text';
import type { Removal, SourceLine } from './types';

interface CompiledRule extends NoiseRule {
  regex: RegExp;
  requiresRegex?: RegExp;
}

/**
 * Rules are compiled once per rule list, not once per report. Sharing is safe: global patterns are
 * only used through replace and matchAll, which never leave state behind.
 */
const compiledRules = new WeakMap<readonly NoiseRule[], CompiledRule[]>();

function compile(rules: readonly NoiseRule[]): CompiledRule[] {
  const cached = compiledRules.get(rules);
  if (cached) return cached;
  const compiled = compileAll(rules);
  compiledRules.set(rules, compiled);
  return compiled;
}

function compileAll(rules: readonly NoiseRule[]): CompiledRule[] {
  return rules.map((rule) => {
    const flags = new Set(rule.flags ?? '');
    flags.add('u');
    if (rule.scope !== 'line' || rule.minMatches) flags.add('g');
    try {
      const requires = rule.requires === undefined ? undefined : new RegExp(rule.requires, [...flags].filter((f) => f !== 'g').join(''));
      return { ...rule, regex: new RegExp(rule.pattern, [...flags].join('')), ...(requires ? { requiresRegex: requires } : {}) };
    } catch (error) {
      throw new Error(`清理规则“${rule.id}”的表达式无效：${(error as Error).message}`, { cause: error });
    }
  });
}

function isLineNoise(rule: CompiledRule, text: string): boolean {
  if (rule.maxLength !== undefined && text.length > rule.maxLength) return false;
  // The rule's own words first (rare); the shape of an ad only where they were found.
  if (!rule.minMatches) return rule.regex.test(text) && (!rule.requiresRegex || rule.requiresRegex.test(text));
  if (text.search(rule.regex) === -1) return false;
  const distinct = new Set([...text.matchAll(rule.regex)].map((m) => m[0].toLowerCase()));
  return distinct.size >= rule.minMatches && (!rule.requiresRegex || rule.requiresRegex.test(text));
}

export interface CleanResult {
  lines: SourceLine[];
  removed: Removal[];
  /** Every line with the label the grammar gave it and its main reason (what the preview shows). */
  labels: LineLabel[];
}

/** Line rules that a report's own sentence may also match (an ad's words, a 来源于网络 note): weaker evidence. */
const SOFT_RULES = new Set(['contact-ad', 'brand-ad', 'download-prompt', 'from-web']);
const FURNITURE_RULES = new Set(['page-number']);

const shapeRules = new WeakMap<readonly NoiseRule[], ShapeRule[]>();
function lineShapes(rules: readonly NoiseRule[]): ShapeRule[] {
  const cached = shapeRules.get(rules);
  if (cached) return cached;
  const shapes = compile(rules)
    .filter((rule) => rule.scope === 'line')
    .map((rule) => ({
      id: rule.id,
      reason: rule.reason,
      test: (text: string) => isLineNoise(rule, text),
      ...(SOFT_RULES.has(rule.id) ? { soft: true } : {}),
      ...(FURNITURE_RULES.has(rule.id) ? { furniture: true } : {}),
    }));
  shapeRules.set(rules, shapes);
  return shapes;
}

/**
 * Removes download-site noise and reports every removal with its reason. Only whitespace is dropped
 * silently: the kept lines plus the removed texts are the whole input. Marks that are never report
 * text (hidden controls, paywall markers) and chrome run into a report line go first; then every line
 * is labelled by where it stands in a report's grammar (`grammar/labelLines.ts`), the line rules being
 * evidence there, not verdicts.
 */
export function cleanLines(
  input: readonly SourceLine[],
  rules: readonly NoiseRule[] = defaultNoiseRules,
  options: { keepRepeated?: boolean; corrections?: LineCorrections } = {},
): CleanResult {
  const compiled = compile(rules);
  const inline = compiled.filter((r) => r.scope === 'inline');
  const removed: Removal[] = [];
  const remove = (rule: { id: string; reason: string }, text: string) =>
    removed.push({ rule: rule.id, reason: rule.reason, text });

  const lines: SourceLine[] = [];
  for (const line of input) {
    if (line.kind === 'table') {
      lines.push(line);
      continue;
    }
    let text = line.text;
    for (const rule of inline) {
      text = text.replace(rule.regex, (match) => {
        remove(rule, match);
        return '';
      });
    }
    text = trimSpace(text);
    if (text === '') continue;
    if (rules.length > 0) {
      const chrome = stripLineChrome(text);
      if (chrome.removed.length > 0) {
        removed.push(...chrome.removed);
        text = chrome.text;
      }
    }
    lines.push(line.lead === undefined ? { kind: 'line', text } : { kind: 'line', text, lead: line.lead });
  }
  // Keeping every line (恢复 after a paste or 打开): nothing is judged.
  if (options.keepRepeated && rules.length === 0) {
    return { lines, removed, labels: lines.flatMap((l) => (l.kind === 'line' ? [{ text: l.text, label: 'body' as const, reason: '保留全部内容', shape: lineShape(l.text) }] : [])) };
  }
  const labelled = labelLines(lines, lineShapes(rules), options.corrections);
  return { lines: labelled.lines, removed: [...removed, ...labelled.removed], labels: labelled.labels };
}

/** Splits decoded text into physical lines. */
export function textToLines(text: string): SourceLine[] {
  return text.split('\n').map((line) => ({ kind: 'line', text: line }));
}
