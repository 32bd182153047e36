import { stripLineChrome } from './chrome';
import { defaultNoiseRules, REPEATED_LINE, type NoiseRule } from './noiseRules';
import { headingMarkerAt } from './markers';
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
}

/**
 * Removes download-site noise and reports every removal with its reason. Only whitespace is dropped
 * silently: the kept lines plus the removed texts are the whole input.
 */
export function cleanLines(
  input: readonly SourceLine[],
  rules: readonly NoiseRule[] = defaultNoiseRules,
  options: { keepRepeated?: boolean } = {},
): CleanResult {
  const compiled = compile(rules);
  const inline = compiled.filter((r) => r.scope === 'inline');
  const lineRules = compiled.filter((r) => r.scope === 'line');
  // Most rules only look at short lines: a long paragraph is checked against the rest alone.
  const longestBounded = Math.max(0, ...lineRules.map((r) => r.maxLength ?? 0));
  const unbounded = lineRules.filter((r) => r.maxLength === undefined);
  const titleRules = compiled.filter((r) => r.scope === 'title');
  const removed: Removal[] = [];
  const remove = (rule: { id: string; reason: string }, text: string) =>
    removed.push({ rule: rule.id, reason: rule.reason, text });

  let lines: SourceLine[] = [];
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
    const chrome = stripLineChrome(text);
    if (chrome.removed.length > 0) {
      removed.push(...chrome.removed);
      text = chrome.text;
    }
    const noise = (text.length > longestBounded ? unbounded : lineRules).find((rule) => isLineNoise(rule, text));
    if (noise) {
      remove(noise, text);
      continue;
    }
    lines.push(line.lead === undefined ? { kind: 'line', text } : { kind: 'line', text, lead: line.lead });
  }

  lines = dropKeyValueHeader(lines, (text) => remove(KEY_VALUE_HEADER, text));

  const titleIndex = lines.findIndex((l) => l.kind === 'line');
  const titleLine = lines[titleIndex];
  if (titleLine?.kind === 'line') {
    let text = titleLine.text;
    for (const rule of titleRules) {
      text = text.replace(rule.regex, (match) => {
        remove(rule, match);
        return '';
      });
    }
    text = trimSpace(text);
    if (text === '') lines.splice(titleIndex, 1);
    else lines[titleIndex] = { ...titleLine, text };
  }

  if (!options.keepRepeated) lines = dropRepeatedLines(lines, (text, reason) => remove({ id: REPEATED_LINE.rule, reason }, text));

  return { lines, removed };
}

const KEY_VALUE_HEADER = { id: 'key-value-header', reason: '网页上的文件信息（“键：值”）' };
/** `信息名称：…`, `生成日期：2026-01-05`: a short key, a colon, a value without a sentence end. */
const keyValue = /^[\u4e00-\u9fffA-Za-z]{2,8}\s*[:：]\s*[^。；！？\s][^。；！？]{0,60}$/u;
const bodyStarts = /[。；！？]/u;

/**
 * The header block a web page puts above a report, whatever its keys: two or more `键：值` lines in a
 * row before the report's first heading or sentence. One such line alone may be the report's own
 * (`主送：…`), so a block needs two.
 */
function dropKeyValueHeader(lines: SourceLine[], onRemove: (text: string) => void): SourceLine[] {
  const bodyAt = lines.findIndex((l) => l.kind !== 'line' || headingMarkerAt(l.text) !== null || bodyStarts.test(l.text));
  const head = bodyAt === -1 ? lines.length : bodyAt;
  const drop = new Set<number>();
  for (let i = 0; i < head; ) {
    let end = i;
    while (end < head && lines[end]?.kind === 'line' && keyValue.test((lines[end] as { text: string }).text)) end++;
    if (end - i >= 2) for (let k = i; k < end; k++) drop.add(k);
    i = Math.max(end, i + 1);
  }
  if (drop.size === 0) return lines;
  return lines.filter((line, i) => {
    if (!drop.has(i)) return true;
    if (line.kind === 'line') onRemove(line.text);
    return false;
  });
}

/**
 * A repeated line is dropped only when it also looks like site noise: reports repeat their own
 * sentences (one sentence under two headings, a report pasted twice), while download sites repeat a
 * short line without sentence punctuation, or an ad with a link or contact, at every page break.
 */
function looksLikeRepeatedNoise(text: string): boolean {
  if (headingMarkerAt(text)) return false;
  if (REPEATED_LINE.adPattern.test(text)) return true;
  return text.length <= REPEATED_LINE.maxNoiseLength && !/[。；！？!?;]/u.test(text);
}

/**
 * Drops every copy of identical noise-like lines, and the title printed again under the site's header.
 * Other repeats are the report's own and stay: a sentence under two headings, and the issuing body
 * heading the report and signing it at the end (the signature is report text).
 */
function dropRepeatedLines(lines: SourceLine[], onRemove: (text: string, reason: string) => void): SourceLine[] {
  const positions = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.kind !== 'line' || line.text.length < REPEATED_LINE.minLength) return;
    const at = positions.get(line.text);
    if (at) at.push(i);
    else positions.set(line.text, [i]);
  });
  const firstText = lines.findIndex((l) => l.kind === 'line');
  const isIssuerAndSignature = (text: string, at: number[]) =>
    !/[。，；！？,;!?]/u.test(text) && (at[0] ?? Infinity) <= firstText + 1 && at.slice(1).every((i) => i >= lines.length - 4);
  return lines.filter((line, i) => {
    if (line.kind !== 'line') return true;
    const at = positions.get(line.text) ?? [];
    const repeated = at.length >= REPEATED_LINE.minCount && line.text.length >= REPEATED_LINE.minLength;
    if (!repeated || isIssuerAndSignature(line.text, at)) return true;
    const repeatsTitle = at[0] === firstText;
    // The title stays where it first stands; an ad goes wherever it was pasted, the first time too.
    if (repeatsTitle ? at[0] === i : !looksLikeRepeatedNoise(line.text)) return true;
    onRemove(line.text, repeatsTitle ? REPEATED_LINE.titleReason : REPEATED_LINE.reason);
    return false;
  });
}

/** Splits decoded text into physical lines. */
export function textToLines(text: string): SourceLine[] {
  return text.split('\n').map((line) => ({ kind: 'line', text: line }));
}
