import type { Command } from 'commander';
import type { ChecksBench } from './checksBench';
import type { CopyBench } from './copyBench';
import type { ReviewBench } from './reviewBench';
import type { ExportBench } from './exportBench';
import type { SearchBench } from './searchBench';
import type { StartupBench } from './startupBench';

/** `wengao bench …`; each benchmark's code is loaded only when it runs. */
export function registerBenchCommands(program: Command): void {
  const bench = program
    .command('bench')
    .description('性能基准：解析吞吐量、导入 1000 份 7 KB 报告的耗时、10 万段段落库的搜索、导出 Word、命令行导入时的搜索、对 10 万段范文的查重（子命令可单独运行）')
    .option('--json', '以 JSON 输出')
    .action(async (options: { json?: boolean }) => {
      const { benchImport, benchParse } = await import('./runBench');
      const parse = benchParse();
      const imported = await benchImport();
      const search = (await import('./searchBench')).benchSearch();
      const exported = await (await import('./exportBench')).benchExport();
      const checks = (await import('./checksBench')).benchChecks();
      const review = (await import('./reviewBench')).benchReview();
      const startup = (await import('./startupBench')).benchStartup();
      const lock = await (await import('./lockBench')).benchLock();
      const copies = (await import('./copyBench')).benchCopies();
      if (options.json) console.log(JSON.stringify({ parse, import: imported, search, export: exported, checks, review, startup, lock, copies }, null, 2));
      else {
        console.log(`解析：${parse.megabytes} MB 用时 ${parse.seconds} 秒，吞吐量 ${parse.mbPerSecond} MB/s（目标 ≥ 20）`);
        console.log(`导入：${imported.reports} 份报告（平均 ${imported.averageBytes} 字节，${imported.paragraphs} 段）用时 ${imported.seconds} 秒（目标 ≤ 5）`);
        console.log(formatSearchBench(search));
        console.log(formatExportBench(exported));
        console.log(formatChecksBench(checks));
        console.log(formatReviewBench(review));
        console.log(formatStartupBench(startup));
        console.log(
          `命令行同时导入 ${lock.reports} 份报告时：搜索 ${lock.searches} 次 p95 ${lock.searchP95Ms} ms（最长 ${lock.searchMaxMs} ms），` +
            `保存 ${lock.saves} 次 p95 ${lock.saveP95Ms} ms，失败 ${lock.failures} 次`,
        );
        console.log(formatCopyBench(copies));
      }
    });

  // `bench` has its own --json, which commander gives to the parent: subcommands read it with the globals.
  const json = (command: Command) => command.optsWithGlobals<{ json?: boolean }>().json === true;

  /** A benchmark subcommand without options of its own: its report as text, or as JSON with --json. */
  const measure = <T>(name: string, description: string, run: () => T | Promise<T>, format: (result: T) => string) =>
    bench
      .command(name)
      .description(description)
      .option('--json', '以 JSON 输出')
      .action(async (_options: unknown, command: Command) => {
        const result = await run();
        console.log(json(command) ? JSON.stringify(result, null, 2) : format(result));
      });

  measure('checks', '检查的耗时：五万字文稿的完整检查，以及改动一段后的增量检查', async () => (await import('./checksBench')).benchChecks(), formatChecksBench);
  measure('review', '审核的耗时：五万字文稿（含植入的提法、错别字、文号、数字、地名错误）用全部规则检查，以及改动一段后', async () => (await import('./reviewBench')).benchReview(), formatReviewBench);
  measure('export', '导出 Word 的耗时：约 30 页的报告，从编辑器保存的文稿到 .docx 文件', async () => (await import('./exportBench')).benchExport(), formatExportBench);
  measure('startup', '命令行启动耗时：wengao --help（目标 ≤ 200 ms），对照 Node 本身和 npx 的启动', async () => (await import('./startupBench')).benchStartup(), formatStartupBench);

  /** A benchmark over a library of N paragraphs (`--paragraphs`): its report as text, or as JSON with --json. */
  const overParagraphs = <T>(name: string, description: string, label: string, run: (paragraphs: number, db?: string) => T | Promise<T>, format: (result: T) => string) =>
    bench
      .command(name)
      .description(description)
      .option('--paragraphs <n>', label, '100000')
      .option('--json', '以 JSON 输出')
      .action(async (_options: unknown, command: Command) => {
        const options = command.optsWithGlobals<{ paragraphs: string; json?: boolean; db?: string }>();
        const result = await run(Number(options.paragraphs), options.db);
        console.log(options.json ? JSON.stringify(result, null, 2) : format(result));
      });

  overParagraphs(
    'search',
    '搜索性能：在 N 段真实风格的段落上，第一页（100 段）的 p50/p95 耗时（宽泛词与少见词，不筛选与按部分筛选），对照全表 LIKE 扫描，以及索引大小',
    '段落数',
    async (paragraphs, db) => (await import('./searchBench')).benchSearch({ paragraphs, ...(db ? { db } : {}) }),
    formatSearchBench,
  );
  overParagraphs(
    'copycheck',
    '查重性能：一万字文稿对 N 段范文的完整查重、改动一段后的查重，以及查重索引的大小',
    '素材库中范文段落数',
    async (paragraphs) => (await import('./copyBench')).benchCopies({ paragraphs }),
    formatCopyBench,
  );

  bench
    .command('hostile')
    .description('恶意输入：1 MB 的对抗性长行（解析加检查）最慢每 MB 耗时，以及一百万个格式片段的 .docx 读取时的内存峰值（请单独运行，内存峰值才准确）')
    .action(async () => console.log(JSON.stringify(await (await import('./hostileBench')).benchHostile(), null, 2)));

  bench
    .command('lock')
    .description('另一个程序占用素材库时：命令行导入 N 份报告的同时，web 模式的搜索与保存耗时（p50/p95）和失败次数')
    .option('--reports <n>', '命令行导入的报告份数', '300')
    .option('--blocking-ms <ms>', 'SQLite 自身等锁的毫秒数（应用用 50；3000 为旧做法，用于对照）', '50')
    .action(async (options: { reports: string; blockingMs: string }) => {
      const result = await (await import('./lockBench')).benchLock({ reports: Number(options.reports), blockingMs: Number(options.blockingMs) });
      console.log(JSON.stringify(result, null, 2));
    });

  /** Parse and import take a number of generated reports and always print JSON. */
  const overReports = <T>(name: string, description: string, label: string, reports: string, run: (reports: number) => T | Promise<T>) =>
    bench
      .command(name)
      .description(description)
      .option('--reports <n>', label, reports)
      .action(async (options: { reports: string }) => console.log(JSON.stringify(await run(Number(options.reports)), null, 2)));

  overReports('parse', '解析吞吐量', '生成的报告份数', '400', async (n) => (await import('./runBench')).benchParse(n));
  overReports('import', '把 N 份约 7 KB 的报告导入一个新素材库的耗时', '报告份数', '1000', async (n) => (await import('./runBench')).benchImport(n));
}

