import { createCommand, type LexicalCommand } from 'lexical';
import type { HeadingLevel } from '../../../../shared/ipc/library';

/** 0 turns the caret's blocks into body paragraphs, 1–4 into headings of that level. */
export const SET_BLOCK_LEVEL_COMMAND: LexicalCommand<0 | HeadingLevel> = createCommand('SET_BLOCK_LEVEL');
