import type { Klass, LexicalNode } from 'lexical';
import { AddresseeNode } from './AddresseeNode';
import { AttachmentNode } from './AttachmentNode';
import { ClosingNode } from './ClosingNode';
import { DateNode } from './DateNode';
import { FieldNode } from './FieldNode';
import { YearChangeNode } from './YearChangeNode';
import { ReportHeadingNode } from './ReportHeadingNode';
import { SignatureNode } from './SignatureNode';
import { ReportTableNode } from './ReportTableNode';
import { TitleNode } from './TitleNode';

/** The one node registry of the report editor. */
export const reportNodes: Klass<LexicalNode>[] = [ReportHeadingNode, TitleNode, FieldNode, AddresseeNode, ClosingNode, AttachmentNode, SignatureNode, DateNode, ReportTableNode, YearChangeNode];
