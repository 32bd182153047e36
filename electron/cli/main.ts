// The `wengao` command: the desktop app's services without a window. Built into out/cli by
// electron/cli/build.mjs. Each command loads its code only when it runs, so `--help` starts fast.
import { Command, Option } from 'commander';
import { isPart, PART_LABELS, PARTS } from '../../shared/model/parts';
import { resolveLibraryPath } from '../services/paths';
import { call, libraryOpener } from './session';
import { registerBenchCommands } from './bench/commands';
import { registerCheckCommand } from './check';
import { registerExportCommands } from './export';
import { registerNewCommand } from './newReport';
import { fail, UsageError } from './fail';

/**
 * The packaged app runs this file in its `--cli` mode (electron/cliMode.ts), which names the Electron
 * build of better-sqlite3 shipped beside the app in WENGAO_SQLITE_BINDING; from a checkout Node's own
 * build is used.
 */
const nativeBinding = process.env.WENGAO_SQLITE_BINDING || undefined;

export function buildProgram(): Command {
  const program = new Command('wengao')
    .description('文稿助手命令行：与桌面版使用同一个素材库和同一套服务。')
    .option('--db <path>', '素材库文件路径（默认：每个用户的素材库，与桌面版相同）')
    .showHelpAfterError('（运行 wengao --help 查看用法）');
  const dbPath = () => resolveLibraryPath(program.opts<{ db?: string }>().db);

  const withLibrary = libraryOpener(dbPath, nativeBinding);

  program
    .command('doctor')
    .description('检查素材库：路径、结构版本、完整性与各类素材数量（不存在时会新建并写入内置素材）')
    .option('--json', '以 JSON 输出')
    .action(async (options: { json?: boolean }) => {
      const { formatDoctor } = await import('./doctor');
      const { runDoctor } = await import('../services/doctor');
      const report = runDoctor(dbPath(), nativeBinding);
      console.log(options.json ? JSON.stringify(report, null, 2) : formatDoctor(report));
      if (!report.healthy) process.exitCode = 1;
    });

  program
    .command('parse')
    .description('解析一份报告（.txt 或 .docx）：标题、各级标题、条目、占位符、清除的网站内容；不写入素材库')
    .argument('<file>', '报告文件')
    .option('--json', '以 JSON 输出')
    .action(async (file: string, options: { json?: boolean }) => {
      const { readReportFile } = await import('../services/import/files');
      const { analyseFile } = await import('../services/import/analyse');
      const { formatOutline, parseJson } = await import('./parse');
      try {
        const { name, bytes } = await readReportFile(file);
        const analysed = await analyseFile(name, bytes);
        console.log(
          options.json
            ? JSON.stringify(parseJson(analysed), null, 2)
            : formatOutline(analysed.report, analysed.encoding ?? analysed.kind),
        );
      } catch (error) {
        fail(error);
      }
    });

  program
    .command('import')
    .description('把报告导入素材库（文件或文件夹；每个文件要么全部导入，要么不做任何改动）')
    .argument('<paths...>', '.txt / .docx 文件或包含它们的文件夹')
    .option('--json', '以 JSON 输出')
    .addOption(new Option('--origin <origin>', '来源：own（本单位的报告）或 sample（网上范文，查重时与之比对）；默认清理掉网站杂质的文件算范文').choices(['own', 'sample']))
    .action(async (paths: string[], options: { json?: boolean; origin?: 'own' | 'sample' }) => {
      const { importPaths } = await import('../services/import/importReports');
      await withLibrary(async ({ session }) => {
        const summary = await importPaths(
          session.library,
          paths,
          ({ done, total, file }) => {
            if (!options.json && process.stderr.isTTY) process.stderr.write(`\r导入 ${done}/${total}：${file}`.slice(0, 100).padEnd(100));
          },
          options.origin,
        );
        if (options.json) {
          console.log(JSON.stringify(summary, null, 2));
        } else {
          if (process.stderr.isTTY) process.stderr.write('\n');
          console.log(
            `新增报告 ${summary.reports} 份，段落 ${summary.paragraphs} 段（重复 ${summary.duplicates} 段已合并），短语 ${summary.phrases} 条；` +
              `已存在 ${summary.present.length} 份，跳过 ${summary.skipped.length} 份。`,
          );
          for (const s of summary.skipped) console.log(`  跳过 ${s.file}：${s.reason}`);
        }
        if (summary.skipped.length > 0) process.exitCode = 1;
      });
    });

  const partChoices = PARTS.map((p) => `${p}（${PART_LABELS[p]}）`).join('、');
  program
    .command('search')
    .description('在段落库中搜索：段落包含查询中每个以空格分隔的词（不区分全角半角与大小写）')
    .argument('<query>', '查询词，多个词用空格分隔')
    .option('--json', '以 JSON 输出')
    .option('--limit <n>', '最多返回几条（0 表示全部）', '20')
    .option('--part <part>', `只看某一部分：${partChoices}`)
    .option('--year <year>', '只看某一年份的报告中的段落')
    .option('--source <id>', '只看某一份报告（报告编号）中的段落')
    .option('--origin <origin>', '只看自己的报告（own）或网上范文（sample）中的段落')
    // The option's name before parts were called parts; scripts that use it keep working.
    .addOption(new Option('--section <part>').hideHelp())
    .action(async (query: string, options: { json?: boolean; limit: string; part?: string; section?: string; year?: string; source?: string; origin?: string }) => {
      const part = options.part ?? options.section;
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 0) fail(new UsageError('--limit 必须是不小于 0 的整数。'));
      if (part !== undefined && !isPart(part)) fail(new UsageError(`--part 只能是 ${partChoices}。`));
      const year = options.year === undefined ? undefined : Number(options.year);
      if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) fail(new UsageError('--year 必须是 1900 到 2200 之间的年份。'));
      const source = options.source === undefined ? undefined : Number(options.source);
      if (source !== undefined && !(Number.isInteger(source) && source > 0)) fail(new UsageError('--source 必须是正整数（报告编号）。'));
      const origin = options.origin;
      if (origin !== undefined && origin !== 'own' && origin !== 'sample') fail(new UsageError('--origin 只能是 own（自己的报告）或 sample（网上范文）。'));
      await withLibrary(async ({ api }) => {
        const result = await call(api, 'paragraphs:search', {
          query,
          limit,
          ...(part !== undefined && isPart(part) ? { part } : {}),
          ...(year !== undefined ? { year } : {}),
          ...(source !== undefined ? { source } : {}),
          ...(origin === 'own' || origin === 'sample' ? { origin } : {}),
        });
        if (options.json) {
          const hits = result.hits.map((h) => ({
            id: h.id,
            text: h.text,
            part: h.part,
            source: h.source,
            snippet: markSnippet(h.snippet),
          }));
          console.log(JSON.stringify({ total: result.total, ...(result.estimated ? { estimated: true } : {}), hits }, null, 2));
        } else {
          console.log(result.estimated ? `约 ${result.total.toLocaleString('en-US')} 段` : `共 ${result.total} 段`);
          for (const h of result.hits) console.log(`[${h.id}] ${markSnippet(h.snippet)}${h.source ? ` —— ${h.source}` : ''}`);
        }
      });
    });

  registerExportCommands(program, { withLibrary, fail });
  registerNewCommand(program, { withLibrary, fail });
  registerCheckCommand(program, { withLibrary, fail });

  const pack = program.command('pack').description('素材包：与同事分享、或搬到新电脑（JSON 文件）');
  pack
    .command('export')
    .description('把段落、短语和骨架导出为素材包')
    .requiredOption('--out <file>', '素材包文件（.json）')
    .option('--force', '覆盖已存在的文件')
    .action(async (options: { out: string; force?: boolean }) => {
      const { writeExport } = await import('../services/export/writeExport');
      await withLibrary(async ({ api }) => {
        const json = await call(api, 'library:exportPack', {});
        writeExport(options.out, json, { force: options.force ?? false });
        const data = JSON.parse(json) as Record<'paragraphs' | 'phrases' | 'skeletons', unknown[]>;
        console.log(`已导出：段落 ${data.paragraphs.length} 段，短语 ${data.phrases.length} 条，骨架 ${data.skeletons.length} 个 → ${options.out}`);
      });
    });
  pack
    .command('import')
    .description('导入素材包并合并（相同的段落、短语、骨架不会重复）')
    .argument('<file>', '素材包文件（.json）')
    .action(async (file: string) => {
      const { readFileSync } = await import('node:fs');
      let json: string;
      try {
        json = readFileSync(file, 'utf8');
      } catch {
        fail(new UsageError(`无法读取素材包：${file}`));
      }
      await withLibrary(async ({ api }) => {
        const report = await call(api, 'library:importPack', { json });
        console.log(`已导入：段落 ${report.paragraphs} 段（已有 ${report.duplicates} 段），短语 ${report.phrases} 条，骨架 ${report.skeletons} 个。`);
      });
    });

  program
    .command('backup')
    .description('立即备份素材库（使用 SQLite 在线备份，备份后校验）')
    .action(async () => {
      await withLibrary(async ({ api }) => {
        const backup = await call(api, 'library:backupNow', {});
        const listed = (await call(api, 'library:listBackups', {})).find((b) => b.path === backup.path);
        console.log(`已备份：${backup.path}（${listed?.bytes ?? 0} 字节）`);
      });
    });

  program
    .command('restore')
    .description('从备份恢复素材库（当前文件会先另存为一个备份，可再恢复回来）')
    .argument('[backup]', '备份文件；省略时列出可用的备份')
    .action(async (backup: string | undefined) => {
      const { resolve } = await import('node:path');
      await withLibrary(async ({ api }) => {
        if (!backup) {
          const backups = await call(api, 'library:listBackups', {});
          if (backups.length === 0) console.log('还没有备份。');
          for (const b of backups) console.log(`${b.createdAt}  ${b.kind.padEnd(14)} ${b.path}`);
          return;
        }
        const { previous } = await call(api, 'library:restoreBackup', { path: resolve(backup) });
        console.log(`已从 ${backup} 恢复。${previous ? `恢复前的素材库已保存为 ${previous}。` : ''}`);
      });
    });

  registerBenchCommands(program);
  return program;
}

/** Matches wrapped in 【】 for the terminal and JSON. */
function markSnippet(snippet: { text: string; marks: [number, number][] }): string {
  let out = snippet.text;
  for (const [start, end] of [...snippet.marks].reverse()) out = `${out.slice(0, start)}【${out.slice(start, end)}】${out.slice(end)}`;
  return out;
}

/** Settles when the command has finished; the desktop app's `--cli` mode waits for it before exiting. */
export const finished: Promise<void> = buildProgram()
  .parseAsync(process.argv)
  .then(
    () => undefined,
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
