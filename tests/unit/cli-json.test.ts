import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers';
import { wengao } from './wengaoCli';

const report = resolve(import.meta.dirname, '../fixtures/export/full-report.txt');

describe('every --json flag prints JSON', () => {
  it('doctor, parse, import, search, drafts, check, export-docx, export-txt and bench search/checks', async () => {
    const dir = tempDir();
    const db = join(dir, 'library.sqlite');
    const commands: string[][] = [
      ['doctor', '--json'],
      ['parse', report, '--json'],
      ['import', report, '--json'],
      ['search', '舆情', '--json'],
      ['drafts', '--json'],
      ['check', report, '--json'],
      ['export-docx', report, '-o', join(dir, 'a.docx'), '--json'],
      ['export-txt', report, '-o', join(dir, 'a.txt'), '--json'],
      ['bench', 'search', '--paragraphs', '300', '--json'],
      ['bench', 'checks', '--json'],
    ];
    for (const args of commands) {
      const { stdout, stderr } = await wengao('--db', db, ...args);
      expect(() => JSON.parse(stdout), `${args.join(' ')}\n${stdout.slice(0, 200)}\n${stderr.slice(0, 200)}`).not.toThrow();
    }
  }, 180_000);
});
