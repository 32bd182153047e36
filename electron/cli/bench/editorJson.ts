import type { ReportDocument } from '../../../shared/model/document';
import { FIELD_NODE_TYPE, HEADING_NODE_TYPE, TABLE_NODE_TYPE, textBlockNodeTypes } from '../../../shared/model/editorNodeTypes';

/** The draft as the editor saves it (Lexical JSON), so the bench starts where the app's 导出 starts. */
export function editorJson(doc: ReportDocument): string {
  const children = doc.blocks.map((b) => {
    if (b.kind === 'table') return { type: TABLE_NODE_TYPE, version: 1, rows: b.rows };
    const inlines = b.inlines.map((i) => ({ type: i.field ? FIELD_NODE_TYPE : 'text', text: i.text, version: 1 }));
    if (b.kind === 'heading') return { type: HEADING_NODE_TYPE, level: b.level, runIn: b.runIn, children: inlines, version: 1 };
    return { type: textBlockNodeTypes[b.kind], children: inlines, version: 1 };
  });
  return JSON.stringify({ root: { type: 'root', children, version: 1 } });
}
