import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checks';
import { REVIEW_AUTHOR, reviewCommentText } from '../../../shared/export/review';
import { tempDir } from '../helpers';
import { wengao } from '../wengaoCli';
import { readComments } from './docxComments';

const draft = [
  '某县财政局关于2026年工作情况的报告',
  '县委：',
  '根据《关于做好2026年工作的通知》（某财发[2026]3号）要求，现将有关情况报告如下。',
  '一、坚定道路自信、制度自信、理论自信、文化自信',
  '面对困难，全局上下没有一愁莫展，组织干部赴湖北省张家界学习考察。',
  '某县财政局',
  '2026年3月1日',
].join('\n');

describe('wengao check FILE --docx-comments OUT.docx', () => {
  it('writes the findings it lists as Word comments on their text, and will not overwrite without --force', async () => {
    const dir = tempDir();
    const file = join(dir, '草稿.txt');
    const out = join(dir, '审阅稿.docx');
    writeFileSync(file, draft);
    const db = join(dir, 'library.sqlite');
    const run = await wengao('--db', db, 'check', file, '--json', '--docx-comments', out);
    const report = JSON.parse(run.stdout) as { findings: (Finding & { context: string })[]; review: { out: string; comments: number } };
    expect(report.review).toMatchObject({ out, comments: report.findings.length });
    const comments = (await readComments(new Uint8Array(readFileSync(out)))).filter((c) => c.author === REVIEW_AUTHOR);
    expect(comments.map((c) => c.text).sort()).toEqual(report.findings.map(reviewCommentText).sort());
    expect(comments.find((c) => c.text.includes('一筹莫展'))?.anchored).toBe('一愁莫展');
    expect(comments.find((c) => c.text.includes('〔2026〕'))?.anchored).toContain('[2026]');

    const text = await wengao('--db', db, 'check', file, '--docx-comments', out);
    expect(text.stderr).toContain('已存在');
    const forced = await wengao('--db', db, 'check', file, '--docx-comments', out, '--force');
    expect(forced.stdout).toMatch(/审阅稿 → .*审阅稿\.docx（\d+ 条检查意见已写成 Word 批注，作者“文稿助手审核”）/u);
    expect(existsSync(out)).toBe(true);
  }, 60_000);
});
