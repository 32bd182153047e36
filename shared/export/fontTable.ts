import JSZip from 'jszip';
import { fonts } from './gbt9704';

/**
 * The fonts a GB/T 9704 report names, each with the face Word and WPS substitute on a PC without it
 * (`w:altName`), so a colleague's machine without the 公文 fonts still shows a sensible face:
 * 仿宋_GB2312 → 仿宋 (FangSong), 楷体_GB2312 → 楷体 (KaiTi), 方正小标宋简体 → 华文中宋 (then 宋体).
 * `w:charset 86` is GB2312, which tells Word these are Chinese fonts.
 */
const FONT_TABLE: readonly { name: string; altName?: string; charset: string; family: string; pitch: string }[] = [
  { name: fonts.latin, charset: '00', family: 'roman', pitch: 'variable' },
  { name: fonts.body, altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '仿宋', altName: 'FangSong', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: fonts.level2, altName: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体', altName: 'KaiTi', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: fonts.level1, altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: fonts.title, altName: '华文中宋', charset: '86', family: 'script', pitch: 'variable' },
  { name: '华文中宋', altName: '宋体', charset: '86', family: 'auto', pitch: 'variable' },
  { name: fonts.pageNumber, altName: 'SimSun', charset: '86', family: 'auto', pitch: 'variable' },
];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function fontTableXml(): string {
  const entries = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${escape(f.name)}">${f.altName ? `<w:altName w:val="${escape(f.altName)}"/>` : ''}<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries}</w:fonts>`;
}

/** The packed .docx with its font table replaced by ours (the docx library writes an empty one). */
export async function withFontTable(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('word/fontTable.xml', fontTableXml());
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
