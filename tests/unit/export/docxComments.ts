import JSZip from 'jszip';

/** A Word comment as a reader sees it: who, what, and the text it is anchored on. */
export interface ReadComment {
  id: string;
  author: string;
  text: string;
  /** The document text between the comment's range start and end (`\n` for a line break). */
  anchored: string;
  /** The text of the anchored runs that are highlighted yellow. */
  highlighted: string;
  /** The text of the Word paragraph the comment starts in. */
  paragraph: string;
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : decode(m[1] ?? ''))).join('');

/** Reads comments.xml and the ranges in document.xml. */
export async function readComments(bytes: Uint8Array): Promise<ReadComment[]> {
  const zip = await JSZip.loadAsync(bytes);
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  return [...comments.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)].map(([, attributes = '', body = '']) => {
    const id = /w:id="(\d+)"/.exec(attributes)?.[1] ?? '';
    const author = decode(/w:author="([^"]*)"/.exec(attributes)?.[1] ?? '');
    const text = [...body.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0])).join('\n');
    const start = document.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
    const end = document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
    const between = start >= 0 && end >= start ? document.slice(start, end) : '';
    const runs = [...between.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1] ?? '').filter((r) => textOf(r) !== '');
    const paragraphStart = document.lastIndexOf('<w:p>', start);
    const paragraphEnd = document.indexOf('</w:p>', start);
    return {
      id,
      author,
      text,
      anchored: textOf(between),
      highlighted: runs.filter((r) => /<w:highlight w:val="yellow"\/>/.test(r)).map(textOf).join(''),
      paragraph: paragraphStart >= 0 ? textOf(document.slice(paragraphStart, paragraphEnd)) : '',
    };
  });
}
