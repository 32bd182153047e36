import { classifyParts } from './classify';
import { findItems } from './items';
import { findPlaceholders } from './placeholders';
import type { Block, ParsedReport } from './types';

/**
 * A heading whose end was guessed is followed by its body with nothing between them in the source:
 * its words and the body's are one run of text, and the boundary can sit anywhere in it.
 */
function gluedPair(blocks: readonly Block[], index: number): { heading: Block; body: Block } | null {
  const heading = blocks[index];
  const body = blocks[index + 1];
  if (heading?.type !== 'heading' || !heading.guessed || body?.type !== 'paragraph') return null;
  return { heading, body };
}

/** Puts the heading's end `at` characters into the run of heading words and body (both keep one at least). */
function cutAt(heading: Block, body: Block, at: number): void {
  const joined = heading.text + body.text;
  const cut = Math.min(Math.max(at, 1), joined.length - 1);
  heading.text = joined.slice(0, cut);
  heading.source = (heading.number ?? '') + heading.text;
  body.text = joined.slice(cut);
  body.source = body.text;
  const items = findItems(body.text);
  if (items.length > 0) body.items = items;
  else delete body.items;
}

/**
 * Splits a heading that swallowed its body, `at` characters into its words: the rest becomes the
 * body's start (with the punctuation that ended the swallowed words; a run-in body goes on after it),
 * and the heading is marked as guessed so the preview asks the user to check it.
 */
export function splitHeadingAt(blocks: Block[], index: number, at: number): void {
  const heading = blocks[index];
  if (heading?.type !== 'heading' || at <= 0 || at >= heading.text.length) return;
  const number = heading.number ?? '';
  // What ended the heading's words in the source (`。`), kept for the body.
  const ending = heading.source.slice(number.length + heading.text.length);
  const rest = heading.text.slice(at) + ending;
  const next = blocks[index + 1];
  heading.text = heading.text.slice(0, at);
  heading.source = number + heading.text;
  heading.guessed = true;
  if (heading.runIn && next?.type === 'paragraph') {
    next.text = rest + next.text;
    next.source = rest + next.source;
    const items = findItems(next.text);
    if (items.length > 0) next.items = items;
  } else {
    const body: Block = { type: 'paragraph', text: rest, part: heading.part, source: rest };
    const items = findItems(rest);
    if (items.length > 0) body.items = items;
    blocks.splice(index + 1, 0, body);
  }
}

/**
 * The user moves a guessed heading's end in the import preview: `shift` characters later (into the
 * body) or earlier (back into the body). Parts and placeholders are found again, as a parse would.
 * Null when the block is no guessed heading with its body after it.
 */
export function moveHeadingEnd(report: ParsedReport, index: number, shift: number): ParsedReport | null {
  const blocks = report.blocks.map((block) => ({ ...block }));
  const pair = gluedPair(blocks, index);
  if (!pair || !Number.isInteger(shift)) return null;
  cutAt(pair.heading, pair.body, pair.heading.text.length + shift);
  classifyParts(blocks);
  return { ...report, blocks, placeholders: findPlaceholders(blocks) };
}