function formatSearchBench(result: SearchBench): string {
  const m = result.matrix;
  const times = (t: { p50Ms: number; p95Ms: number }) => `${t.p50Ms}/${t.p95Ms} ms`;
  return (
    `搜索：${result.paragraphs} 段，${result.queries} 次查询，p50 ${result.p50Ms} ms，p95 ${result.p95Ms} ms（目标 ≤ 10）；` +
    `全表扫描 p95 ${result.scanP95Ms} ms，快 ${result.speedup} 倍（目标 ≥ 20）；打开素材库 ${result.openMs} ms（目标 ≤ 100，` +
    `段落表快速检查在启动后立即进行，用 ${result.paragraphCheckMs} ms，完整性全面检查另在后台用 ${result.fullCheckMs} ms）；索引是正文的 ${result.indexRatio} 倍（目标 ≤ 4）\n` +
    `  第一页（100 段）p50/p95：宽泛词 ${times(m.unfiltered.broad)}，少见词 ${times(m.unfiltered.rare)}；` +
    `按部分（存在问题）筛选后：宽泛词 ${times(m.filtered.broad)}，少见词 ${times(m.filtered.rare)}`
  );
}

function formatChecksBench(result: ChecksBench): string {
  return (
    `检查：${result.characters} 字，${result.findings} 处发现；完整检查 p50 ${result.fullP50Ms} ms / p95 ${result.fullP95Ms} ms；` +
    `改动一段后 p50 ${result.keystrokeP50Ms} ms / p95 ${result.keystrokeP95Ms} ms（目标：按键后 50 ms 内更新）`
  );
}

function formatReviewBench(result: ReviewBench): string {
  return (
    `审核：${result.characters} 字，${result.reviewFindings} 处发现；全部规则 p50 ${result.allRulesP50Ms} ms / p95 ${result.allRulesP95Ms} ms（目标 < 100 ms），` +
    `其中审核规则 p50 ${result.reviewP50Ms} ms / p95 ${result.reviewP95Ms} ms；改动一段后 p50 ${result.editP50Ms} ms / p95 ${result.editP95Ms} ms（目标 < 5 ms）`
  );
}

function formatExportBench(result: ExportBench): string {
  const pages = result.pages === null ? '未安装 LibreOffice，未计页数' : `LibreOffice 排版 ${result.pages} 页`;
  return `导出 Word：${result.characters} 字（${pages}），${result.runs} 次，p50 ${result.p50Ms} ms，p95 ${result.p95Ms} ms（目标 ≤ 200）`;
}

function formatStartupBench(result: StartupBench): string {
  const line = (t: StartupBench['cli']) => `${t.command} p50 ${t.p50Ms} ms / p95 ${t.p95Ms} ms`;
  return `启动：${line(result.cli)}（目标 ≤ 200）；对照 ${line(result.node)}${result.npx ? `；${line(result.npx)}` : ''}`;
}

function formatCopyBench(r: CopyBench): string {
  return (
    `查重：${r.paragraphs} 段范文，${r.draftCharacters} 字文稿（${r.draftParagraphs} 段，${r.copiedSentences} 句相同）；` +
    `完整查重 p50 ${r.fullP50Ms} ms / p95 ${r.fullP95Ms} ms（目标 ≤ 200）；改动一段后 p50 ${r.oneParagraphP50Ms} ms / p95 ${r.oneParagraphP95Ms} ms（目标 ≤ 30）；` +
    `索引 ${r.indexBytes} 字节，是段落正文的 ${r.indexRatio} 倍，素材库文件因它增大正文的 ${r.fileGrowthRatio} 倍（目标 ≤ 1）`
  );
}
