import type { Finding, Severity } from '../checks/types';
import { blockText, type ReportDocument } from '../model/document';
import { exportDocx, type DocxComment } from './docx';

/**
 * 导出审阅稿: the 检查 findings as Word comments (批注) on the text they are about, so a reviewer reads
 * them in Word or WPS without installing anything (issue 33 point 6). The app's 导出 menu and
 * `wengao check FILE --docx-comments OUT.docx` both write it from here.
 */

/** The author every review comment carries. */
export const REVIEW_AUTHOR = '文稿助手审核';

const severityName: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** What a comment says: the severity and the finding's message, then what to write instead. */
export function reviewCommentText(finding: Pick<Finding, 'severity' | 'message' | 'fix'>): string {
  const fix = finding.fix === undefined ? '' : finding.fix === '' ? '\n建议：删去' : `\n建议写作：${finding.fix}`;
  return `【${severityName[finding.severity]}】${finding.message}${fix}`;
}

/**
 * Each finding as a comment on its text. A finding on a whole block (0/0) covers the block's text; one
 * on the whole document (block -1) covers the title, or the first block where there is none.
 */
export function reviewComments(doc: ReportDocument, findings: readonly Finding[]): DocxComment[] {
  const titleAt = doc.blocks.findIndex((b) => b.kind === 'title');
  return findings.flatMap((finding): DocxComment[] => {
    const block = finding.block >= 0 ? finding.block : Math.max(0, titleAt);
    const target = doc.blocks[block];
    if (!target) return [];
    const whole = finding.block < 0 || (finding.offset === 0 && finding.length === 0);
    const length = whole ? blockText(target).length : finding.length;
    return [{ block, offset: whole ? 0 : finding.offset, length, author: REVIEW_AUTHOR, text: reviewCommentText(finding) }];
  });
}

/** The 审阅稿: the report as the Word export writes it, with every finding as a comment. */
export function exportReviewDocx(doc: ReportDocument, findings: readonly Finding[]): Promise<Uint8Array> {
  return exportDocx(doc, { comments: reviewComments(doc, findings) });
}
