import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * The one Latin font the print and render tests set digits and letters in, whatever the machine has installed:
 * Tinos from the npm package @expo-google-fonts/tinos (a pinned devDependency), metric-compatible with Times New
 * Roman, whose widths shared/export/latinWidths.ts holds. Liberation Serif would do as well in principle, but
 * Debian has two of them side by side (fonts-liberation 1.07, which its chromium package pulls in, and
 * fonts-liberation2 2.1, which LibreOffice's does), and which one answers depends on what else is installed.
 */
const require = createRequire(import.meta.url);

export const TINOS = {
  regular: require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'),
};
/** The PostScript names the PDFs carry for it. */
export const TINOS_NAMES = ['Tinos-Regular', 'Tinos-Bold'];

const PRODUCT_CSS = resolve(import.meta.dirname, '../../renderer/kit/latinFont.css');

/**
 * The app's Latin @font-face rules with only their bundled font: each rule's local() sources (Times New Roman on a
 * user's machine) are dropped and its url() becomes the package's file as a data: URL, so Chromium can use nothing
 * else. Throws when a rule has no bundled file, or one that is not in the package, so a changed stylesheet cannot
 * quietly fall back to whatever the machine has.
 */
export function pinnedLatinCss(): string {
  const css = readFileSync(PRODUCT_CSS, 'utf8');
  const faces = css.match(/@font-face\s*\{[^}]*\}/gu) ?? [];
  if (faces.length === 0) throw new Error(`${PRODUCT_CSS} has no @font-face rule`);
  return faces
    .map((face) => {
      const urls = [...face.matchAll(/url\(\s*'([^']+)'\s*\)/gu)].map((m) => m[1] ?? '');
      if (urls.length !== 1) throw new Error(`a Latin @font-face rule needs exactly one bundled file, found ${urls.length}:\n${face}`);
      const file = require.resolve(urls[0] ?? '');
      if (!Object.values(TINOS).includes(file)) throw new Error(`a Latin @font-face rule bundles ${urls[0]}, not the pinned Tinos`);
      const data = `url('data:font/ttf;base64,${readFileSync(file).toString('base64')}') format('truetype')`;
      return face.replace(/src\s*:[^;]*;/u, `src: ${data};`);
    })
    .join('\n');
}

/**
 * A fontconfig file for LibreOffice: the system's configuration (CJK fonts and all), the package's Tinos folders
 * added, Times New Roman always answered with that Tinos, and every other Times New Roman, Tinos or Liberation
 * Serif hidden, so that neither an installed Times New Roman nor either Liberation Serif can be chosen. Returns
 * the environment to run soffice with.
 */
export function pinnedFontEnv(dir: string): NodeJS.ProcessEnv {
  const files = Object.values(TINOS);
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const pattern = (name: string, value: string) => `<pattern><patelt name="${name}"><string>${xml(value)}</string></patelt></pattern>`;
  // A font that matches an acceptfont pattern is kept whatever rejectfont pattern it matches too.
  const conf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <match target="pattern">
    <test name="family"><string>Times New Roman</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Tinos</string></edit>
  </match>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${[...new Set(files.map((file) => dirname(file)))].map((folder) => `  <dir>${xml(folder)}</dir>`).join('\n')}
  <selectfont>
    <rejectfont>${['Times New Roman', 'Tinos', 'Liberation Serif'].map((family) => pattern('family', family)).join('')}</rejectfont>
    <acceptfont>${files.map((file) => pattern('file', file)).join('')}</acceptfont>
  </selectfont>
</fontconfig>
`;
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, conf);
  return { ...process.env, FONTCONFIG_FILE: file };
}

/** The fonts a PDF uses, by name without the subset prefix (pdffonts, poppler-utils). */
export function pdfFonts(pdf: string): string[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  const names = out
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/u)[0] ?? '')
    .filter((name) => name !== '')
    .map((name) => name.replace(/^[A-Z]{6}\+/u, ''));
  return [...new Set(names)];
}

/**
 * Fonts in a PDF that stand in for Times New Roman (Times New Roman itself, Liberation Serif, another Tinos, Nimbus
 * Roman, Thorndale) but are not the pinned Tinos. Other fonts may appear for characters neither Tinos nor the CJK
 * fonts have (DejaVu for U+FFFD, say).
 */
export const otherLatinFonts = (fonts: readonly string[]) =>
  fonts.filter((name) => /times|liberationserif|tinos|nimbusrom|thorndale/iu.test(name.replace(/[\s-]/gu, '')) && !TINOS_NAMES.includes(name));
