import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../electron/services/import/analyse';
import { ImportError } from '../../electron/services/import/errors';
import { buildRunInDocx } from '../fixtures/docx';

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const documentXml = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

async function docx(body: string, extra: Record<string, Uint8Array> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', documentXml(body));
  for (const [name, data] of Object.entries(extra)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const refusal = async (bytes: Uint8Array) => {
  try {
    await analyseFile('报告.docx', bytes);
  } catch (error) {
    return error;
  }
  return null;
};

describe('a .docx that unpacks into far more than a report', () => {
  it('refuses a million runs in one paragraph with a Chinese message, before the parser reads it', async () => {
    const bytes = await docx(`<w:p>${'<w:r><w:t>字</w:t></w:r>'.repeat(1_000_000)}</w:p>`);
    expect(bytes.length).toBeLessThan(200_000);
    const error = await refusal(bytes);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('DOCX_TOO_COMPLEX');
    expect((error as ImportError).message).toContain('另存为新文件');
  });

  it('refuses an unused part that unpacks to hundreds of megabytes, without unpacking it', async () => {
    const bytes = await docx('<w:p><w:r><w:t>一、工作情况</w:t></w:r></w:p><w:p><w:r><w:t>全年开展学习12次。</w:t></w:r></w:p>', {
      'word/media/image1.png': new Uint8Array(210 * 1024 * 1024),
    });
    expect(((await refusal(bytes)) as ImportError).code).toBe('DOCX_TOO_COMPLEX');
    // Compressing the 210 MB part for the fixture takes seconds on these machines (4 s alone, more beside other tests).
  }, 60_000);

  it('still reads an ordinary report', async () => {
    const report = await analyseFile('报告.docx', new Uint8Array(await buildRunInDocx()));
    expect(report.report.blocks.length).toBeGreaterThan(5);
  });
});
