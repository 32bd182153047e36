import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const addon = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');

describe('the library with an explicit better-sqlite3 binding (as in the desktop app)', () => {
  it('backs up, verifies, restores and recovers when the default addon cannot load, and blames the program, not the file, without one', () => {
    const output = execFileSync(
      process.execPath,
      ['--require', join(import.meta.dirname, 'noDefaultAddon.cjs'), '--import', 'tsx', join(import.meta.dirname, 'backupWithBinding.ts'), addon],
      { encoding: 'utf8', cwd: root },
    );
    const result = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
    expect(result).toMatchObject({
      backup: 'manual',
      intact: true,
      restored: true,
      afterRestore: ['备份之前的段落。'],
      recoveredFrom: true,
      paragraphs: ['备份之前的段落。', '备份之后的段落。'],
    });
    expect(result.withoutBinding).toContain('数据库组件无法加载');
    expect(result.withoutBinding).not.toContain('已损坏');
  }, 60_000);
});
