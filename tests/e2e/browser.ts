import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the end-to-end tests find a Chromium-family browser, in the order developers expect:
 * an explicit path, then an installed browser, then the Chromium shipped inside the npm package
 * `@sparticuz/chromium` (Linux x64/arm64 only). There is no silent fallback past an explicit path
 * and no skipping: a machine without any browser fails with one line that says what to install.
 */
export interface BrowserSearch {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  exists: (path: string) => boolean;
}

export type BrowserChoice =
  | { kind: 'path'; path: string; source: string }
  | { kind: 'bundled' }
  | { kind: 'missing'; message: string };

const EXPLICIT = ['WENGAO_CHROMIUM', 'CHROME_PATH'] as const;

function installedPaths({ env, platform }: BrowserSearch): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    const apps = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ];
    return roots.flatMap((root) => apps.map((app) => `${root}\\${app}`));
  }
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    const folders = ['/Applications', ...(env.HOME ? [join(env.HOME, 'Applications')] : [])];
    return folders.flatMap((folder) => apps.map((app) => `${folder}/${app}`));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
  ];
}

const canUseBundled = ({ platform, arch }: BrowserSearch): boolean =>
  platform === 'linux' && (arch === 'x64' || arch === 'arm64');

export function chooseBrowser(search: BrowserSearch, bundledInstalled: boolean): BrowserChoice {
  for (const name of EXPLICIT) {
    const path = search.env[name];
    if (!path) continue;
    if (search.exists(path)) return { kind: 'path', path, source: name };
    return { kind: 'missing', message: `${name}=${path} does not exist: point it at a Chromium, Chrome or Edge executable.` };
  }
  const installed = installedPaths(search).find(search.exists);
  if (installed) return { kind: 'path', path: installed, source: 'installed' };
  if (bundledInstalled && canUseBundled(search)) return { kind: 'bundled' };
  const hint = canUseBundled(search)
    ? 'run `npm install` (it brings @sparticuz/chromium), install Chromium or Chrome, or set WENGAO_CHROMIUM'
    : 'install Chromium, Google Chrome or Microsoft Edge, or set WENGAO_CHROMIUM to its executable';
  return { kind: 'missing', message: `No browser for the end-to-end tests: ${hint}.` };
}

function bundledPackageInstalled(): boolean {
  return existsSync(join(import.meta.dirname, '../../node_modules/@sparticuz/chromium/bin/chromium.br'));
}

export interface BrowserLaunch {
  executablePath: string;
  /** Environment for the browser process, when it needs more than the tests' own. */
  env?: Record<string, string>;
}

/**
 * The bundled Chromium is built for AWS Lambda: it brings its own NSS libraries (Amazon Linux
 * 2023 build, older glibc than any current distribution) and a fonts folder. Loading its libraries
 * means a machine without Debian's libnss3 still runs it; the system's fontconfig is kept when
 * there is one, so installed CJK fonts are used for Chinese text.
 */
async function bundledLaunch(): Promise<BrowserLaunch> {
  const { default: bundled, inflate } = await import('@sparticuz/chromium');
  const executablePath = await bundled.executablePath();
  const packageBin = join(import.meta.dirname, '../../node_modules/@sparticuz/chromium/bin');
  const libraries = join(await inflate(join(packageBin, 'al2023.tar.br')), 'lib');
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  env.LD_LIBRARY_PATH = [libraries, ...(env.LD_LIBRARY_PATH ? [env.LD_LIBRARY_PATH] : [])].join(':');
  if (!existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_PATH = await inflate(join(packageBin, 'fonts.tar.br'));
  return { executablePath, env };
}

let found: Promise<BrowserLaunch> | undefined;

/** The browser for this machine; the bundled one is unpacked (about 2 s) on first use. */
export function browserLaunch(): Promise<BrowserLaunch> {
  found ??= (async () => {
    const search: BrowserSearch = { env: process.env, platform: process.platform, arch: process.arch, exists: existsSync };
    const choice = chooseBrowser(search, bundledPackageInstalled());
    if (choice.kind === 'missing') throw new Error(choice.message);
    if (choice.kind === 'path') return { executablePath: choice.path };
    return bundledLaunch();
  })();
  return found;
}
