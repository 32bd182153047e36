#!/usr/bin/env node
// Builds the `wengao` CLI into out/cli with esbuild, so it runs on plain Node (or the packaged app's
// Electron as Node) without tsx. Each command's code is its own chunk, loaded when the command runs.
// Also builds the parse worker (out/worker/parse.mjs) that the app and web mode read reports in.
// Runs on `npm install` (prepare), `npm run build` and before the unit tests.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'out', 'cli');
// Bundled CommonJS packages call require(); ESM has none of its own.
const requireShim = "import { createRequire as __wengaoRequire } from 'node:module'; const require = __wengaoRequire(import.meta.url);";

export async function buildCli() {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { wengao: 'electron/cli/main.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    // The native addon stays in node_modules: Node loads its own build, the packaged app passes
    // the Electron build's path (WENGAO_SQLITE_BINDING).
    external: ['better-sqlite3'],
    banner: { js: `#!/usr/bin/env node\n${requireShim}` },
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await buildParseWorker();
}

/** Self-contained files (mammoth and jszip inside): a worker thread loads each without node_modules. */
export async function buildParseWorker() {
  await build({
    absWorkingDir: root,
    // The maintenance worker loads better-sqlite3 from the path the app gives it, so it bundles no addon.
    entryPoints: { parse: 'electron/services/parse/parseWorker.ts', maintenance: 'electron/services/maintenance/worker.ts' },
    outdir: join(root, 'out', 'worker'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    banner: { js: requireShim },
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/**
 * `npx wengao` runs node_modules/.bin/wengao directly when it exists. Declaring the command as this
 * package's own `bin` instead makes npx load the whole dependency tree first (about 1.3 s here,
 * against 0.6 s), so `npm install` links it here.
 */
export function linkBin() {
  const binDir = join(root, 'node_modules', '.bin');
  mkdirSync(binDir, { recursive: true });
  const launcher = join(root, 'electron', 'cli', 'wengao.mjs');
  if (process.platform === 'win32') {
    writeFileSync(join(binDir, 'wengao.cmd'), `@node "%~dp0\\..\\..\\electron\\cli\\wengao.mjs" %*\r\n`);
    writeFileSync(join(binDir, 'wengao.ps1'), `& node "$PSScriptRoot/../../electron/cli/wengao.mjs" @args\r\nexit $LASTEXITCODE\r\n`);
    return;
  }
  chmodSync(launcher, 0o755);
  rmSync(join(binDir, 'wengao'), { force: true });
  symlinkSync('../../electron/cli/wengao.mjs', join(binDir, 'wengao'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
  if (process.argv.includes('--link')) linkBin();
}
