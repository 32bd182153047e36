import type { Klass, LexicalNode } from 'lexical';
import { ReportHeadingNode } from './ReportHeadingNode';

/** The one node registry of the report editor. */
export const reportNodes: Klass<LexicalNode>[] = [ReportHeadingNode];
