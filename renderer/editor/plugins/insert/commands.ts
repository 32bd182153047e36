import { createCommand, type LexicalCommand } from 'lexical';
import type { SkeletonHeading } from '../../../../shared/ipc/library';

/** Inserts a stock phrase verbatim at the caret. */
export const INSERT_PHRASE_COMMAND: LexicalCommand<string> = createCommand('INSERT_PHRASE');

/** Inserts a skeleton's headings as blocks after the caret's block. */
export const INSERT_SKELETON_COMMAND: LexicalCommand<readonly SkeletonHeading[]> = createCommand('INSERT_SKELETON');

/** Inserts a library paragraph as a new body paragraph after the caret's block. */
export const INSERT_PARAGRAPH_COMMAND: LexicalCommand<string> = createCommand('INSERT_PARAGRAPH');

/**
 * Remembers where the caret is before a dialog takes focus (quick insert), so the next insertion
 * lands there rather than wherever the editor's own selection drifted.
 */
export const REMEMBER_CARET_COMMAND: LexicalCommand<void> = createCommand('REMEMBER_CARET');
