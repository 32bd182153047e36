import type { Command } from 'commander';
import type { Finding } from '../../shared/checks';
import type { DocBlock, ReportDocument } from '../../shared/model/document';
import { call, type WithLibrary } from './session';

interface Helpers {
  withLibrary: WithLibrary;
  fail: (error: unknown) => never;
}

const severityNames = { error: '错误', warning: '警告', info: '提示' } as const;

/** `--docx-comments OUT.docx`: the report with every finding as a Word comment on its text (导出审阅稿). */
async function writeReview(out: string, document: ReportDocument, findings: readonly Finding[], force: boolean) {
  const { extname, resolve } = await import('node:path');
  const { ExportError } = await import('../services/export/errors');
  const path = resolve(out);
  if (extname(path).toLowerCase() !== '.docx') throw new ExportError('BAD_INPUT', `审阅稿应以 .docx 结尾：${out}`);
  const { exportReviewDocx, REVIEW_AUTHOR } = await import('../../shared/export/review');
  const { unfilledFields } = await import('../../shared/model/document');
  const { writeExport } = await import('../services/export/writeExport');
  writeExport(path, await exportReviewDocx(document, findings), { force });
  return { out: path, comments: findings.length, author: REVIEW_AUTHOR, fields: unfilledFields(document).length };
}

/** `wengao check FILE [--json]`: the 检查 tab's findings for a .txt or .docx report. */
export function registerCheckCommand(program: Command, { withLibrary, fail }: Helpers): void {
  program
    .command('check')
    .description('检查一份报告（.txt 或 .docx）：占位符、编号、结构、日期年份、标点、规范表述、规范提法、错别字、发文字号、数字、标题文种、不相属的地名、重复、与网上范文相同的句子、沿用他处的地名；有错误时退出码为 1')
    .argument('<file>', '报告文件')
    .option('--json', '以 JSON 输出')
    .option('--year <year>', '报告年度（默认取标题中的年份）')
    .option('--unit <unit>', '写报告的单位（默认取标题与落款）')
    .option('--region <region>', '单位所在地区，如“江西省赣州市于都县”：别处的县市名会被指出')
    .option('--docx-comments <out>', '另存一份审阅稿（.docx）：每条检查意见写成 Word 批注，标在所指的文字上')
    .option('--force', '覆盖已存在的审阅稿文件')
    .action(async (file: string, options: { json?: boolean; year?: string; unit?: string; region?: string; docxComments?: string; force?: boolean }) => {
      const { checkContextFor, countBySeverity, createChecker, rulesByKind } = await import('../../shared/checks');
      const { blockText } = await import('../../shared/model/document');
      const { documentOfFile } = await import('../services/export/loadDocument');
      try {
        const read = (await documentOfFile(file)).document;
        const document = options.unit || options.region ? { ...read, format: { ...read.format, ...(options.unit ? { unit: options.unit } : {}), ...(options.region ? { region: options.region } : {}) } } : read;
        const { copiesByText, copyQuestion } = await import('../../shared/checks/copies');
        const paragraphs = copyQuestion(document);
        const { rules, copies, issuers } = await withLibrary(async ({ api }) => ({
          rules: rulesByKind(await call(api, 'checks:listRules', {})),
          copies: await call(api, 'checks:findCopies', { paragraphs }),
          issuers: await call(api, 'checks:listIssuers', {}),
        }));
        const year = options.year ? Number(options.year) : undefined;
        const context = checkContextFor(document, rules, year === undefined ? {} : { year: Number.isInteger(year) ? year : null });
        const findings = createChecker()(document, { ...context, copies: copiesByText(paragraphs, copies), issuers });
        const counts = countBySeverity(findings);
        const review = options.docxComments ? await writeReview(options.docxComments, document, findings, options.force ?? false) : null;
        const where = (f: Finding) => {
          const block = document.blocks[f.block] as DocBlock | undefined;
          return block ? blockText(block).slice(Math.max(0, f.offset - 6), f.offset + Math.max(f.length, 6) + 6).replace(/\n/g, ' ') : '';
        };
        if (options.json) {
          console.log(JSON.stringify({ counts, findings: findings.map((f) => ({ ...f, context: where(f) })), ...(review ? { review } : {}) }, null, 2));
        } else {
          console.log(`错误 ${counts.error} 处，警告 ${counts.warning} 处，提示 ${counts.info} 处`);
          for (const f of findings) console.log(`[${severityNames[f.severity]}] ${f.message}${f.block >= 0 ? `  ……${where(f)}……` : ''}`);
          if (review) console.log(`审阅稿 → ${review.out}（${review.comments} 条检查意见已写成 Word 批注，作者“${review.author}”${review.fields > 0 ? `；${review.fields} 处待填写的数字以黄色突出显示并附批注` : ''}）`);
        }
        if (counts.error > 0) process.exitCode = 1;
      } catch (error) {
        fail(error);
      }
    });
}
