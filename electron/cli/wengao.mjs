#!/usr/bin/env node
// `npx wengao`: runs the CLI that `npm install` (prepare) and `npm run build` build into out/cli.
import { existsSync } from 'node:fs';

const built = new URL('../../out/cli/wengao.mjs', import.meta.url);
if (!existsSync(built)) {
  console.error('文稿助手命令行还没有构建：请在项目目录运行 npm run build（npm install 也会构建它）。');
  process.exit(1);
}
await import(built.href);
