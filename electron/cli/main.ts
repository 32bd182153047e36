// The `wengao` command: the desktop app's services without a window.
import { Command } from 'commander';
import { resolveLibraryPath } from '../library/paths';
import { formatDoctor, runDoctor } from './doctor';

export function buildProgram(): Command {
  const program = new Command('wengao')
    .description('文稿助手命令行：与桌面版使用同一个素材库和同一套服务。')
    .option('--db <path>', '素材库文件路径（默认：每个用户的素材库，与桌面版相同）')
    .showHelpAfterError('（运行 wengao --help 查看用法）');

  program
    .command('doctor')
    .description('检查素材库：路径、结构版本、完整性与各类素材数量（不存在时会新建并写入内置素材）')
    .option('--json', '以 JSON 输出')
    .action((options: { json?: boolean }) => {
      const report = runDoctor(resolveLibraryPath(program.opts<{ db?: string }>().db));
      console.log(options.json ? JSON.stringify(report, null, 2) : formatDoctor(report));
      if (!report.healthy) process.exitCode = 1;
    });

  return program;
}

await buildProgram().parseAsync(process.argv);
