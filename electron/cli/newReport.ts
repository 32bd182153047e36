import type { Command } from 'commander';
import { extname, resolve } from 'node:path';
import { WRITTEN_FORMATS } from '../../shared/export/formats';
import { ExportError, exportMessages } from '../services/export/errors';
import type { WithLibrary } from './session';

interface Helpers {
  withLibrary: WithLibrary;
  fail: (error: unknown) => never;
}

interface NewOptions {
  from: string;
  year: string;
  out: string;
  force?: boolean;
  json?: boolean;
}

/** `wengao new --from FILE|DRAFT --year 2026 -o OUT.docx`: this year's report from an earlier one (续写). */
export function registerNewCommand(program: Command, { withLibrary, fail }: Helpers): void {
  program
    .command('new')
    .description('以往年报告为基础写今年的报告：年份改为今年，数字改为待填写（上年的数字留作参考），导出为 Word 文件')
    .requiredOption('--from <input>', '往年的报告：.txt / .docx 文件，或文稿编号（见 wengao drafts）')
    .requiredOption('--year <year>', '今年的报告年度，如 2026')
    .requiredOption('-o, --out <file>', '输出文件（.docx）')
    .option('--force', '覆盖已存在的文件')
    .option('--json', '以 JSON 输出')
    .action(async (options: NewOptions) => {
      try {
        const year = Number(options.year);
        if (!/^(?:19|20|21)\d{2}$/u.test(options.year.trim())) throw new ExportError('BAD_INPUT', `年度应是四位数字，如 2026：${options.year}`);
        const out = resolve(options.out);
        if (extname(out).toLowerCase() !== '.docx') throw new ExportError('BAD_INPUT', `输出文件应以 .docx 结尾：${options.out}`);
        const { documentOfDraft, documentOfFile, isDraftId } = await import('../services/export/loadDocument');
        const { writeExport } = await import('../services/export/writeExport');
        const { continueReport } = await import('../../shared/model/continuation');
        const input = options.from;
        const { document } = isDraftId(input)
          ? await withLibrary(({ session }) => documentOfDraft(session.library.db, Number(input)))
          : ['.txt', '.docx'].includes(extname(input).toLowerCase())
            ? await documentOfFile(input)
            : (() => {
                throw new ExportError('BAD_INPUT', exportMessages.badInput(input));
              })();
        const next = continueReport(document, year);
        const docx = WRITTEN_FORMATS.find((f) => f.id === 'docx');
        if (!docx?.write) throw new ExportError('BAD_INPUT', '无法生成 Word 文件。');
        writeExport(out, await docx.write(next.document), { force: options.force ?? false });
        if (options.json) {
          console.log(JSON.stringify({ out, fromYear: next.fromYear, toYear: next.toYear, years: next.years, figures: next.figures }, null, 2));
          return;
        }
        console.log(`已按 ${next.fromYear} 年的报告写成 ${next.toYear} 年的报告 → ${out}`);
        console.log(`已改年份 ${next.years.length} 处${next.years.length > 0 ? `：${next.years.map((c) => `${c.from}→${c.to}`).join('，')}` : ''}。`);
        if (next.figures > 0) {
          console.log(
            `上年的数字 ${next.figures} 处已改为待填写：在 Word 和 WPS 中以黄色突出显示，批注写明上年的数字；用文稿助手打开或导入时仍是待填写的字段（在“检查”中逐一填写）。`,
          );
        }
      } catch (error) {
        fail(error);
      }
    });
}
