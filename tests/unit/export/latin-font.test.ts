import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latinWidth } from '../../../shared/export/latinWidths';

/**
 * The Latin font the app bundles (npm @expo-google-fonts/tinos) for machines without Times New Roman, and which the
 * print and render tests use alone: its widths must be the ones the layout is fitted to.
 */
const require = createRequire(import.meta.url);
const css = readFileSync(resolve(import.meta.dirname, '../../../renderer/kit/latinFont.css'), 'utf8');

/** Advance widths of U+0020–U+007E in thousandths of an em, read from a TrueType file's cmap (format 4) and hmtx. */
function asciiWidths(file: string): number[] {
  const font = readFileSync(file);
  const tables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(4); i++) tables.set(font.toString('latin1', 12 + i * 16, 16 + i * 16), font.readUInt32BE(20 + i * 16));
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${file} has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const longMetrics = font.readUInt16BE(table('hhea') + 34);
  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + font.readUInt32BE(cmap + 8 + i * 8);
    if (font.readUInt16BE(cmap + 4 + i * 8) === 3 && font.readUInt16BE(cmap + 6 + i * 8) === 1 && font.readUInt16BE(at) === 4) sub = at;
  }
  if (sub < 0) throw new Error(`${file} has no Unicode BMP cmap`);
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  const glyph = (code: number): number => {
    for (let s = 0; s < segments; s++) {
      if (font.readUInt16BE(ends + s * 2) < code) continue;
      const start = font.readUInt16BE(starts + s * 2);
      if (start > code) return 0;
      const delta = font.readInt16BE(deltas + s * 2);
      const range = font.readUInt16BE(ranges + s * 2);
      if (range === 0) return (code + delta) & 0xffff;
      const id = font.readUInt16BE(ranges + s * 2 + range + (code - start) * 2);
      return id === 0 ? 0 : (id + delta) & 0xffff;
    }
    return 0;
  };
  const widths: number[] = [];
  for (let code = 0x20; code <= 0x7e; code++) {
    const id = glyph(code);
    if (id === 0) throw new Error(`${file} has no glyph for U+${code.toString(16)}`);
    widths.push(Math.round((font.readUInt16BE(table('hmtx') + Math.min(id, longMetrics - 1) * 4) * 1000) / unitsPerEm));
  }
  return widths;
}

const layoutWidths = (bold: boolean) => Array.from({ length: 0x7f - 0x20 }, (_, i) => Math.round(latinWidth(0x20 + i, bold) * 1000));

/** The @font-face rules of the app's Latin face: weight and sources in order. */
const faces = (css.match(/@font-face\s*\{[^}]*\}/gu) ?? []).map((face) => ({
  weight: /font-weight:\s*(\d+)/u.exec(face)?.[1],
  sources: [...face.matchAll(/(local|url)\(\s*'([^']+)'\s*\)/gu)].map((m) => `${m[1]}:${m[2]}`),
}));

describe('the Latin font the layout is fitted to', () => {
  it('asks for Times New Roman on the user’s machine first, then the bundled Tinos, and nothing else', () => {
    expect(faces).toEqual([
      { weight: '400', sources: ['local:Times New Roman', 'local:TimesNewRomanPSMT', 'url:@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf'] },
      { weight: '700', sources: ['local:Times New Roman Bold', 'local:TimesNewRomanPS-BoldMT', 'url:@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'] },
    ]);
  });

  it('bundles a Tinos whose advance widths are the layout’s Times New Roman widths, regular and bold', () => {
    for (const face of faces) {
      const file = require.resolve(face.sources.at(-1)?.replace(/^url:/u, '') ?? '');
      expect(asciiWidths(file), file).toEqual(layoutWidths(face.weight === '700'));
    }
  });
});
