import type { EditorThemeClasses } from 'lexical';

export const reportTheme: EditorThemeClasses = {
  paragraph: 'report-paragraph',
  reportHeading: 'report-heading',
  reportTitle: 'report-title',
  text: { bold: 'report-bold' },
};
