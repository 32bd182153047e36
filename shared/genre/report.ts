import { cleanLines, textToLines } from './clean';
import { decodeText, looksGarbled } from './decode';
import type { LineCorrections } from './grammar/labelLines';
import type { NoiseRule } from './noiseRules';
import { simplifyLines } from './script';
import { parseLines } from './parse';
import type { Encoding, ParsedReport, SourceLine } from './types';

export interface ParseOptions {
  rules?: readonly NoiseRule[];
  /** A .txt read in this encoding instead of the detected one. */
  encoding?: 'utf-8' | 'gb18030' | undefined;
  /** Keeps every line: what the user asked to restore after a paste or 打开 removed site noise. */
  keepNoise?: boolean;
  /** What the user said lines of a shape are (the import preview's corrections, a site's chrome the library learned). */
  corrections?: LineCorrections;
}

/** Cleans and parses lines from any source (text, a .docx, a paste). */
export function parseReportLines(lines: readonly SourceLine[], options: ParseOptions = {}): ParsedReport {
  const script = simplifyLines(lines);
  const { lines: cleaned, removed, labels } = options.keepNoise
    ? cleanLines(script.lines, [], { keepRepeated: true })
    : cleanLines(script.lines, options.rules, options.corrections ? { corrections: options.corrections } : {});
  return {
    ...parseLines(cleaned, [...script.removed, ...removed]),
    lineLabels: labels,
    ...(script.converted ? { converted: 'traditional' as const } : {}),
  };
}

/** Parses pasted or decoded text. Never throws on any string. */
export function parseReportText(text: string, options: ParseOptions = {}): ParsedReport {
  return parseReportLines(textToLines(text.replace(/\r\n?/g, '\n')), options);
}

export function parseReportBytes(bytes: Uint8Array, options: ParseOptions = {}): ParsedReport & { encoding: Encoding } {
  const { text, encoding, replaced } = decodeText(bytes, options.encoding);
  return {
    ...parseReportText(text, options),
    encoding,
    ...(replaced ? { replacedBytes: replaced } : {}),
    // Mojibake comes from reading in the wrong encoding: a clean UTF-8 file cannot be read that way.
    ...((encoding === 'gb18030' || options.encoding) && looksGarbled(text) ? { garbled: true } : {}),
  };
}
