// The `wengao` command: the desktop app's services without a window.
import { Command } from 'commander';
import { LibraryError } from '../library/errors';
import { openLibrary, type Library } from '../library/open';
import { resolveLibraryPath } from '../library/paths';
import { analyseFile } from '../services/import/analyse';
import { ImportError } from '../services/import/errors';
import { readReportFile } from '../services/import/files';
import { importPaths } from '../services/import/importReports';
import { benchImport, benchParse } from './bench/runBench';
import { benchSearch, type SearchBench } from './bench/searchBench';
import { benchExport, type ExportBench } from './bench/exportBench';
import { benchChecks, type ChecksBench } from './bench/checksBench';
import { searchParagraphs } from '../library/search';
import { createBackup, listBackups, restoreBackup } from '../library/backup';
import { exportPack, importPack, parsePack } from '../library/pack';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { formatDoctor, runDoctor } from './doctor';
import { formatOutline, parseJson } from './parse';
import { registerExportCommands } from './export';
import { isPart, PART_LABELS, PARTS } from '../../shared/model/parts';
import { registerCheckCommand } from './check';
import { ExportError } from '../services/export/errors';

/** A wrong argument, explained in Chinese. */
class UsageError extends Error {}

/** A failure the user can act on: message to stderr, exit code 1, no stack trace. */
function fail(error: unknown): never {
  if (error instanceof ImportError || error instanceof LibraryError || error instanceof UsageError || error instanceof ExportError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

export function buildProgram(): Command {
  const program = new Command('wengao')
    .description('文稿助手命令行：与桌面版使用同一个素材库和同一套服务。')
    .option('--db <path>', '素材库文件路径（默认：每个用户的素材库，与桌面版相同）')
    .showHelpAfterError('（运行 wengao --help 查看用法）');
  const dbPath = () => resolveLibraryPath(program.opts<{ db?: string }>().db);

  /** Opens the library for a command and always closes it. */
  const withLibrary = async <T>(run: (library: Library) => T | Promise<T>): Promise<T> => {
    let library: Library;
    try {
      library = openLibrary(dbPath());
    } catch (error) {
      fail(error);
    }
    try {
      return await run(library);
    } catch (error) {
      fail(error);
    } finally {
      library.close();
    }
  };


  program
    .command('doctor')
    .description('检查素材库：路径、结构版本、完整性与各类素材数量（不存在时会新建并写入内置素材）')
    .option('--json', '以 JSON 输出')
    .action((options: { json?: boolean }) => {
      const report = runDoctor(dbPath());
      console.log(options.json ? JSON.stringify(report, null, 2) : formatDoctor(report));
      if (!report.healthy) process.exitCode = 1;
    });

  program
    .command('parse')
    .description('解析一份报告（.txt 或 .docx）：标题、各级标题、条目、占位符、清除的网站内容；不写入素材库')
    .argument('<file>', '报告文件')
    .option('--json', '以 JSON 输出')
    .action(async (file: string, options: { json?: boolean }) => {
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
    .action(async (paths: string[], options: { json?: boolean }) => {
      await withLibrary(async (library) => {
        const summary = await importPaths(library, paths, ({ done, total, file }) => {
          if (!options.json && process.stderr.isTTY) process.stderr.write(`\r导入 ${done}/${total}：${file}`.slice(0, 100).padEnd(100));
        });
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

  program
    .command('search')
    .description('在段落库中搜索：段落包含查询中每个以空格分隔的词（不区分全角半角与大小写）')
    .argument('<query>', '查询词，多个词用空格分隔')
    .option('--json', '以 JSON 输出')
    .option('--limit <n>', '最多返回几条（0 表示全部）', '20')
    .option('--section <part>', `只看某一部分：${PARTS.map((p) => `${p}（${PART_LABELS[p]}）`).join('、')}`)
    .action(async (query: string, options: { json?: boolean; limit: string; section?: string }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 0) fail(new UsageError('--limit 必须是不小于 0 的整数。'));
      if (options.section !== undefined && !isPart(options.section)) {
        fail(new UsageError(`--section 只能是 ${PARTS.map((p) => `${p}（${PART_LABELS[p]}）`).join('、')}。`));
      }
      await withLibrary((library) => {
        const result = searchParagraphs(library.db, {
          query,
          limit,
          ...(options.section !== undefined && isPart(options.section) ? { section: options.section } : {}),
        });
        if (options.json) {
          const hits = result.hits.map((h) => ({
            id: h.id,
            text: h.text,
            section: h.section,
            source: h.source,
            snippet: markSnippet(h.snippet),
          }));
          console.log(JSON.stringify({ total: result.total, hits }, null, 2));
        } else {
          console.log(`共 ${result.total} 段`);
          for (const h of result.hits) console.log(`[${h.id}] ${markSnippet(h.snippet)}${h.source ? ` —— ${h.source}` : ''}`);
        }
      });
    });

  registerExportCommands(program, { withLibrary, fail });
  registerCheckCommand(program, { withLibrary, fail });

  const pack = program.command('pack').description('素材包：与同事分享、或搬到新电脑（JSON 文件）');
  pack
    .command('export')
    .description('把段落、短语和骨架导出为素材包')
    .requiredOption('--out <file>', '素材包文件（.json）')
    .action(async (options: { out: string }) => {
      await withLibrary((library) => {
        const data = exportPack(library.db);
        writeFileSync(`${options.out}.partial`, JSON.stringify(data, null, 1));
        renameSync(`${options.out}.partial`, options.out);
        console.log(`已导出：段落 ${data.paragraphs.length} 段，短语 ${data.phrases.length} 条，骨架 ${data.skeletons.length} 个 → ${options.out}`);
      });
    });
  pack
    .command('import')
    .description('导入素材包并合并（相同的段落、短语、骨架不会重复）')
    .argument('<file>', '素材包文件（.json）')
    .action(async (file: string) => {
      let json: string;
      try {
        json = readFileSync(file, 'utf8');
      } catch {
        fail(new UsageError(`无法读取素材包：${file}`));
      }
      await withLibrary((library) => {
        const report = importPack(library.db, parsePack(json));
        console.log(`已导入：段落 ${report.paragraphs} 段（已有 ${report.duplicates} 段），短语 ${report.phrases} 条，骨架 ${report.skeletons} 个。`);
      });
    });

  program
    .command('backup')
    .description('立即备份素材库（使用 SQLite 在线备份，备份后校验）')
    .action(async () => {
      await withLibrary(async (library) => {
        const backup = await createBackup(library, 'manual');
        console.log(`已备份：${backup.path}（${backup.bytes} 字节）`);
      });
    });

  program
    .command('restore')
    .description('从备份恢复素材库（当前文件会先另存为一个备份，可再恢复回来）')
    .argument('[backup]', '备份文件；省略时列出可用的备份')
    .action((backup: string | undefined) => {
      const path = dbPath();
      if (!backup) {
        const backups = listBackups(path);
        if (backups.length === 0) console.log('还没有备份。');
        for (const b of backups) console.log(`${b.createdAt}  ${b.kind.padEnd(14)} ${b.path}`);
        return;
      }
      try {
        const { previous } = restoreBackup(path, backup);
        console.log(`已从 ${backup} 恢复。${previous ? `恢复前的素材库已保存为 ${previous}。` : ''}`);
      } catch (error) {
        fail(error);
      }
    });

  const bench = program
    .command('bench')
    .description('性能基准：解析吞吐量、导入 1000 份 7 KB 报告的耗时、10 万段段落库的搜索、导出 Word（子命令可单独运行）')
    .option('--json', '以 JSON 输出')
    .action(async (options: { json?: boolean }) => {
      const parse = benchParse();
      const imported = await benchImport();
      const search = benchSearch();
      const exported = await benchExport();
      const checks = benchChecks();
      if (options.json) console.log(JSON.stringify({ parse, import: imported, search, export: exported, checks }, null, 2));
      else {
        console.log(`解析：${parse.megabytes} MB 用时 ${parse.seconds} 秒，吞吐量 ${parse.mbPerSecond} MB/s（目标 ≥ 20）`);
        console.log(`导入：${imported.reports} 份报告（平均 ${imported.averageBytes} 字节，${imported.paragraphs} 段）用时 ${imported.seconds} 秒（目标 ≤ 5）`);
        console.log(formatSearchBench(search));
        console.log(formatExportBench(exported));
        console.log(formatChecksBench(checks));
      }
    });

  bench
    .command('checks')
    .description('检查的耗时：五万字文稿的完整检查，以及改动一段后的增量检查')
    .option('--json', '以 JSON 输出')
    .action((_options: unknown, command: Command) => {
      const result = benchChecks();
      console.log(command.optsWithGlobals<{ json?: boolean }>().json ? JSON.stringify(result, null, 2) : formatChecksBench(result));
    });

  bench
    .command('export')
    .description('导出 Word 的耗时：约 30 页的报告，从编辑器保存的文稿到 .docx 文件')
    .option('--json', '以 JSON 输出')
    .action(async (_options: unknown, command: Command) => {
      const result = await benchExport();
      // `bench` has its own --json, which commander gives to the parent: read it with the globals.
      console.log(command.optsWithGlobals<{ json?: boolean }>().json ? JSON.stringify(result, null, 2) : formatExportBench(result));
    });

  bench
    .command('search')
    .description('搜索性能：在 N 段真实风格的段落上，索引搜索与全表 LIKE 扫描的 p50/p95 耗时')
    .option('--paragraphs <n>', '段落数', '100000')
    .option('--json', '以 JSON 输出')
    .action((_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<{ paragraphs: string; json?: boolean; db?: string }>();
      const result = benchSearch({ paragraphs: Number(options.paragraphs), ...(options.db ? { db: options.db } : {}) });
      console.log(options.json ? JSON.stringify(result, null, 2) : formatSearchBench(result));
    });

  bench
    .command('parse')
    .description('解析吞吐量')
    .option('--reports <n>', '生成的报告份数', '400')
    .action((options: { reports: string }) => console.log(JSON.stringify(benchParse(Number(options.reports)), null, 2)));

  bench
    .command('import')
    .description('把 N 份约 7 KB 的报告导入一个新素材库的耗时')
    .option('--reports <n>', '报告份数', '1000')
    .action(async (options: { reports: string }) => console.log(JSON.stringify(await benchImport(Number(options.reports)), null, 2)));

  return program;
}

function formatSearchBench(result: SearchBench): string {
  return (
    `搜索：${result.paragraphs} 段，${result.queries} 次查询，p50 ${result.p50Ms} ms，p95 ${result.p95Ms} ms（目标 ≤ 10）；` +
    `全表扫描 p95 ${result.scanP95Ms} ms，快 ${result.speedup} 倍（目标 ≥ 20）；打开素材库 ${result.openMs} ms（目标 ≤ 100，` +
    `完整性全面检查另在后台用 ${result.fullCheckMs} ms）；索引是正文的 ${result.indexRatio} 倍（目标 ≤ 4）`
  );
}

function formatChecksBench(result: ChecksBench): string {
  return (
    `检查：${result.characters} 字，${result.findings} 处发现；完整检查 p50 ${result.fullP50Ms} ms / p95 ${result.fullP95Ms} ms；` +
    `改动一段后 p50 ${result.keystrokeP50Ms} ms / p95 ${result.keystrokeP95Ms} ms（目标：按键后 50 ms 内更新）`
  );
}

function formatExportBench(result: ExportBench): string {
  const pages = result.pages === null ? '未安装 LibreOffice，未计页数' : `LibreOffice 排版 ${result.pages} 页`;
  return `导出 Word：${result.characters} 字（${pages}），${result.runs} 次，p50 ${result.p50Ms} ms，p95 ${result.p95Ms} ms（目标 ≤ 200）`;
}

/** Matches wrapped in 【】 for the terminal and JSON. */
function markSnippet(snippet: { text: string; marks: [number, number][] }): string {
  let out = snippet.text;
  for (const [start, end] of [...snippet.marks].reverse()) out = `${out.slice(0, start)}【${out.slice(start, end)}】${out.slice(end)}`;
  return out;
}

await buildProgram().parseAsync(process.argv);
