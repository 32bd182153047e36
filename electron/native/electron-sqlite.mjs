#!/usr/bin/env node
// Makes the Electron build of better-sqlite3 in its own folder, so the Node build that `npm install`
// put in node_modules/better-sqlite3 (used by tests, the CLI and web mode) is never overwritten.
// Usage: node electron/native/electron-sqlite.mjs [--arch x64|arm64] [--force]
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const arch = args.includes('--arch') ? args[args.indexOf('--arch') + 1] : process.arch;
const force = args.includes('--force');
const platform = process.platform;

const readVersion = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const electron = readVersion('electron');
const sqlite = readVersion('better-sqlite3');
const outDir = join(root, 'node_modules', '.cache', 'wengao-electron-sqlite', `${platform}-${arch}`);
const binary = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');
const stamp = JSON.stringify({ electron, betterSqlite3: sqlite, platform, arch });

if (!force && existsSync(binary) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log(`[wengao] better-sqlite3 的 Electron ${electron} 版本已就绪：${binary}`);
  process.exit(0);
}

console.log(`[wengao] 正在为 Electron ${electron} (${platform}-${arch}) 准备 better-sqlite3 ${sqlite} …`);
const work = mkdtempSync(join(tmpdir(), 'wengao-sqlite-'));
const source = join(work, 'better-sqlite3');
cpSync(join(root, 'node_modules', 'better-sqlite3'), source, {
  recursive: true,
  filter: (path) => !path.includes(`${join('better-sqlite3', 'build')}`),
});

// npm passes its own `nodedir` (Node's headers) to child builds; Electron needs Electron's headers.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));

const nodeGyp =
  process.env.npm_config_node_gyp ||
  (platform === 'win32'
    ? join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
    : join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));

const attempts = [
  ['prebuilt binary', [join(root, 'node_modules', 'prebuild-install', 'bin.js'), '--runtime', 'electron', '--target', electron, '--arch', arch, '--platform', platform]],
  ['build from source', [nodeGyp, 'rebuild', '--release', '--runtime=electron', `--target=${electron}`, `--arch=${arch}`, `--dist-url=${process.env.ELECTRON_HEADERS_URL || 'https://electronjs.org/headers'}`]],
];

let built = false;
for (const [label, command] of attempts) {
  if (!existsSync(command[0])) continue;
  console.log(`[wengao] ${label} …`);
  const run = spawnSync(process.execPath, command, { cwd: source, env, stdio: 'inherit', timeout: 15 * 60 * 1000 });
  if (run.status === 0 && existsSync(join(source, 'build', 'Release', 'better_sqlite3.node'))) {
    built = true;
    break;
  }
}

if (built) {
  mkdirSync(outDir, { recursive: true });
  copyFileSync(join(source, 'build', 'Release', 'better_sqlite3.node'), binary);
  writeFileSync(stampFile, stamp);
  console.log(`[wengao] 完成：${binary}`);
}
rmSync(work, { recursive: true, force: true });

if (!built) {
  console.error(
    [
      '[wengao] 无法为 Electron 准备 better-sqlite3（需要下载 Electron 头文件或预编译包）。',
      '  请确认网络可以访问 Electron 头文件下载地址，或用 ELECTRON_HEADERS_URL 指向内网镜像后重试：npm start',
      '  测试、命令行与 web 模式（npm test / npx wengao / npm run web）不受影响。',
      '[wengao] Could not prepare better-sqlite3 for Electron: Electron headers or a prebuilt binary must be downloadable.',
    ].join('\n'),
  );
  process.exit(1);
}
