import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../electron/services/import/analyse';
import { exportDocx } from '../../../shared/export/docx';
import { exportTxt } from '../../../shared/export/txt';
import { blockText, withoutLeadingZeros, type ReportDocument } from '../../../shared/model/document';
import { documentFromReport } from '../../../shared/model/documentFromReport';
import { documentFromLexical } from '../../../shared/model/documentFromLexical';
import { readDocx } from './docxXml';
import { lexicalDraft } from './lexicalDraft';
import { exportSources } from './sources';

/**
 * The outline and text a reader compares: every block's kind, level, number, run-in and text, as it
 * prints (dates without leading zeros; a line break inside a paragraph reads back as two paragraphs).
 */
function outline(doc: ReportDocument): string[] {
  return doc.blocks.flatMap((b) => {
    if (b.kind === 'heading') return [`h${b.level}${b.runIn ? '▸' : ''} ${b.number}${blockText(b)}`];
    if (b.kind === 'date') return [`date ${withoutLeadingZeros(blockText(b))}`];
    if (b.kind === 'table') return [`table ${blockText(b)}`];
    return blockText(b).split('\n').map((line) => `${b.kind} ${line}`);
  });
}

const fieldsOf = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === 'table' ? [] : b.inlines.filter((i) => i.field).map((i) => i.text)));

async function reopen(bytes: Uint8Array, name: string): Promise<ReportDocument> {
  return documentFromReport((await analyseFile(name, bytes)).report);
}

describe('export → open → export', () => {
  it('gives the same outline, text and fields for every corpus report and fixture, through .docx and .txt', async () => {
    for (const source of await exportSources()) {
      const first = documentFromReport(source.report);
      const docx = await exportDocx(first);
      const opened = await reopen(docx, 'exported.docx');
      expect(outline(opened), source.name).toEqual(outline(first));
      expect(fieldsOf(opened), source.name).toEqual(fieldsOf(first));
      const again = await readDocx(await exportDocx(opened));
      expect(again.paragraphs.map((p) => p.text), source.name).toEqual((await readDocx(docx)).paragraphs.map((p) => p.text));

      // Plain text cannot carry a table, so only reports without one go round through .txt.
      if (first.blocks.some((b) => b.kind === 'table')) continue;
      const fromTxt = await reopen(new TextEncoder().encode(exportTxt(first)), 'exported.txt');
      expect(outline(fromTxt), `${source.name} (.txt)`).toEqual(outline(first));
    }
  }, 60_000);

  it('reopens a draft written in the editor with its numbering, run-in headings and fields', async () => {
    const draft = documentFromLexical(lexicalDraft);
    const opened = await reopen(await exportDocx(draft), 'draft.docx');
    expect(outline(opened)).toEqual(outline(draft));
    expect(fieldsOf(opened)).toEqual(fieldsOf(draft));
  });
});
