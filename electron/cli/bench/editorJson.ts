import type { ReportDocument } from '../../../shared/model/document';

/** The draft as the editor saves it (Lexical JSON), so the bench starts where the app's 导出 starts. */
export function editorJson(doc: ReportDocument): string {
  const types = { title: 'report-title', addressee: 'report-addressee', paragraph: 'paragraph', closing: 'report-closing', signature: 'report-signature', date: 'report-date' };
  const children = doc.blocks.map((b) => {
    if (b.kind === 'table') return { type: 'report-table', version: 1, rows: b.rows };
    const inlines = b.inlines.map((i) => ({ type: i.field ? 'field' : 'text', text: i.text, version: 1 }));
    if (b.kind === 'heading') return { type: 'report-heading', level: b.level, runIn: b.runIn, children: inlines, version: 1 };
    return { type: types[b.kind], children: inlines, version: 1 };
  });
  return JSON.stringify({ root: { type: 'root', children, version: 1 } });
}
