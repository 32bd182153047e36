import { layoutDocument } from '../export/pages';
import type { ReportDocument } from '../model/document';
import { checkMessages } from './messages';
import type { Finding } from './types';

/** What counts as the report's body on a page: anything but the title and the addressee. */
const isBody = (role: string) => role !== 'title' && role !== 'addressee';

/** GB/T 9704 §7.3.3: the first page must show body text, as the Word file lays it out. */
export function firstPageFindings(doc: ReportDocument): Finding[] {
  const layout = layoutDocument(doc);
  const end = layout.pageStarts[1] ?? layout.slots.length;
  const hasBody = layout.paragraphs.some((p) => isBody(p.role));
  const bodyOnFirst = layout.slots.slice(0, end).some((slot) => slot.kind === 'text' && slot.paragraph >= 0 && isBody(layout.paragraphs[slot.paragraph]?.role ?? ''));
  if (!hasBody || bodyOnFirst) return [];
  return [{ check: 'first-page', severity: 'warning', block: -1, offset: 0, length: 0, message: checkMessages.firstPageWithoutBody, key: 'first-page' }];
}
