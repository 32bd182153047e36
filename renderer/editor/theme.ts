import type { EditorThemeClasses } from 'lexical';

export const reportTheme: EditorThemeClasses = {
  paragraph: 'report-paragraph',
  reportHeading: 'report-heading',
  text: { bold: 'report-bold' },
};
