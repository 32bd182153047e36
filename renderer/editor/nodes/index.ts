import type { Klass, LexicalNode } from 'lexical';
import { FieldNode } from './FieldNode';
import { ReportHeadingNode } from './ReportHeadingNode';
import { TitleNode } from './TitleNode';

/** The one node registry of the report editor. */
export const reportNodes: Klass<LexicalNode>[] = [ReportHeadingNode, TitleNode, FieldNode];
