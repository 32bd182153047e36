import { describe, expect, it } from 'vitest';
import { FILE_FORMATS, formatOfFile, WRITTEN_FORMATS, type FileFormat } from '../../../shared/export/formats';
import { contract } from '../../../shared/ipc/contract';
import { numbered } from '../../../shared/model/document';
import { fileNameFor } from '../../../renderer/export/deliver';
import { wengao } from '../wengaoCli';

const doc = numbered([{ kind: 'title', inlines: [{ text: '2026年工作总结' }] }, { kind: 'paragraph', inlines: [{ text: '全年召开会议4次。' }] }]);

describe('one list of export formats', () => {
  it('names every file, passes the contract’s file-name check, and each written format has its CLI command and writer', async () => {
    const help = (await wengao('--help')).stdout;
    for (const format of FILE_FORMATS as readonly FileFormat[]) {
      const name = fileNameFor('2026年工作总结', format.id);
      expect(name).toBe(`2026年工作总结${format.extension}`);
      expect(formatOfFile(name.toUpperCase())).toBe(format);
      const channel = format.write ? contract['export:saveFile'] : contract['export:savePdf'];
      expect(channel.input.safeParse({ fileName: name, dataBase64: '' }).success || channel.input.safeParse({ fileName: name }).success).toBe(true);
    }
    for (const format of WRITTEN_FORMATS) {
      expect(help).toContain(`export-${format.id} `);
      expect(help).toContain(format.typeName.slice(0, 4));
      const written = await format.write?.(doc);
      expect(written && written.length).toBeGreaterThan(0);
    }
    expect(contract['export:saveFile'].input.safeParse({ fileName: '报告.exe', dataBase64: '' }).success).toBe(false);
    expect(contract['export:savePdf'].input.safeParse({ fileName: '报告.docx' }).success).toBe(false);
  });
});
