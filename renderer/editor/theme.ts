import type { EditorThemeClasses } from 'lexical';

export const reportTheme: EditorThemeClasses = {
  paragraph: 'report-paragraph',
  reportHeading: 'report-heading',
  reportTitle: 'report-title',
  reportAddressee: 'report-addressee',
  reportClosing: 'report-closing',
  reportAttachment: 'report-attachment',
  reportSignature: 'report-signature',
  reportDate: 'report-date',
  reportTable: 'report-table',
  text: { bold: 'report-bold' },
};
