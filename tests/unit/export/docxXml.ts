import JSZip from 'jszip';

/** A .docx unzipped into what the format checks read: paragraphs with their properties and runs. */
export interface XmlRun {
  text: string;
  eastAsia: string | null;
  ascii: string | null;
  halfPoints: number | null;
  bold: boolean;
  spacing: number | null;
  /** `w:rFonts w:hint`: which font Word takes for characters Chinese and Western text share. */
  hint: string | null;
  /** `w:lang w:eastAsia`. */
  eastAsiaLanguage: string | null;
}

export interface XmlParagraph {
  properties: string;
  runs: XmlRun[];
  text: string;
  inTable: boolean;
}

export interface DocxParts {
  document: string;
  settings: string;
  footers: Record<string, string>;
  paragraphs: XmlParagraph[];
  styles: string;
  fontTable: string;
  /** docProps/core.xml: what 文件 › 属性 shows. */
  core: string;
}

const attr = (xml: string, element: string, name: string): string | null =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1] ?? null;

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function runsOf(paragraph: string): XmlRun[] {
  return [...paragraph.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, run = '']) => {
    const properties = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1] ?? '';
    const size = attr(properties, 'w:sz', 'w:val');
    const spacing = attr(properties, 'w:spacing', 'w:val');
    return {
      text: [...run.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : decode(m[1] ?? ''))).join(''),
      eastAsia: attr(properties, 'w:rFonts', 'w:eastAsia'),
      ascii: attr(properties, 'w:rFonts', 'w:ascii'),
      halfPoints: size === null ? null : Number(size),
      bold: /<w:b\/>|<w:b w:val="(?:true|1|on)"\/>/.test(properties),
      spacing: spacing === null ? null : Number(spacing),
      hint: attr(properties, 'w:rFonts', 'w:hint'),
      eastAsiaLanguage: attr(properties, 'w:lang', 'w:eastAsia'),
    };
  });
}

function paragraphsOf(document: string): XmlParagraph[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
  const out: XmlParagraph[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<w:tbl>|<\/w:tbl>|<w:p>([\s\S]*?)<\/w:p>/g)) {
    if (m[0] === '<w:tbl>') depth++;
    else if (m[0] === '</w:tbl>') depth--;
    else {
      const inner = m[1] ?? '';
      const runs = runsOf(inner);
      out.push({ properties: /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '', runs, text: runs.map((r) => r.text).join(''), inTable: depth > 0 });
    }
  }
  return out;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const footers: Record<string, string> = {};
  for (const [, type = '', id = ''] of document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    footers[type] = target ? await read(`word/${target}`) : '';
  }
  return {
    document,
    settings: await read('word/settings.xml'),
    footers,
    paragraphs: paragraphsOf(document),
    styles: await read('word/styles.xml'),
    fontTable: await read('word/fontTable.xml'),
    core: await read('docProps/core.xml'),
  };
}

export { attr as xmlAttribute };
