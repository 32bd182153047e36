import type { Command } from 'commander';
import { extname, resolve } from 'node:path';
import { WRITTEN_FORMATS } from '../../shared/export/formats';
import { ExportError, exportMessages } from '../services/export/errors';
import { call, type WithLibrary } from './session';

interface Helpers {
  withLibrary: WithLibrary;
  fail: (error: unknown) => never;
}

interface ExportOptions {
  out: string;
  force?: boolean;
  json?: boolean;
}

/** `wengao export-docx|export-txt INPUT -o OUT` and `wengao drafts`. */
export function registerExportCommands(program: Command, { withLibrary, fail }: Helpers): void {
  for (const format of WRITTEN_FORMATS) {
    const { write } = format;
    if (!write) continue;
    program
      .command(`export-${format.id}`)
      .description(`导出为${format.typeName}：INPUT 是 .txt / .docx 报告或文稿编号`)
      .argument('<input>', '.txt 或 .docx 文件，或文稿编号（见 wengao drafts）')
      .requiredOption('-o, --out <file>', `输出文件（${format.extension}）`)
      .option('--force', '覆盖已存在的文件')
      .option('--json', '以 JSON 输出')
      .action(async (input: string, options: ExportOptions) => {
        const out = resolve(options.out);
        if (extname(out).toLowerCase() !== format.extension) fail(new ExportError('BAD_INPUT', `输出文件应以 ${format.extension} 结尾：${options.out}`));
        const { documentOfDraft, documentOfFile, isDraftId } = await import('../services/export/loadDocument');
        const { writeExport } = await import('../services/export/writeExport');
        const { unfilledFields } = await import('../../shared/model/document');
        const load = async () => {
          if (isDraftId(input)) return withLibrary(({ session }) => documentOfDraft(session.library.db, Number(input)));
          if (!['.txt', '.docx'].includes(extname(input).toLowerCase())) throw new ExportError('BAD_INPUT', exportMessages.badInput(input));
          return documentOfFile(input);
        };
        try {
          const { title, document } = await load();
          writeExport(out, await write(document), { force: options.force ?? false });
          const fields = unfilledFields(document).length;
          if (options.json) console.log(JSON.stringify({ out, title, blocks: document.blocks.length, unfilledFields: fields }, null, 2));
          else {
            console.log(`已导出“${title}” → ${out}`);
            if (fields > 0) console.log(`提醒：还有 ${fields} 处占位符（XX、某某、＊ 等）没有填写。`);
          }
        } catch (error) {
          fail(error);
        }
      });
  }

  program
    .command('drafts')
    .description('列出素材库中的文稿（编号可用于 export-docx）')
    .option('--json', '以 JSON 输出')
    .action(async (options: { json?: boolean }) => {
      await withLibrary(async ({ api }) => {
        const drafts = await call(api, 'drafts:list', {});
        if (options.json) console.log(JSON.stringify(drafts, null, 2));
        else if (drafts.length === 0) console.log('还没有文稿。');
        else for (const d of drafts) console.log(`${String(d.id).padStart(4)}  ${d.updatedAt.slice(0, 16).replace('T', ' ')}  ${d.title}`);
      });
    });
}
