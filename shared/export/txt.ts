import type { ReportDocument } from '../model/document';
import { printedParagraphs } from './printed';

/**
 * Plain text: one paragraph a line with the computed heading numbers, a blank line after the title,
 * cells separated by tabs. CRLF line ends and a BOM, so Notepad on older office PCs shows it right.
 */
export function exportTxt(doc: ReportDocument): string {
  const lines: string[] = [];
  for (const p of printedParagraphs(doc)) {
    if (p.role === 'table') lines.push(...p.rows.map((row) => row.join('\t')));
    else if (p.role === 'title') lines.push(p.text.replace(/\n/g, ''), '');
    else if (p.role === 'heading') lines.push(`${p.heading}${p.text}`);
    else lines.push(`${p.heading?.text ?? ''}${p.text}`.replace(/\n/g, ' '));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
