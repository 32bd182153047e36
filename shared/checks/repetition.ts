import { normaliseForCompare } from '../genre/text';
import { findingAt } from './finding';
import { checkMessages } from './messages';
import type { Finding } from './types';

/** Sentences of a block with their offsets; short ones (under 10 characters) never count as repeats. */
export function sentencesOf(text: string): { text: string; offset: number; normal: string }[] {
  const out: { text: string; offset: number; normal: string }[] = [];
  for (const m of text.matchAll(/[^。！？；!?;\n]+[。！？；!?;]?/gu)) {
    const sentence = m[0].trim();
    if ([...sentence].length < 10) continue;
    out.push({ text: m[0], offset: m.index, normal: normaliseForCompare(sentence.replace(/[。！？；!?;，,]$/u, '')) });
  }
  return out;
}

/** The same sentence a second time anywhere in the draft (copied paragraphs are the usual cause). */
export function repeatedFindings(blocks: readonly { index: number; text: string; sentences: ReturnType<typeof sentencesOf> }[]): Finding[] {
  const seen = new Set<string>();
  const found: Finding[] = [];
  for (const block of blocks) {
    for (const s of block.sentences) {
      if (seen.has(s.normal)) {
        const shown = s.text.length > 24 ? `${s.text.slice(0, 24)}…` : s.text;
        found.push({ ...findingAt('repeated-sentence', 'warning', block.text, s.offset, s.text.length, checkMessages.repeated(shown)), block: block.index });
      } else seen.add(s.normal);
    }
  }
  return found;
}

export function longParagraphFinding(text: string, limit: number): Omit<Finding, 'block'>[] {
  const length = [...text].length;
  return length > limit ? [findingAt('long-paragraph', 'info', text, 0, 0, checkMessages.longParagraph(length, limit))] : [];
}
